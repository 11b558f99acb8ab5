using System;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace OpenRouter.Sdk.DependencyInjection;

/// <summary>
/// Binds the <c>OpenRouter</c> configuration section by hand: no reflection (the package is trimming- and AOT-safe),
/// and a value that does not parse fails with the key's full path.
/// </summary>
internal static class OpenRouterOptionsBinder
{
    public static void Bind(IConfiguration section, OpenRouterClientOptions options)
    {
        String(section, nameof(OpenRouterClientOptions.ApiKey), v => options.ApiKey = v);
        String(section, nameof(OpenRouterClientOptions.ManagementKey), v => options.ManagementKey = v);
        Parse(section, nameof(OpenRouterClientOptions.BaseUrl), v => Uri.TryCreate(v, UriKind.Absolute, out Uri? uri) ? uri : null, "an absolute URL", v => options.BaseUrl = v);
        String(section, nameof(OpenRouterClientOptions.HttpReferer), v => options.HttpReferer = v);
        String(section, nameof(OpenRouterClientOptions.AppTitle), v => options.AppTitle = v);
        String(section, nameof(OpenRouterClientOptions.AppCategories), v => options.AppCategories = v);
        Parse(section, nameof(OpenRouterClientOptions.HttpVersion), v => Version.TryParse(v, out Version? version) ? version : null, "a version such as 1.1 or 2.0", v => options.HttpVersion = v);
        Parse(section, nameof(OpenRouterClientOptions.HttpVersionPolicy), ParseVersionPolicy,
            "RequestVersionOrLower, RequestVersionOrHigher or RequestVersionExact", v => options.HttpVersionPolicy = v);
        Duration(section, nameof(OpenRouterClientOptions.RequestTimeout), v => options.RequestTimeout = v);
        Duration(section, nameof(OpenRouterClientOptions.StreamResponseTimeout), v => options.StreamResponseTimeout = v);
        Duration(section, nameof(OpenRouterClientOptions.StreamIdleTimeout), v => options.StreamIdleTimeout = v);
        Parse(section, nameof(OpenRouterClientOptions.EnableRetries), v => bool.TryParse(v, out bool b) ? b : (bool?)null, "true or false", v => options.EnableRetries = v);
        Parse(section, nameof(OpenRouterClientOptions.MaxRetries), v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : (int?)null, "a whole number", v => options.MaxRetries = v);
        Duration(section, nameof(OpenRouterClientOptions.RetryBaseDelay), v => options.RetryBaseDelay = v);
        Duration(section, nameof(OpenRouterClientOptions.RetryMaxDelay), v => options.RetryMaxDelay = v);
        Duration(section, nameof(OpenRouterClientOptions.MaxRetryAfter), v => options.MaxRetryAfter = v);
        Duration(section, nameof(OpenRouterClientOptions.GenerationLookupTimeout), v => options.GenerationLookupTimeout = v);
        Parse(section, nameof(OpenRouterClientOptions.EnableGenAIMetrics), v => bool.TryParse(v, out bool b) ? b : (bool?)null, "true or false", v => options.EnableGenAIMetrics = v);
        BindBudget(section, options);
        BindRateLimit(section, options);
        BindCircuitBreaker(section, options);
    }

    /// <summary>The <c>RateLimit</c> subsection (<c>Requests</c>, <c>Window</c>); present keys create the limit, missing ones leave it alone.</summary>
    private static void BindRateLimit(IConfiguration section, OpenRouterClientOptions options)
    {
        string prefix = nameof(OpenRouterClientOptions.RateLimit) + ":";
        Parse(section, prefix + nameof(OpenRouterRateLimit.Requests), v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : (int?)null,
            "a whole number", v => (options.RateLimit ??= new OpenRouterRateLimit()).Requests = v);
        Duration(section, prefix + nameof(OpenRouterRateLimit.Window), v => (options.RateLimit ??= new OpenRouterRateLimit()).Window = v);
    }

    /// <summary>The <c>CircuitBreaker</c> subsection; any present key turns the breaker on, with defaults for the others.</summary>
    private static void BindCircuitBreaker(IConfiguration section, OpenRouterClientOptions options)
    {
        string prefix = nameof(OpenRouterClientOptions.CircuitBreaker) + ":";
        Parse(section, prefix + nameof(OpenRouterCircuitBreaker.FailureRatio),
            v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : (double?)null,
            "a number such as 0.5", v => (options.CircuitBreaker ??= new OpenRouterCircuitBreaker()).FailureRatio = v);
        Parse(section, prefix + nameof(OpenRouterCircuitBreaker.MinimumThroughput),
            v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : (int?)null,
            "a whole number", v => (options.CircuitBreaker ??= new OpenRouterCircuitBreaker()).MinimumThroughput = v);
        Duration(section, prefix + nameof(OpenRouterCircuitBreaker.SamplingDuration), v => (options.CircuitBreaker ??= new OpenRouterCircuitBreaker()).SamplingDuration = v);
        Duration(section, prefix + nameof(OpenRouterCircuitBreaker.BreakDuration), v => (options.CircuitBreaker ??= new OpenRouterCircuitBreaker()).BreakDuration = v);
    }

    /// <summary>The <c>Budget</c> subsection (<c>Limit</c>, <c>Window</c>); present keys create the budget, missing ones leave it alone.</summary>
    private static void BindBudget(IConfiguration section, OpenRouterClientOptions options)
    {
        string prefix = nameof(OpenRouterClientOptions.Budget) + ":";
        Parse(section, prefix + nameof(OpenRouterBudget.Limit),
            v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal d) ? d : (decimal?)null,
            "an amount of US dollars such as 5.00", v => (options.Budget ??= new OpenRouterBudget()).Limit = v);
        Duration(section, prefix + nameof(OpenRouterBudget.Window), v => (options.Budget ??= new OpenRouterBudget()).Window = v);
        Duration(section, prefix + nameof(OpenRouterBudget.KeyLimitCheckInterval), v => (options.Budget ??= new OpenRouterBudget()).KeyLimitCheckInterval = v);
        Parse(section, prefix + nameof(OpenRouterBudget.KeyLimitReserve),
            v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal d) ? d : (decimal?)null,
            "an amount of US dollars such as 0.50", v => (options.Budget ??= new OpenRouterBudget()).KeyLimitReserve = v);
    }

    // By name only: Enum.TryParse also takes numbers, and "2" in a configuration file is more likely a version.
    private static OpenRouterHttpVersionPolicy? ParseVersionPolicy(string text) =>
        Enum.TryParse(text, ignoreCase: true, out OpenRouterHttpVersionPolicy policy) && !char.IsDigit(text[0]) && text[0] != '-'
            && Enum.IsDefined(typeof(OpenRouterHttpVersionPolicy), policy)
            ? policy
            : null;

    private static void String(IConfiguration section, string key, Action<string> set)
    {
        if (section[key] is { Length: > 0 } value)
        {
            set(value);
        }
    }

    private static void Duration(IConfiguration section, string key, Action<TimeSpan> set) =>
        Parse(section, key, v => TimeSpan.TryParse(v, CultureInfo.InvariantCulture, out TimeSpan t) ? t : (TimeSpan?)null, "a duration such as 00:01:30", set);

    private static void Parse<T>(IConfiguration section, string key, Func<string, T?> parse, string expected, Action<T> set)
        where T : class
    {
        if (section[key] is { Length: > 0 } text)
        {
            set(parse(text.Trim()) ?? throw Invalid(section, key, expected));
        }
    }

    private static void Parse<T>(IConfiguration section, string key, Func<string, T?> parse, string expected, Action<T> set)
        where T : struct
    {
        if (section[key] is { Length: > 0 } text)
        {
            set(parse(text.Trim()) ?? throw Invalid(section, key, expected));
        }
    }

    // The value itself is not quoted: the key it belongs to may be a secret.
    private static InvalidOperationException Invalid(IConfiguration section, string key, string expected) =>
        new($"The configuration value at '{PathOf(section, key)}' is not {expected}.");

    private static string PathOf(IConfiguration section, string key) =>
        section is IConfigurationSection s && s.Path.Length > 0 ? s.Path + ":" + key : key;
}
