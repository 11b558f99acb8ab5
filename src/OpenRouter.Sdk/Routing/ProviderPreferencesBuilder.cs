using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Builds <see cref="ProviderPreferences"/> (<c>provider</c>) fluently; reached through
/// <c>ChatRequestBuilder.WithProvider(p =&gt; p.Order("anthropic").AllowFallbacks(false))</c>.
/// Each method sets one field; calling it again replaces that field.
/// </summary>
public sealed class ProviderPreferencesBuilder
{
    private readonly ProviderPreferences _preferences;

    /// <summary>Creates an empty builder.</summary>
    public ProviderPreferencesBuilder()
        : this(new ProviderPreferences())
    {
    }

    internal ProviderPreferencesBuilder(ProviderPreferences preferences)
    {
        _preferences = preferences;
    }

    /// <summary>Providers to try first, in order (<c>order</c>): slugs such as <c>anthropic</c> or names such as <c>Amazon Bedrock</c>.</summary>
    public ProviderPreferencesBuilder Order(params string[] providers)
    {
        _preferences.Order = ProviderList(providers, nameof(providers));
        return this;
    }

    /// <summary>Whether other providers may serve the request when the preferred ones fail (<c>allow_fallbacks</c>, default true).</summary>
    public ProviderPreferencesBuilder AllowFallbacks(bool allow = true)
    {
        _preferences.AllowFallbacks = allow;
        return this;
    }

    /// <summary>Use only providers that support every parameter of the request (<c>require_parameters</c>).</summary>
    public ProviderPreferencesBuilder RequireParameters(bool require = true)
    {
        _preferences.RequireParameters = require;
        return this;
    }

    /// <summary>Whether providers that store or train on prompts are allowed (<c>data_collection</c>).</summary>
    public ProviderPreferencesBuilder DataCollection(DataCollectionPolicy policy)
    {
        _preferences.DataCollection = policy;
        return this;
    }

    /// <summary>Use only Zero Data Retention endpoints (<c>zdr</c>).</summary>
    public ProviderPreferencesBuilder Zdr(bool require = true)
    {
        _preferences.Zdr = require;
        return this;
    }

    /// <summary>Use only models whose output may be used for distillation (<c>enforce_distillable_text</c>).</summary>
    public ProviderPreferencesBuilder EnforceDistillableText(bool enforce = true)
    {
        _preferences.EnforceDistillableText = enforce;
        return this;
    }

    /// <summary>The only providers allowed (<c>only</c>).</summary>
    public ProviderPreferencesBuilder Only(params string[] providers)
    {
        _preferences.Only = ProviderList(providers, nameof(providers));
        return this;
    }

    /// <summary>Providers never to use (<c>ignore</c>).</summary>
    public ProviderPreferencesBuilder Ignore(params string[] providers)
    {
        _preferences.Ignore = ProviderList(providers, nameof(providers));
        return this;
    }

    /// <summary>Allowed weight quantizations (<c>quantizations</c>).</summary>
    public ProviderPreferencesBuilder Quantizations(params Quantization[] quantizations)
    {
        Argument.NotNull(quantizations);

        _preferences.Quantizations = new List<Quantization>(quantizations);
        return this;
    }

    /// <summary>Orders providers by price, throughput, latency or exacto (<c>"sort":"price"</c>); disables load balancing.</summary>
    public ProviderPreferencesBuilder SortBy(ProviderSort sort)
    {
        _preferences.Sort = new ProviderSortPreference(sort);
        return this;
    }

    /// <summary>
    /// Orders providers and says whether the order applies per model or across all fallback models together
    /// (<c>"sort":{"by":"price","partition":"none"}</c>).
    /// </summary>
    public ProviderPreferencesBuilder SortBy(ProviderSort sort, ProviderSortPartition partition)
    {
        _preferences.Sort = new ProviderSortPreference(sort, partition);
        return this;
    }

    /// <summary>Prefers endpoints whose median throughput is at least this many tokens per second (<c>preferred_min_throughput</c>).</summary>
    public ProviderPreferencesBuilder PreferredMinThroughput(double tokensPerSecond)
    {
        _preferences.PreferredMinThroughput = new PerformanceThreshold(tokensPerSecond);
        return this;
    }

    /// <summary>Prefers endpoints at or above these throughput percentiles (<c>{"p50":..,"p90":..}</c>).</summary>
    public ProviderPreferencesBuilder PreferredMinThroughput(PerformanceThreshold threshold)
    {
        _preferences.PreferredMinThroughput = Argument.NotNull(threshold);
        return this;
    }

    /// <summary>Prefers endpoints whose median latency is at most this many seconds (<c>preferred_max_latency</c>).</summary>
    public ProviderPreferencesBuilder PreferredMaxLatency(double seconds)
    {
        _preferences.PreferredMaxLatency = new PerformanceThreshold(seconds);
        return this;
    }

    /// <summary>Prefers endpoints at or below these latency percentiles (<c>{"p50":..,"p90":..}</c>).</summary>
    public ProviderPreferencesBuilder PreferredMaxLatency(PerformanceThreshold threshold)
    {
        _preferences.PreferredMaxLatency = Argument.NotNull(threshold);
        return this;
    }

    /// <summary>
    /// The most to pay (<c>max_price</c>), in USD: per million tokens for <paramref name="prompt"/> and
    /// <paramref name="completion"/>, per image, per audio unit and per request. Endpoints above it are excluded,
    /// so the request can fail with 404 when none is left.
    /// </summary>
    public ProviderPreferencesBuilder MaxPrice(decimal? prompt = null, decimal? completion = null, decimal? image = null,
        decimal? audio = null, decimal? request = null)
    {
        _preferences.MaxPrice = new MaxPrice { Prompt = prompt, Completion = completion, Image = image, Audio = audio, Request = request };
        return this;
    }

    /// <summary>Provider-specific passthrough options for one provider (<c>options.{slug}</c>).</summary>
    public ProviderPreferencesBuilder ProviderOptions(string providerSlug, JsonObject options)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(providerSlug), "A provider slug is required.", nameof(providerSlug));

        Argument.NotNull(options);

        _preferences.Options ??= new JsonObject();
        _preferences.Options[providerSlug] = options.DeepClone();
        return this;
    }

    /// <summary>A <c>provider</c> field this type does not model yet, written as-is.</summary>
    public ProviderPreferencesBuilder AdditionalProperty(string name, JsonNode? value)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(name), "A property name is required.", nameof(name));

        _preferences.AdditionalProperties ??= new JsonObject();
        _preferences.AdditionalProperties[name] = value?.DeepClone();
        return this;
    }

    /// <summary>Returns the preferences built so far, as a new instance.</summary>
    public ProviderPreferences Build() => RequestCopy.Of(_preferences);

    private static List<string> ProviderList(string[] providers, string parameterName)
    {
        Argument.NotNull(providers, parameterName);

        foreach (string provider in providers)
        {
            Argument.Requires(!string.IsNullOrWhiteSpace(provider), "Provider names must not be null or empty.", parameterName);
        }

        return new List<string>(providers);
    }
}
