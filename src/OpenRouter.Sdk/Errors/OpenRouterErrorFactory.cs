using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The one place where failures become exceptions: non-2xx responses, 200 responses whose body is an error,
/// and <c>error</c> chunks inside a stream. It picks the subclass, builds the message and fills the properties.
/// </summary>
internal static class OpenRouterErrorFactory
{
    /// <summary>How much of an error body is read and kept.</summary>
    internal const int MaxBodyBytes = 64 * 1024;

    /// <summary>How much of the body or raw provider error goes into a message or <see cref="OpenRouterException.ResponseBody"/>.</summary>
    internal const int MaxExcerptChars = 1024;

    public static async Task<OpenRouterException> FromResponseAsync(HttpResponseMessage response, string? apiKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        byte[] body;
        try
        {
            body = await ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUndecodable(e))
        {
            return BadEncoding(response, e);
        }

        return FromBody((int)response.StatusCode, body, response, apiKey, now);
    }

    /// <summary>
    /// A streaming request answered 200 with a JSON document instead of events: an error object becomes the error it
    /// describes (its code gives the status); anything else is an answer the SDK cannot use as a stream.
    /// </summary>
    public static async Task<OpenRouterException> FromJsonInsteadOfStreamAsync(HttpResponseMessage response, string? apiKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        byte[] body;
        try
        {
            body = await ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUndecodable(e))
        {
            return BadEncoding(response, e);
        }

        if (HasErrorMember(body))
        {
            return FromBody((int)response.StatusCode, body, response, apiKey, now);
        }

        string excerpt = Excerpt(Encoding.UTF8.GetString(body), apiKey);
        return new OpenRouterInvalidResponseException($"OpenRouter answered a streaming request with {response.Content.Headers.ContentType?.MediaType} instead of an event stream: {(excerpt.Length > 300 ? excerpt.Substring(0, 300) + "..." : excerpt)}")
        {
            StatusCode = (int)response.StatusCode,
            GenerationId = GenerationIdOf(response),
            ResponseBody = excerpt,
        };
    }

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

    public static OpenRouterException FromBody(int? status, ReadOnlySpan<byte> body, HttpResponseMessage? response, string? apiKey, DateTimeOffset now)
    {
        OpenRouterErrorDetail? detail = null;
        try
        {
            detail = JsonSerializer.Deserialize(body, OpenRouterJsonContext.Default.OpenRouterErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            // Not JSON (an HTML page from the edge, a proxy's text): the status and the body excerpt still tell.
        }

        string excerpt = Excerpt(Encoding.UTF8.GetString(body.ToArray()), apiKey);
        return Create(status, detail, excerpt, response, GenerationIdOf(response), apiKey, now, innerException: null);
    }

    public static OpenRouterException FromErrorElement(int? status, JsonElement error, HttpResponseMessage? response, string? apiKey, DateTimeOffset now)
    {
        OpenRouterErrorDetail? detail = null;
        try
        {
            detail = OpenRouterErrorDetailConverter.FromElement(error);
        }
        catch (JsonException)
        {
        }

        return Create(status, detail, Excerpt(error.GetRawText(), apiKey), response, GenerationIdOf(response), apiKey, now, innerException: null);
    }

    public static OpenRouterStreamException FromStreamChunk(ChatCompletionChunk chunk, StreamProgress progress, string? apiKey)
    {
        // Everything below reads the cleaned chunk, so no property or message can carry an echoed key.
        chunk = SecretRedactor.Redact(chunk, apiKey);
        OpenRouterErrorDetail error = chunk.Error!;
        string? providerName = GetString(error.Metadata, "provider_name") ?? chunk.Provider;
        string? raw = RawOf(error.Metadata, apiKey);
        string message = ComposeMessage("The stream failed after it started", null, error, providerName, raw, apiKey);
        return new OpenRouterStreamException(message)
        {
            ErrorCode = error.Code,
            ErrorType = GetString(error.Metadata, "error_type") ?? error.ErrorType,
            ProviderName = providerName,
            ProviderRawError = raw,
            Metadata = error.Metadata,
            GenerationId = string.IsNullOrEmpty(chunk.Id) ? SecretRedactor.Redact(progress.GenerationId, apiKey) : chunk.Id,
            ReceivedContent = progress.Content,
            ReceivedReasoning = progress.Reasoning,
            ChunksReceived = progress.Chunks,
            FinishReason = progress.FinishReason,
            Usage = progress.Usage,
            ErrorChunk = chunk,
        };
    }

    public static OpenRouterStreamException StreamBroken(string reason, StreamProgress progress, Exception? inner) =>
        new(reason, inner)
        {
            // The id comes from the server's chunks; without the key at hand, anything shaped like a key is removed.
            GenerationId = SecretRedactor.Redact(progress.GenerationId),
            ReceivedContent = progress.Content,
            ReceivedReasoning = progress.Reasoning,
            ChunksReceived = progress.Chunks,
            FinishReason = progress.FinishReason,
            Usage = progress.Usage,
        };

    /// <summary>A stream whose bytes could not be read as events (bad JSON, a broken encoding); what came before is kept.</summary>
    public static OpenRouterInvalidResponseException StreamUnreadable(string reason, StreamProgress progress, HttpResponseMessage? response, Exception? inner) =>
        new(reason, inner)
        {
            StatusCode = response is null ? null : (int)response.StatusCode,
            GenerationId = progress.GenerationId ?? GenerationIdOf(response),
            ReceivedContent = progress.Content,
            ReceivedReasoning = progress.Reasoning,
            ChunksReceived = progress.Chunks,
        };

    /// <summary>
    /// Whether reading a body failed in its decompressor: gzip and deflate throw <see cref="InvalidDataException"/>,
    /// brotli an <see cref="InvalidOperationException"/> from System.IO.Compression.
    /// </summary>
    public static bool IsUndecodable(Exception e) =>
        e is InvalidDataException || (e is InvalidOperationException && e.Source is { } source && source.StartsWith("System.IO.Compression", StringComparison.Ordinal));

    /// <summary>
    /// A body (success or error) that does not match its <c>Content-Encoding</c> (see <see cref="IsUndecodable"/>).
    /// The status is kept so a broken 400 still says it was a 400.
    /// </summary>
    public static OpenRouterInvalidResponseException BadEncoding(HttpResponseMessage response, Exception inner) =>
        new($"OpenRouter answered HTTP {(int)response.StatusCode} with a body that does not match its Content-Encoding: it could not be decompressed.", inner)
        {
            StatusCode = (int)response.StatusCode,
            GenerationId = GenerationIdOf(response),
        };

    public static OpenRouterException Create(int? status, OpenRouterErrorDetail? detail, string? bodyExcerpt, HttpResponseMessage? response,
        string? generationId, string? apiKey, DateTimeOffset now, Exception? innerException)
    {
        // Everything below reads the cleaned error, so no property or message can carry an echoed key.
        detail = SecretRedactor.Redact(detail, apiKey);
        generationId = SecretRedactor.Redact(generationId, apiKey);
        bodyExcerpt = SecretRedactor.Redact(bodyExcerpt, apiKey);
        int? effectiveStatus = status is null or 200 ? (detail?.HttpStatus ?? ParseStatus(detail?.Code) ?? status) : status;
        IReadOnlyDictionary<string, JsonElement>? metadata = detail?.Metadata;
        string? providerName = GetString(metadata, "provider_name");
        string? raw = RawOf(metadata, apiKey);
        string? errorType = GetString(metadata, "error_type") ?? detail?.ErrorType;
        string message = ComposeMessage($"OpenRouter returned HTTP {effectiveStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}",
            detail is null ? bodyExcerpt : null, detail, providerName, raw, apiKey);

        OpenRouterException exception = effectiveStatus switch
        {
            400 or 413 or 422 => new OpenRouterBadRequestException(message, innerException),
            401 => new OpenRouterAuthenticationException(message, innerException),
            402 => new OpenRouterPaymentRequiredException(message, innerException),
            403 when metadata is not null && metadata.ContainsKey("reasons") => new OpenRouterModerationException(message, innerException)
            {
                Reasons = GetStrings(metadata, "reasons"),
                FlaggedInput = GetString(metadata, "flagged_input"),
                ModelSlug = GetString(metadata, "model_slug"),
            },
            403 => new OpenRouterPermissionDeniedException(message, innerException),
            404 => new OpenRouterNotFoundException(message, innerException),
            408 or 524 => new OpenRouterTimeoutException(message, innerException),
            429 => new OpenRouterRateLimitException(message, innerException),
            _ => new OpenRouterException(message, innerException),
        };

        TimeSpan? retryAfter = response is null ? null : RetryAfterParser.Parse(response, now);
        return Fill(exception, effectiveStatus, detail, errorType, providerName, raw, generationId, bodyExcerpt, retryAfter);
    }

    private static OpenRouterException Fill(OpenRouterException e, int? status, OpenRouterErrorDetail? detail, string? errorType,
        string? providerName, string? raw, string? generationId, string? body, TimeSpan? retryAfter)
    {
        e.Populate(status, detail?.Code, errorType, providerName, raw, detail?.Metadata, generationId, body, retryAfter);
        return e;
    }

    private static string ComposeMessage(string prefix, string? bodyExcerpt, OpenRouterErrorDetail? detail, string? providerName, string? raw, string? apiKey)
    {
        var text = new StringBuilder(prefix);
        if (detail?.Message is { Length: > 0 } m)
        {
            text.Append(": ").Append(SecretRedactor.Redact(m, apiKey));
        }
        else if (!string.IsNullOrWhiteSpace(bodyExcerpt))
        {
            text.Append(": ").Append(bodyExcerpt);
        }

        if (providerName is not null)
        {
            text.Append(" (provider: ").Append(providerName).Append(')');
        }

        if (raw is not null)
        {
            text.Append(" - ").Append(raw.Length > 300 ? raw.Substring(0, 300) + "..." : raw);
        }

        return text.ToString();
    }

    internal static string Excerpt(string text, string? apiKey)
    {
        // Redacted before it is cut, so a key that straddles the cut cannot leave a recognisable half behind.
        text = SecretRedactor.Redact(text.Trim(), apiKey);
        if (text.Length > MaxExcerptChars)
        {
            text = text.Substring(0, MaxExcerptChars) + "...";
        }

        return text;
    }

    /// <summary>The <c>X-Generation-Id</c> header, without anything shaped like a key (a server may echo one there).</summary>
    internal static string? GenerationIdOf(HttpResponseMessage? response) =>
        response is not null && response.Headers.TryGetValues("X-Generation-Id", out var values) ? SecretRedactor.Redact(values.FirstOrDefault()) : null;

    private static string? RawOf(IReadOnlyDictionary<string, JsonElement>? metadata, string? apiKey)
    {
        if (metadata is null || !metadata.TryGetValue("raw", out JsonElement raw))
        {
            return null;
        }

        string text = raw.ValueKind == JsonValueKind.String ? raw.GetString()! : raw.GetRawText();
        return string.IsNullOrWhiteSpace(text) ? null : Excerpt(text, apiKey);
    }

    private static int? ParseStatus(string? code) =>
        int.TryParse(code, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 100 && n <= 599 ? n : null;

    private static string? GetString(IReadOnlyDictionary<string, JsonElement>? metadata, string name) =>
        metadata is not null && metadata.TryGetValue(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static IReadOnlyList<string> GetStrings(IReadOnlyDictionary<string, JsonElement> metadata, string name)
    {
        if (!metadata.TryGetValue(name, out JsonElement value) || value.ValueKind != JsonValueKind.Array)
        {
            return Array.Empty<string>();
        }

        var list = new List<string>();
        foreach (JsonElement item in value.EnumerateArray())
        {
            list.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText());
        }

        return list;
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
