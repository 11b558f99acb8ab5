using OpenRouter.Sdk.Internal;
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http;

/// <summary>Building a request: its absolute address, the key of its operation, the SDK's headers and the call's own.</summary>
internal sealed partial class OpenRouterPipeline
{
    private LastUri? _lastUri;

    /// <summary>
    /// The source of the operation's key. Fails before any request when that key is not configured: sending the
    /// other key would only be refused. Null for an operation sent without a key, so that no configured key travels
    /// where none is needed.
    /// </summary>
    private KeySource? KeyFor(OpenRouterCredential credential, HttpMethod method, ApiPath path)
    {
        return credential switch
        {
            OpenRouterCredential.ManagementKey => _managementKey.IsConfigured ? _managementKey : throw OpenRouterErrorFactory.ManagementKeyMissing(Operation(method, path)),
            OpenRouterCredential.None => null,
            _ => _apiKey.IsConfigured ? _apiKey : throw OpenRouterErrorFactory.ApiKeyMissing(Operation(method, path)),
        };

        static string Operation(HttpMethod method, ApiPath path) => method.Method + " /" + path.WithoutQuery();
    }

    /// <summary>The <c>Authorization</c> value of a call: the key's current value (a provider is asked now), or none.</summary>
    private static ValueTask<AuthenticationHeaderValue?> AuthorizationAsync(KeySource? key, CancellationToken cancellationToken) =>
        key is null ? default : key.GetAsync(cancellationToken);

    [MethodImpl(HotPath.Options)]
    private HttpRequestMessage CreateRequest(HttpMethod method, ApiPath path, byte[]? body, bool stream, AuthenticationHeaderValue? authorization,
        RequestHeaders? extra = null)
    {
        var request = new HttpRequestMessage(method, UriOf(path.Value));
        RequestHttpVersion.Apply(request, _options);
        HttpRequestHeaders headers = request.Headers;
        headers.Authorization = authorization;
        // Header values are mutable objects: each request gets its own, so a user handler that edits one edits only that request.
        headers.TryAddWithoutValidation("Accept", stream ? "text/event-stream" : "application/json");
        headers.TryAddWithoutValidation("User-Agent", UserAgent.Value);
        if (_referer is not null)
        {
            headers.TryAddWithoutValidation("HTTP-Referer", _referer);
        }

        if (_title is not null)
        {
            headers.TryAddWithoutValidation("X-OpenRouter-Title", _title);
            headers.TryAddWithoutValidation("X-Title", _title);
        }

        if (_categories is not null)
        {
            headers.TryAddWithoutValidation("X-OpenRouter-Categories", _categories);
        }

        // The call's own headers (OpenRouterRequestOptions), checked before the call; none can replace the ones above.
        extra?.AddTo(headers);

        if (body is not null)
        {
            var content = new ByteArrayContent(body);

            // The value as MediaTypeHeaderValue writes it, stored unparsed (the typed value is built on first read).
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
            request.Content = content;
        }

        return request;
    }

    /// <summary>The absolute address of <paramref name="path"/>; the last one is kept, since a client mostly calls one endpoint.</summary>
    [MethodImpl(HotPath.Options)]
    private Uri UriOf(string path)
    {
        LastUri? last = Volatile.Read(ref _lastUri);
        if (last is not null && string.Equals(last.Path, path, StringComparison.Ordinal))
        {
            return last.Uri;
        }

        var uri = new Uri(_baseUrl, path);
        Volatile.Write(ref _lastUri, new LastUri(path, uri));
        return uri;
    }

    private sealed class LastUri
    {
        public LastUri(string path, Uri uri)
        {
            Path = path;
            Uri = uri;
        }

        public string Path { get; }

        public Uri Uri { get; }
    }
}
