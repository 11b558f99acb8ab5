using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OpenRouter.Sdk;

/// <summary>
/// Filters for <see cref="IOpenRouterClient.ListModelsAsync"/> and <see cref="OpenRouterModelsClient.ListPageAsync"/> (query
/// parameters of <c>GET /models</c>). Unset
/// properties are not sent. Note that the server lists only models with <b>text output</b> unless
/// <see cref="OutputModalities"/> or <see cref="AllOutputModalities"/> says otherwise, so image and embedding models
/// are hidden by default.
/// </summary>
public sealed class ModelListQuery
{
    /// <summary>A use-case category (<c>programming</c>, <c>roleplay</c>, <c>marketing</c>, <c>marketing/seo</c>, <c>technology</c>, <c>science</c>, <c>translation</c>, <c>legal</c>, <c>finance</c>, <c>health</c>, <c>trivia</c>, <c>academia</c>). (<c>category</c>)</summary>
    public string? Category { get; set; }

    /// <summary>Only models that support all of these request parameters, for example <c>tools</c> and <c>structured_outputs</c>. (<c>supported_parameters</c>)</summary>
    public IList<string>? SupportedParameters { get; set; }

    /// <summary>Only models that accept these input modalities. (<c>input_modalities</c>)</summary>
    public IList<Modality>? InputModalities { get; set; }

    /// <summary>Only models with these output modalities; the server defaults to text only. (<c>output_modalities</c>)</summary>
    public IList<Modality>? OutputModalities { get; set; }

    /// <summary>List models of every output modality (image, audio, embeddings, ...); overrides <see cref="OutputModalities"/>. (<c>output_modalities=all</c>)</summary>
    public bool AllOutputModalities { get; set; }

    /// <summary>Free-text search in model names and slugs. (<c>q</c>)</summary>
    public string? Search { get; set; }

    /// <summary>
    /// Server-side order: <c>pricing-low-to-high</c>, <c>pricing-high-to-low</c>, <c>context-high-to-low</c>,
    /// <c>throughput-high-to-low</c>, <c>latency-low-to-high</c>, <c>most-popular</c>, <c>top-weekly</c>, <c>newest</c>,
    /// <c>intelligence-high-to-low</c>, <c>coding-high-to-low</c>, <c>agentic-high-to-low</c>, ... (<c>sort</c>)
    /// </summary>
    public string? Sort { get; set; }

    /// <summary>Only models with at least this context length in tokens. (<c>context</c>)</summary>
    public int? MinContextLength { get; set; }

    /// <summary>Lowest prompt price, in USD per <b>million</b> tokens. (<c>min_price</c>)</summary>
    public decimal? MinPromptPricePerMillionTokens { get; set; }

    /// <summary>Highest prompt price, in USD per <b>million</b> tokens. (<c>max_price</c>)</summary>
    public decimal? MaxPromptPricePerMillionTokens { get; set; }

    /// <summary>Lowest completion price, in USD per <b>million</b> tokens. (<c>min_output_price</c>)</summary>
    public decimal? MinCompletionPricePerMillionTokens { get; set; }

    /// <summary>Highest completion price, in USD per <b>million</b> tokens. (<c>max_output_price</c>)</summary>
    public decimal? MaxCompletionPricePerMillionTokens { get; set; }

    /// <summary>A model family or tokenizer, for example <c>GPT</c>, <c>Claude</c>, <c>Llama</c>. (<c>arch</c>)</summary>
    public string? Architecture { get; set; }

    /// <summary>Only models by these authors, for example <c>openai</c>, <c>anthropic</c>. (<c>model_authors</c>)</summary>
    public IList<string>? Authors { get; set; }

    /// <summary>Only models hosted by these providers. (<c>providers</c>)</summary>
    public IList<string>? Providers { get; set; }

    /// <summary>True: only models whose outputs may be used for distillation; false: exclude them. (<c>distillable</c>)</summary>
    public bool? Distillable { get; set; }

    /// <summary>Only models with a zero-data-retention endpoint. (<c>zdr=true</c>)</summary>
    public bool ZeroDataRetentionOnly { get; set; }

    /// <summary>Only models with endpoints in a data region, <c>eu</c> or <c>us</c>. (<c>region</c>)</summary>
    public string? Region { get; set; }

    /// <summary>Only models at least this many days old. (<c>min_age_days</c>)</summary>
    public int? MinAgeDays { get; set; }

    /// <summary>Only models at most this many days old. (<c>max_age_days</c>)</summary>
    public int? MaxAgeDays { get; set; }

    /// <summary>Lowest Artificial Analysis intelligence index. (<c>min_intelligence_index</c>)</summary>
    public double? MinIntelligenceIndex { get; set; }

    /// <summary>Lowest Artificial Analysis coding index. (<c>min_coding_index</c>)</summary>
    public double? MinCodingIndex { get; set; }

    /// <summary>Lowest Artificial Analysis agentic index. (<c>min_agentic_index</c>)</summary>
    public double? MinAgenticIndex { get; set; }

    /// <summary>Highest Artificial Analysis intelligence index. (<c>max_intelligence_index</c>)</summary>
    public double? MaxIntelligenceIndex { get; set; }

    /// <summary>Highest Artificial Analysis coding index. (<c>max_coding_index</c>)</summary>
    public double? MaxCodingIndex { get; set; }

    /// <summary>Highest Artificial Analysis agentic index. (<c>max_agentic_index</c>)</summary>
    public double? MaxAgenticIndex { get; set; }

    /// <summary>Lowest tool-calling success rate, a fraction from 0 to 1 (0.9: 90% of requests end with tool calls). (<c>min_tool_success_rate</c>)</summary>
    public double? MinToolSuccessRate { get; set; }

    /// <summary>Highest tool-calling success rate, a fraction from 0 to 1. (<c>max_tool_success_rate</c>)</summary>
    public double? MaxToolSuccessRate { get; set; }

    /// <summary>Records to skip. The full list is returned when both <see cref="Offset"/> and <see cref="Limit"/> are unset. (<c>offset</c>)</summary>
    public int? Offset { get; set; }

    /// <summary>The most records to return (up to 1000). (<c>limit</c>)</summary>
    public int? Limit { get; set; }

    /// <summary>Further query parameters sent as given, for filters this type does not name yet.</summary>
    public IDictionary<string, string>? AdditionalParameters { get; set; }

    /// <summary>The query string, starting with <c>?</c>, or empty when nothing is set.</summary>
    internal string ToQueryString()
    {
        var query = new StringBuilder();
        Add(query, "category", Category);
        AddEscaped(query, "supported_parameters", Join(SupportedParameters));
        AddEscaped(query, "input_modalities", Join(InputModalities));
        AddEscaped(query, "output_modalities", AllOutputModalities ? "all" : Join(OutputModalities));
        Add(query, "q", Search);
        Add(query, "sort", Sort);
        Add(query, "context", Format(MinContextLength));
        Add(query, "min_price", Format(MinPromptPricePerMillionTokens));
        Add(query, "max_price", Format(MaxPromptPricePerMillionTokens));
        Add(query, "min_output_price", Format(MinCompletionPricePerMillionTokens));
        Add(query, "max_output_price", Format(MaxCompletionPricePerMillionTokens));
        Add(query, "arch", Architecture);
        AddEscaped(query, "model_authors", Join(Authors));
        AddEscaped(query, "providers", Join(Providers));
        Add(query, "distillable", Distillable is null ? null : Distillable.Value ? "true" : "false");
        Add(query, "zdr", ZeroDataRetentionOnly ? "true" : null);
        Add(query, "region", Region);
        Add(query, "min_age_days", Format(MinAgeDays));
        Add(query, "max_age_days", Format(MaxAgeDays));
        Add(query, "min_intelligence_index", Format(MinIntelligenceIndex));
        Add(query, "min_coding_index", Format(MinCodingIndex));
        Add(query, "min_agentic_index", Format(MinAgenticIndex));
        Add(query, "max_intelligence_index", Format(MaxIntelligenceIndex));
        Add(query, "max_coding_index", Format(MaxCodingIndex));
        Add(query, "max_agentic_index", Format(MaxAgenticIndex));
        Add(query, "min_tool_success_rate", Format(MinToolSuccessRate));
        Add(query, "max_tool_success_rate", Format(MaxToolSuccessRate));
        Add(query, "offset", Format(Offset));
        Add(query, "limit", Format(Limit));
        if (AdditionalParameters is not null)
        {
            foreach (KeyValuePair<string, string> parameter in AdditionalParameters)
            {
                Add(query, parameter.Key, parameter.Value);
            }
        }

        return query.ToString();
    }

    private static void Add(StringBuilder query, string name, string? value) =>
        AddEscaped(query, name, value is null || value.Length == 0 ? null : Uri.EscapeDataString(value));

    private static void AddEscaped(StringBuilder query, string name, string? escapedValue)
    {
        if (string.IsNullOrEmpty(escapedValue))
        {
            return;
        }

        query.Append(query.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(escapedValue);
    }

    // Items are escaped one by one so the commas between them stay readable (and are what the server splits on).
    private static string? Join<T>(IEnumerable<T>? values)
    {
        if (values is null)
        {
            return null;
        }

        var joined = new StringBuilder();
        foreach (T value in values)
        {
            string? text = value?.ToString();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (joined.Length > 0)
            {
                joined.Append(',');
            }

            joined.Append(Uri.EscapeDataString(text));
        }

        return joined.Length == 0 ? null : joined.ToString();
    }

    private static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
