using System;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.Http;

namespace OpenRouter.Sdk;

/// <summary>
/// Settings of an <see cref="OpenRouterClient"/>. Binds from the configuration section <c>OpenRouter</c>
/// (<see cref="SectionName"/>). <see cref="ToString"/> never shows the key.
/// </summary>
public sealed class OpenRouterClientOptions
{
    /// <summary>The configuration section these options bind from by default.</summary>
    public const string SectionName = "OpenRouter";

    /// <summary>The environment variable read when <see cref="ApiKey"/> is not set.</summary>
    public const string ApiKeyEnvironmentVariable = "OPENROUTER_API_KEY";

    /// <summary>The environment variable read when <see cref="ManagementKey"/> is not set.</summary>
    public const string ManagementKeyEnvironmentVariable = "OPENROUTER_MANAGEMENT_KEY";

    /// <summary>
    /// The environment variable read when <see cref="BaseUrl"/> is left at <see cref="DefaultBaseUrl"/>: point every
    /// client of a process at another address (a local emulator, a proxy) without changing code.
    /// </summary>
    public const string BaseUrlEnvironmentVariable = "OPENROUTER_BASE_URL";

    /// <summary>The default <see cref="BaseUrl"/>.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://openrouter.ai/api/v1/");

    /// <summary>
    /// The API key (<c>sk-or-v1-...</c>). When null or blank, <c>OPENROUTER_API_KEY</c> is used. Surrounding whitespace
    /// (the line break at the end of a key file) is ignored; a key with whitespace or a control character inside is
    /// refused when the options are validated. Never serialized or printed.
    /// </summary>
    [JsonIgnore]
    public string? ApiKey { get; set; }

    /// <summary>
    /// The management key, a different secret from <see cref="ApiKey"/>: OpenRouter accepts only management keys for
    /// account administration (keys, guardrails, workspaces, activity, credits) and refuses them for inference. When
    /// null or blank, <c>OPENROUTER_MANAGEMENT_KEY</c> is used. Optional: without it, an operation that needs one fails
    /// before any request with a message that says so. Checked like <see cref="ApiKey"/>; never serialized or printed.
    /// </summary>
    [JsonIgnore]
    public string? ManagementKey { get; set; }

    /// <summary>
    /// Where the API key comes from when it changes over the client's life (a secret store that rotates it): asked
    /// before every call, and what it returns is sent, so a rotated key takes effect without a new client. It replaces
    /// <see cref="ApiKey"/> and <c>OPENROUTER_API_KEY</c> (set one or the other, not both). Called often: return a
    /// cached key and refresh it in the background or on expiry, not with a network call per request. The key is
    /// trimmed and checked like <see cref="ApiKey"/>; a blank key or one with whitespace inside fails the call before
    /// it is sent with an <see cref="InvalidOperationException"/> that names this setting, never the key. An exception
    /// the provider throws reaches the caller unchanged. Not bound from configuration.
    /// </summary>
    /// <example><c>options.ApiKeyProvider = ct =&gt; secrets.GetSecretAsync("openrouter-key", ct);</c></example>
    [JsonIgnore]
    public Func<CancellationToken, ValueTask<string>>? ApiKeyProvider { get; set; }

    /// <summary>
    /// Where the management key comes from when it changes over the client's life: as <see cref="ApiKeyProvider"/>,
    /// for <see cref="ManagementKey"/> (set one or the other, not both). Asked only before calls that need a
    /// management key.
    /// </summary>
    [JsonIgnore]
    public Func<CancellationToken, ValueTask<string>>? ManagementKeyProvider { get; set; }

    /// <summary>
    /// The API root, <c>https://openrouter.ai/api/v1/</c> by default; when left at that default and
    /// <c>OPENROUTER_BASE_URL</c> is set, the variable's URL is used. Plain http is accepted only for loopback hosts.
    /// </summary>
    public Uri BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>
    /// Your app's URL, sent as <c>HTTP-Referer</c> for attribution on openrouter.ai. A value with a control character
    /// (CR, LF, NUL, ...; a tab is allowed) is refused when the options are validated; non-ASCII text is sent as
    /// percent-encoded UTF-8 (<c>https://café.example</c> goes out as <c>https://caf%C3%A9.example</c>).
    /// </summary>
    public string? HttpReferer { get; set; }

    /// <summary>
    /// Your app's name, sent as <c>X-OpenRouter-Title</c> (and the legacy <c>X-Title</c>). A value with a control
    /// character (CR, LF, NUL, ...; a tab is allowed) is refused when the options are validated. ASCII text is sent as
    /// it is; text with other characters is sent as percent-encoded UTF-8, with <c>%</c> encoded too so it decodes
    /// back exactly (<c>Café ☕</c> goes out as <c>Caf%C3%A9 %E2%98%95</c>): HTTP header values carry only ASCII reliably.
    /// </summary>
    public string? AppTitle { get; set; }

    /// <summary>
    /// Marketplace categories of your app (comma separated), sent as <c>X-OpenRouter-Categories</c>. Checked and
    /// encoded like <see cref="AppTitle"/>.
    /// </summary>
    public string? AppCategories { get; set; }

    /// <summary>The default <see cref="HttpVersion"/>: HTTP/2, negotiated with <see cref="OpenRouterHttpVersionPolicy.RequestVersionOrLower"/>.</summary>
    public static readonly Version DefaultHttpVersion = new(2, 0);

    /// <summary>
    /// The HTTP version every request of the client asks for (configuration key <c>OpenRouter:HttpVersion</c>, such as
    /// <c>2.0</c>): <c>1.0</c>, <c>1.1</c>, <c>2.0</c> (the default, <see cref="DefaultHttpVersion"/>) or <c>3.0</c>;
    /// <see cref="HttpVersionPolicy"/> says whether a lower one is acceptable. Set on each request the SDK sends (chat,
    /// streams and every area client), so it applies on an <see cref="System.Net.Http.HttpClient"/> you supply too,
    /// whatever that client's <c>DefaultRequestVersion</c>.
    /// <list type="bullet">
    /// <item><description>On openrouter.ai (https), <c>2.0</c> with the default policy negotiates HTTP/2 with ALPN:
    /// concurrent calls share a few connections (the handler the SDK creates opens another connection when one carries
    /// as many streams as the server allows) instead of one connection, and one TLS handshake, per call in flight.
    /// <c>1.1</c> opens one connection per concurrent call. docs/benchmarks.md ("Scale: many concurrent streams")
    /// measures both.</description></item>
    /// <item><description>On a plain-http loopback server (an emulator), the default policy falls back to HTTP/1.1;
    /// HTTP/2 without TLS (h2c) is spoken only with <c>2.0</c> and <see cref="OpenRouterHttpVersionPolicy.RequestVersionExact"/>
    /// (or <c>RequestVersionOrHigher</c>), and then the server must accept HTTP/2 with prior knowledge.</description></item>
    /// <item><description><c>3.0</c> (QUIC) needs the runtime's QUIC support (libmsquic on Linux); with the default
    /// policy the call falls back to HTTP/2 or HTTP/1.1 where it is missing.</description></item>
    /// </list>
    /// </summary>
    public Version HttpVersion { get; set; } = DefaultHttpVersion;

    /// <summary>
    /// Whether a version other than <see cref="HttpVersion"/> is acceptable (configuration key
    /// <c>OpenRouter:HttpVersionPolicy</c>, such as <c>RequestVersionExact</c>); default
    /// <see cref="OpenRouterHttpVersionPolicy.RequestVersionOrLower"/>, which lets a server that speaks only HTTP/1.1
    /// answer. On .NET 8 and later it is each request's <c>VersionPolicy</c>. The netstandard2.0 build cannot set a
    /// policy on a request (its <c>HttpRequestMessage</c> has none), and the handlers of the runtimes it serves
    /// (.NET Framework, Mono) speak only HTTP/1.x and may refuse a request for another version: there
    /// <see cref="OpenRouterHttpVersionPolicy.RequestVersionOrLower"/> asks for HTTP/1.1 whatever
    /// <see cref="HttpVersion"/> says (a lower version is what that policy allows), and the two other policies ask for
    /// <see cref="HttpVersion"/> as it is, for an <see cref="System.Net.Http.HttpClient"/> you supply whose handler
    /// speaks it (such as <c>WinHttpHandler</c> for HTTP/2).
    /// </summary>
    public OpenRouterHttpVersionPolicy HttpVersionPolicy { get; set; } = OpenRouterHttpVersionPolicy.RequestVersionOrLower;

    /// <summary>The total time a non-streaming call may take, body included (default 300 s). <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>The time a streaming call may wait for response headers (default 120 s).</summary>
    public TimeSpan StreamResponseTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>The longest silence allowed between bytes of a stream (default 120 s); keep-alive comments reset it.</summary>
    public TimeSpan StreamIdleTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Whether failed attempts are retried (default true).</summary>
    public bool EnableRetries { get; set; } = true;

    /// <summary>How many times a failed attempt is retried (default 2, so at most 3 attempts).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first backoff delay; later ones double, with jitter (default 0.5 s).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(0.5);

    /// <summary>The longest computed backoff delay (default 8 s).</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>The longest server-requested wait (<c>Retry-After</c>) the SDK honours (default 60 s); beyond it the call fails at once.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long generation lookups wait for a record that is not yet available (default 10 s).</summary>
    public TimeSpan GenerationLookupTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A spend ceiling in US dollars over a window (configuration keys <c>OpenRouter:Budget:Limit</c> and
    /// <c>OpenRouter:Budget:Window</c>): once reached, chat and embeddings calls fail before sending with
    /// <see cref="OpenRouterBudgetExceededException"/>; <see cref="OpenRouterClient.Budget"/> reads the spend. Null
    /// (the default) sets no ceiling. Read when the client is built: a client made with
    /// <see cref="OpenRouterClient.WithOptions"/> keeps its parent's guard, whatever this says.
    /// </summary>
    public OpenRouterBudget? Budget { get; set; }

    /// <summary>
    /// A client-side request rate limit, for example OpenRouter's free tier of 20 requests per minute
    /// (<c>new OpenRouterRateLimit { Requests = 20, Window = TimeSpan.FromMinutes(1) }</c>; configuration keys
    /// <c>OpenRouter:RateLimit:Requests</c> and <c>OpenRouter:RateLimit:Window</c>): a call beyond it waits for a permit
    /// within its timeout instead of being refused with a 429. Null (the default) sets no limit. Read when the client is
    /// built (one limiter per client): a client made with <see cref="OpenRouterClient.WithOptions"/> keeps its parent's.
    /// </summary>
    public OpenRouterRateLimit? RateLimit { get; set; }

    /// <summary>
    /// An opt-in circuit breaker (configuration keys <c>OpenRouter:CircuitBreaker:*</c>): after too many transient
    /// failures, calls fail at once with <see cref="OpenRouterCircuitOpenException"/> for a while. Null (the default)
    /// has none. Read when the client is built, like <see cref="RateLimit"/>. See README for when it helps and hurts.
    /// </summary>
    public OpenRouterCircuitBreaker? CircuitBreaker { get; set; }

    /// <summary>
    /// Whether the client records the OpenTelemetry GenAI client metrics of its chat and embeddings calls
    /// (<c>gen_ai.client.operation.duration</c>, <c>gen_ai.client.token.usage</c>,
    /// <c>gen_ai.client.operation.time_to_first_chunk</c>) on the meter <see cref="OpenRouterTelemetry.MeterName"/>.
    /// Default <c>true</c>. Set it to <c>false</c> when Microsoft.Extensions.AI's <c>UseOpenTelemetry()</c> records the
    /// same metrics around the <c>IChatClient</c>, so no call is counted twice; the SDK's own
    /// <c>openrouter.client.cost</c> and <c>openrouter.client.retries</c> are recorded either way. Nothing is recorded
    /// unless something listens to the meter.
    /// </summary>
    public bool EnableGenAIMetrics { get; set; } = true;

    /// <summary>The clock used for timeouts, retry waits, the rate limit and the budget's windows; tests replace it.</summary>
    [JsonIgnore]
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Where the client logs (category <c>OpenRouter.Sdk.OpenRouterClient</c>): each call's start and end with model,
    /// status, attempts, latency and generation id, and each retry with its reason and wait. Prompts, completions,
    /// error bodies and the key are never logged, and a key a server echoes back (in a generation id or error code) is
    /// replaced with <c>[redacted]</c>. Null (the default) logs nothing; <c>AddOpenRouter</c> uses the
    /// application's <see cref="ILoggerFactory"/>.
    /// </summary>
    [JsonIgnore]
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Returns the jitter factor r in [0, 1) of the backoff formula; null uses a shared random source. Tests pin it.</summary>
    [JsonIgnore]
    internal Func<double>? RetryJitter { get; set; }

    /// <summary>Describes the options without the key.</summary>
    public override string ToString() =>
        $"OpenRouterClientOptions {{ BaseUrl = {BaseUrl}, ApiKey = {Shown(ApiKey, ApiKeyProvider)}, ManagementKey = {Shown(ManagementKey, ManagementKeyProvider)}, AppTitle = {AppTitle}, HttpReferer = {HttpReferer}, EnableRetries = {EnableRetries}, MaxRetries = {MaxRetries}, RequestTimeout = {RequestTimeout}, StreamResponseTimeout = {StreamResponseTimeout}, StreamIdleTimeout = {StreamIdleTimeout} }}";

    private static string Shown(string? key, object? provider) =>
        provider is not null ? "(provider)" : string.IsNullOrEmpty(key) ? "(not set)" : "***";

    /// <summary>The key to send: <see cref="ApiKey"/> or the environment variable, without surrounding whitespace.</summary>
    internal string? ResolveApiKey() =>
        (string.IsNullOrWhiteSpace(ApiKey) ? Environment.GetEnvironmentVariable(ApiKeyEnvironmentVariable) : ApiKey)?.Trim();

    /// <summary>The management key to send: <see cref="ManagementKey"/> or the environment variable, without surrounding whitespace; null when neither is set.</summary>
    internal string? ResolveManagementKey() =>
        (string.IsNullOrWhiteSpace(ManagementKey) ? Environment.GetEnvironmentVariable(ManagementKeyEnvironmentVariable) : ManagementKey)?.Trim() is { Length: > 0 } key
            ? key
            : null;

    /// <summary>
    /// Takes <c>OPENROUTER_BASE_URL</c> as <see cref="BaseUrl"/> when <see cref="BaseUrl"/> was left at its default
    /// and the variable is set; returns what is wrong with the variable's value, or null. The value is not repeated
    /// in the message: a URL may carry credentials.
    /// </summary>
    internal string? ApplyBaseUrlEnvironmentVariable()
    {
        if (!ReferenceEquals(BaseUrl, DefaultBaseUrl)
            || Environment.GetEnvironmentVariable(BaseUrlEnvironmentVariable)?.Trim() is not { Length: > 0 } value)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? url)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            return $"The {BaseUrlEnvironmentVariable} environment variable must be an absolute https URL such as https://openrouter.ai/api/v1/ (plain http only for a loopback host, such as http://127.0.0.1:5000/api/v1/ for a local emulator).";
        }

        BaseUrl = url;
        return null;
    }

    /// <summary>Returns what is wrong with these options, or null when they are usable.</summary>
    internal string? Validate()
    {
        string? key = ResolveApiKey();
        string? managementKey = ResolveManagementKey();
        if (ApiKeyProvider is not null && !string.IsNullOrWhiteSpace(ApiKey))
        {
            return "OpenRouterClientOptions.ApiKey and OpenRouterClientOptions.ApiKeyProvider are both set; set one: the provider for a key that rotates, ApiKey for a fixed one.";
        }

        if (ManagementKeyProvider is not null && !string.IsNullOrWhiteSpace(ManagementKey))
        {
            return "OpenRouterClientOptions.ManagementKey and OpenRouterClientOptions.ManagementKeyProvider are both set; set one: the provider for a key that rotates, ManagementKey for a fixed one.";
        }

        // A provider replaces the key and its environment variable: a stray OPENROUTER_API_KEY is not checked then.
        key = ApiKeyProvider is null ? key : null;
        managementKey = ManagementKeyProvider is null ? managementKey : null;
        if (string.IsNullOrWhiteSpace(key) && managementKey is null && ApiKeyProvider is null && ManagementKeyProvider is null)
        {
            return $"No OpenRouter API key: set OpenRouterClientOptions.ApiKey (configuration key '{SectionName}:ApiKey'), the {ApiKeyEnvironmentVariable} environment variable or OpenRouterClientOptions.ApiKeyProvider (for administration only, OpenRouterClientOptions.ManagementKey or {ManagementKeyEnvironmentVariable}).";
        }

        if (!string.IsNullOrWhiteSpace(key) && KeyProblem(key!, nameof(ApiKey), ApiKey, ApiKeyEnvironmentVariable) is { } keyProblem)
        {
            return keyProblem;
        }

        if (managementKey is not null && KeyProblem(managementKey, nameof(ManagementKey), ManagementKey, ManagementKeyEnvironmentVariable) is { } managementKeyProblem)
        {
            return managementKeyProblem;
        }

        foreach ((string name, string? value) in new[]
        {
            (nameof(HttpReferer), HttpReferer),
            (nameof(AppTitle), AppTitle),
            (nameof(AppCategories), AppCategories),
        })
        {
            int at = value is null ? -1 : HeaderValues.IndexOfControl(value);
            if (at >= 0)
            {
                // The value is not quoted: it would carry the control character into the message (and any log of it).
                return $"OpenRouterClientOptions.{name} (configuration key '{SectionName}:{name}') contains a control character (U+{(int)value![at]:X4}) at position {at + 1}; it is sent as an HTTP header, which must be one line of text (a tab is allowed).";
            }
        }

        if (BaseUrl is null || !BaseUrl.IsAbsoluteUri)
        {
            return $"OpenRouterClientOptions.BaseUrl (configuration key '{SectionName}:BaseUrl') must be an absolute URL such as https://openrouter.ai/api/v1/.";
        }

        if (BaseUrl.Scheme != Uri.UriSchemeHttps && !(BaseUrl.Scheme == Uri.UriSchemeHttp && BaseUrl.IsLoopback))
        {
            return $"OpenRouterClientOptions.BaseUrl (configuration key '{SectionName}:BaseUrl') must use https; plain http is allowed only for loopback hosts, got '{BaseUrl.Scheme}://{BaseUrl.Host}'.";
        }

        if (HttpVersion is null || !IsKnownHttpVersion(HttpVersion))
        {
            return $"OpenRouterClientOptions.HttpVersion (configuration key '{SectionName}:HttpVersion') must be 1.0, 1.1, 2.0 or 3.0, got {(HttpVersion is null ? "null" : HttpVersion.ToString())}.";
        }

        if (HttpVersionPolicy is not (OpenRouterHttpVersionPolicy.RequestVersionOrLower or OpenRouterHttpVersionPolicy.RequestVersionOrHigher or OpenRouterHttpVersionPolicy.RequestVersionExact))
        {
            return $"OpenRouterClientOptions.HttpVersionPolicy (configuration key '{SectionName}:HttpVersionPolicy') must be RequestVersionOrLower, RequestVersionOrHigher or RequestVersionExact, got {(int)HttpVersionPolicy}.";
        }

        if (MaxRetries < 0)
        {
            return $"OpenRouterClientOptions.MaxRetries (configuration key '{SectionName}:MaxRetries') must not be negative, got {MaxRetries}.";
        }

        if (TimeProvider is null)
        {
            return "OpenRouterClientOptions.TimeProvider must not be null (use TimeProvider.System).";
        }

        if (Budget?.Validate(SectionName) is { } budgetProblem)
        {
            return budgetProblem;
        }

        if (RateLimit?.Validate(SectionName) is { } rateLimitProblem)
        {
            return rateLimitProblem;
        }

        if (CircuitBreaker?.Validate(SectionName) is { } circuitBreakerProblem)
        {
            return circuitBreakerProblem;
        }

        foreach ((string name, TimeSpan value) in new[]
        {
            (nameof(RequestTimeout), RequestTimeout),
            (nameof(StreamResponseTimeout), StreamResponseTimeout),
            (nameof(StreamIdleTimeout), StreamIdleTimeout),
        })
        {
            if (!IsValidTimeout(value))
            {
                return $"OpenRouterClientOptions.{name} (configuration key '{SectionName}:{name}') must be positive and at most {LongestTimer.TotalDays:0} days, or Timeout.InfiniteTimeSpan, got {value}.";
            }
        }

        foreach ((string name, TimeSpan value) in new[]
        {
            (nameof(RetryBaseDelay), RetryBaseDelay),
            (nameof(RetryMaxDelay), RetryMaxDelay),
            (nameof(MaxRetryAfter), MaxRetryAfter),
            (nameof(GenerationLookupTimeout), GenerationLookupTimeout),
        })
        {
            bool infiniteLookup = name == nameof(GenerationLookupTimeout) && value == System.Threading.Timeout.InfiniteTimeSpan;
            if (!infiniteLookup && (value < TimeSpan.Zero || value > LongestTimer))
            {
                return $"OpenRouterClientOptions.{name} (configuration key '{SectionName}:{name}') must be between zero and {LongestTimer.TotalDays:0} days, got {value}.";
            }
        }

        return null;
    }

    /// <summary>
    /// What is wrong with a (trimmed) key that has whitespace, a control character or a non-ASCII character inside:
    /// it cannot be sent as <c>Bearer &lt;key&gt;</c>. The message names where the key came from, never the key.
    /// </summary>
    private static string? KeyProblem(string key, string name, string? configured, string environmentVariable)
    {
        if (KeyCharacterProblem(key) is not { } problem)
        {
            return null;
        }

        string source = string.IsNullOrWhiteSpace(configured)
            ? $"The {environmentVariable} environment variable (used because OpenRouterClientOptions.{name}, configuration key '{SectionName}:{name}', is not set)"
            : $"OpenRouterClientOptions.{name} (configuration key '{SectionName}:{name}')";
        return $"{source} {problem}";
    }

    /// <summary>
    /// What is wrong with the characters of a (trimmed) key, as the end of a sentence whose subject is where the key
    /// came from ("contains whitespace at position 9 of 20; ..."), or null for a key that can be sent.
    /// </summary>
    internal static string? KeyCharacterProblem(string key)
    {
        for (int i = 0; i < key.Length; i++)
        {
            char c = key[i];
            if (c > ' ' && c < 0x7F)
            {
                continue;
            }

            string what = char.IsWhiteSpace(c) ? "whitespace" : char.IsControl(c) ? "a control character" : "a non-ASCII character";
            return $"contains {what} at position {i + 1} of {key.Length}; an OpenRouter key is a single token such as sk-or-v1-..., so check for a space or line break pasted into it. The key is not shown.";
        }

        return null;
    }

    /// <summary>A copy, so later changes to the caller's instance do not reach a client already built.</summary>
    internal OpenRouterClientOptions Clone()
    {
        var copy = (OpenRouterClientOptions)MemberwiseClone();
        copy.Budget = Budget?.Clone();
        copy.RateLimit = RateLimit?.Clone();
        copy.CircuitBreaker = CircuitBreaker?.Clone();
        return copy;
    }

    // Only the versions HTTP has, written major.minor: 2.0.0 would reach the handler as a version it does not know.
    private static bool IsKnownHttpVersion(Version version) =>
        version.Build < 0 && version.Revision < 0
        && ((version.Major == 1 && version.Minor is 0 or 1) || (version.Major is 2 or 3 && version.Minor == 0));

    // Timers and Task.Delay take at most int.MaxValue milliseconds; a longer value would fail on every call instead of at start.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    private static bool IsValidTimeout(TimeSpan value) =>
        (value > TimeSpan.Zero && value <= LongestTimer) || value == System.Threading.Timeout.InfiniteTimeSpan;
}
