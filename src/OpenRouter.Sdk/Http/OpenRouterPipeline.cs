using System;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.Logging;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// The one path every call takes to OpenRouter. This part holds what the client configured; the other parts build
/// the request with its headers and the key of the operation (<c>.Requests</c>), send it within the SDK's timeouts
/// and turn failures into exceptions (<c>.Send</c>), and read the answer's body (<c>.Body</c>). Every exception comes
/// from <see cref="OpenRouterErrorFactory"/>; <see cref="CallLog"/> writes the call's records. Retries happen below,
/// in <see cref="OpenRouterResilienceHandler"/>, which reads the call's rules from the
/// <see cref="OpenRouterRequestState"/> attached to each request.
/// </summary>
internal sealed partial class OpenRouterPipeline
{
    private readonly Func<HttpClient> _httpClient;
    private readonly OpenRouterClientOptions _options;
    private readonly ClientSecrets _secrets;
    private readonly Uri _baseUrl;
    private readonly RetrySettings _retry;
    private readonly ILogger _logger;
    private readonly KeySource _apiKey;
    private readonly KeySource _managementKey;
    private readonly ClientLifetime _lifetime;
    private readonly string? _referer;
    private readonly string? _title;
    private readonly string? _categories;

    public OpenRouterPipeline(Func<HttpClient> httpClient, OpenRouterClientOptions options, ClientLifetime lifetime)
        : this(httpClient, options, lifetime, keys: null)
    {
    }

    /// <summary>
    /// A pipeline that sends with <paramref name="keys"/>' key sources (and redacts with its secrets): a client made by
    /// <c>WithOptions</c> that left the keys alone follows its parent's rotations. Null takes the keys from the options.
    /// </summary>
    public OpenRouterPipeline(Func<HttpClient> httpClient, OpenRouterClientOptions options, ClientLifetime lifetime, OpenRouterPipeline? keys)
    {
        _httpClient = httpClient;
        _lifetime = lifetime;
        _options = options;
        _retry = new RetrySettings(options);
        _secrets = keys?._secrets ?? new ClientSecrets(null, null);
        _apiKey = keys?._apiKey ?? KeySource.ForApiKey(options, _secrets);
        _managementKey = keys?._managementKey ?? KeySource.ForManagementKey(options, _secrets);

        // Every record of the call, the retries and the stream goes through this logger, which removes an echoed key.
        _logger = RedactingLogger.Wrap(options.LoggerFactory?.CreateLogger(OpenRouterLog.Category), _secrets);

        // Checked and encoded once: these go out without the framework's header parsing.
        _referer = HeaderValues.ToWire(options.HttpReferer, nameof(options.HttpReferer));
        _title = HeaderValues.ToWire(options.AppTitle, nameof(options.AppTitle));
        _categories = HeaderValues.ToWire(options.AppCategories, nameof(options.AppCategories));
        string root = options.BaseUrl.ToString();
        _baseUrl = root.EndsWith("/", StringComparison.Ordinal) ? options.BaseUrl : new Uri(root + "/");
    }

    public OpenRouterClientOptions Options => _options;

    public Func<HttpClient> HttpClientProvider => _httpClient;

    public ILogger Logger => _logger;

    /// <summary>The client's keys, for removing them from any text a server sends back.</summary>
    public ClientSecrets Secrets => _secrets;

    /// <summary>Whether a management key is configured (then account operations are sent with it).</summary>
    public bool HasManagementKey => _managementKey.IsConfigured;

    /// <summary>
    /// Replaces the fixed keys with those of a reloaded configuration (a key that comes from a provider stays with
    /// its provider). The caller has checked them; null removes a key. Returns which of the two changed.
    /// </summary>
    public (bool ApiKeyChanged, bool ManagementKeyChanged) ReplaceKeys(string? apiKey, string? managementKey) =>
        (!_apiKey.HasProvider && _apiKey.Replace(apiKey), !_managementKey.HasProvider && _managementKey.Replace(managementKey));

    public TimeProvider Time => _options.TimeProvider;

    /// <summary>The owning client's life; its token ends every call in flight when the client is disposed.</summary>
    public ClientLifetime Lifetime => _lifetime;
}
