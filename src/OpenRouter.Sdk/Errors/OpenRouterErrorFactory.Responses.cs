using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk;

/// <summary>Responses that are errors: a status error, a JSON answer to a stream, a body that cannot be read.</summary>
internal static partial class OpenRouterErrorFactory
{
    public static async Task<OpenRouterException> FromResponseAsync(HttpResponseMessage response, ClientSecrets secrets, DateTimeOffset now, CancellationToken cancellationToken)
    {
        byte[] body;
        try
        {
            body = await ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUndecodable(e))
        {
            return BadEncoding(response, e, secrets);
        }

        return FromBody((int)response.StatusCode, body, response, secrets, now);
    }

    /// <summary>
    /// A streaming request answered 200 with a JSON document instead of events: an error object becomes the error it
    /// describes (its code gives the status); anything else is an answer the SDK cannot use as a stream.
    /// </summary>
    public static async Task<OpenRouterException> FromJsonInsteadOfStreamAsync(HttpResponseMessage response, ClientSecrets secrets, DateTimeOffset now, CancellationToken cancellationToken)
    {
        byte[] body;
        try
        {
            body = await ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUndecodable(e))
        {
            return BadEncoding(response, e, secrets);
        }

        if (HasErrorMember(body))
        {
            return FromBody((int)response.StatusCode, body, response, secrets, now);
        }

        string excerpt = Excerpt(Encoding.UTF8.GetString(body), secrets);
        return new OpenRouterInvalidResponseException($"OpenRouter answered a streaming request with {response.Content.Headers.ContentType?.MediaType} instead of an event stream: {(excerpt.Length > 300 ? excerpt.Substring(0, 300) + "..." : excerpt)}")
        {
            StatusCode = (int)response.StatusCode,
            GenerationId = GenerationIdOf(response, secrets),
            ResponseBody = excerpt,
        };
    }

    /// <summary>
    /// A body (success or error) that does not match its <c>Content-Encoding</c> (see <see cref="IsUndecodable"/>).
    /// The status is kept so a broken 400 still says it was a 400.
    /// </summary>
    public static OpenRouterInvalidResponseException BadEncoding(HttpResponseMessage response, Exception inner, ClientSecrets secrets) =>
        new($"OpenRouter answered HTTP {(int)response.StatusCode} with a body that does not match its Content-Encoding: it could not be decompressed.", inner)
        {
            StatusCode = (int)response.StatusCode,
            GenerationId = GenerationIdOf(response, secrets),
        };

    /// <summary>A successful answer that is not the JSON expected; an excerpt is kept, cleaned of the keys.</summary>
    public static OpenRouterInvalidResponseException InvalidJson(byte[] body, Exception? inner, ClientSecrets secrets) =>
        new($"OpenRouter sent a response that is not the expected JSON: {Excerpt(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 512)), secrets)}", inner)
        {
            ResponseBody = Excerpt(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, MaxExcerptChars)), secrets),
        };

    /// <summary>A <c>{"data": ...}</c> answer without its <c>data</c>.</summary>
    public static OpenRouterInvalidResponseException MissingData(string operation) =>
        new($"OpenRouter answered {operation} without its 'data' member.");

    /// <summary>A success answer without the member the operation promises (for example <c>assigned_count</c>).</summary>
    public static OpenRouterInvalidResponseException MissingMember(string operation, string member) =>
        new($"OpenRouter answered {operation} without its '{member}' member.");

    /// <summary>
    /// GET /credits refused with 403 for a key that is not a management key: the server's error, with what to do
    /// about it in front. Every property of the server's error is kept.
    /// </summary>
    public static OpenRouterPermissionDeniedException CreditsNeedManagementKey(OpenRouterPermissionDeniedException e) =>
        new("GET /credits was refused (HTTP 403): OpenRouter serves account credits only to management keys, and this key is not one. " +
            $"Set OpenRouterClientOptions.ManagementKey (or create a management key at {ManagementKeysPage}) for this call, or use GetKeyInfoAsync() to read this key's own limit and usage. " +
            "Server message: " + e.Message,
            e)
        {
            StatusCode = e.StatusCode,
            ErrorCode = e.ErrorCode,
            ErrorType = e.ErrorType,
            ProviderName = e.ProviderName,
            ProviderRawError = e.ProviderRawError,
            Metadata = e.Metadata,
            GenerationId = e.GenerationId,
            ResponseBody = e.ResponseBody,
            RetryAfter = e.RetryAfter,
        };

    /// <summary>Where management keys are created; named in every refusal that needs one.</summary>
    public const string ManagementKeysPage = "https://openrouter.ai/settings/management-keys";

    /// <summary>
    /// The error of a management operation: a 403 that says the key is not a management key (or says nothing) means
    /// the configured management key is not one, and says so. Any other error, a 403 for another reason included
    /// ("Privacy settings are locked", a workspace role), is returned as it is, so its own words lead.
    /// </summary>
    public static OpenRouterException ForManagementOperation(OpenRouterException e, string operation) =>
        e is OpenRouterPermissionDeniedException denied and not OpenRouterModerationException && IsAboutTheKey(denied)
            ? ManagementKeyRefused(operation, denied)
            : e;

    private static bool IsAboutTheKey(OpenRouterPermissionDeniedException e) =>
        string.IsNullOrWhiteSpace(e.ResponseBody)
        || e.ResponseBody!.IndexOf("management key", StringComparison.OrdinalIgnoreCase) >= 0
        || e.ResponseBody.IndexOf("provisioning key", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// A management operation refused with 403: the configured management key is not one. The server's error, with
    /// what to do about it in front; every property of the server's error is kept (its message is already redacted).
    /// </summary>
    public static OpenRouterPermissionDeniedException ManagementKeyRefused(string operation, OpenRouterPermissionDeniedException e) =>
        new($"{operation} was refused (HTTP 403): OpenRouter serves it only to a management key, and the key in OpenRouterClientOptions.ManagementKey " +
            $"(or {OpenRouterClientOptions.ManagementKeyEnvironmentVariable}) is not one; an inference API key does not work here. " +
            $"Create a management key at {ManagementKeysPage}. Server message: " + e.Message,
            e)
        {
            StatusCode = e.StatusCode,
            ErrorCode = e.ErrorCode,
            ErrorType = e.ErrorType,
            ProviderName = e.ProviderName,
            ProviderRawError = e.ProviderRawError,
            Metadata = e.Metadata,
            GenerationId = e.GenerationId,
            ResponseBody = e.ResponseBody,
            RetryAfter = e.RetryAfter,
        };

    /// <summary>Whether a JSON body has a top-level <c>error</c> member (of any kind); false for anything unreadable.</summary>
    private static bool HasErrorMember(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("error"u8))
                {
                    return reader.Read() && reader.TokenType != JsonTokenType.Null;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // Older transports may ignore the token on a stalled read; disposing the response ends it.
        using CancellationTokenRegistration abort = cancellationToken.Register(static r => ((HttpResponseMessage)r!).Dispose(), response);
        try
        {
#if NET
            using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            using Stream stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            var buffer = new MemoryStream();
            byte[] chunk = new byte[8192];
            int read;
            while (buffer.Length < MaxBodyBytes
                && (read = await stream.ReadAsync(chunk, 0, (int)Math.Min(chunk.Length, MaxBodyBytes - buffer.Length), cancellationToken).ConfigureAwait(false)) > 0)
            {
#pragma warning disable VSTHRD103 // A MemoryStream write is a memory copy; there is nothing to await.
                buffer.Write(chunk, 0, read);
#pragma warning restore VSTHRD103
            }

            // A transport that ends a cancelled read as a short body must not turn it into a truncated error.
            cancellationToken.ThrowIfCancellationRequested();
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or HttpRequestException or ObjectDisposedException)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The status alone still makes a useful error when the body cannot be read.
            return Array.Empty<byte>();
        }
    }
}
