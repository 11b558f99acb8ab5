using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The one place where failures become exceptions. This file turns an error object (from a status response, a 200
/// body or a stream chunk) into the right subclass with its message and properties; the other parts hold the
/// responses (<c>.Responses</c>), streams (<c>.Streams</c>), the transport and set-up (<c>.Transport</c>) and the
/// cancellation rules (<c>.Cancellation</c>). Every text a server chose is cleaned of the client's keys here.
/// </summary>
internal static partial class OpenRouterErrorFactory
{
    /// <summary>How much of an error body is read and kept.</summary>
    internal const int MaxBodyBytes = 64 * 1024;

    /// <summary>How much of the body or raw provider error goes into a message or <see cref="OpenRouterException.ResponseBody"/>.</summary>
    internal const int MaxExcerptChars = 1024;

    public static OpenRouterException FromBody(int? status, ReadOnlySpan<byte> body, HttpResponseMessage? response, ClientSecrets secrets, DateTimeOffset now)
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

        string excerpt = Excerpt(Encoding.UTF8.GetString(body.ToArray()), secrets);
        return Create(status, detail, excerpt, response, GenerationIdOf(response, secrets), secrets, now, innerException: null);
    }

    public static OpenRouterException FromErrorElement(int? status, JsonElement error, HttpResponseMessage? response, ClientSecrets secrets, DateTimeOffset now)
    {
        OpenRouterErrorDetail? detail = null;
        try
        {
            detail = OpenRouterErrorDetailConverter.FromElement(error);
        }
        catch (JsonException)
        {
        }

        return Create(status, detail, Excerpt(error.GetRawText(), secrets), response, GenerationIdOf(response, secrets), secrets, now, innerException: null);
    }

    public static OpenRouterException Create(int? status, OpenRouterErrorDetail? detail, string? bodyExcerpt, HttpResponseMessage? response,
        string? generationId, ClientSecrets secrets, DateTimeOffset now, Exception? innerException)
    {
        // Everything below reads the cleaned error, so no property or message can carry an echoed key.
        detail = SecretRedactor.Redact(detail, secrets);
        generationId = SecretRedactor.Redact(generationId, secrets);
        bodyExcerpt = SecretRedactor.Redact(bodyExcerpt, secrets);
        int? effectiveStatus = status is null or 200 ? (detail?.HttpStatus ?? ParseStatus(detail?.Code) ?? status) : status;
        IReadOnlyDictionary<string, JsonElement>? metadata = detail?.Metadata;
        string? providerName = GetString(metadata, "provider_name");
        string? raw = RawOf(metadata, secrets);
        string? errorType = GetString(metadata, "error_type") ?? detail?.ErrorType;
        string message = ComposeMessage($"OpenRouter returned HTTP {effectiveStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}",
            detail is null ? bodyExcerpt : null, detail, providerName, raw, secrets);

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
            429 => RateLimited(message, innerException, response, metadata, now),
            _ => new OpenRouterException(message, innerException),
        };

        OpenRouterAvailability? availability = AvailabilityOf(detail);
        TimeSpan? retryAfter = (response is null ? null : RetryAfterParser.Parse(response, now)) ?? availability?.RetryAfter;
        exception.Populate(effectiveStatus, detail?.Code, errorType, providerName, raw, detail?.Metadata, generationId, bodyExcerpt, retryAfter);
        exception.PopulateAvailability(availability);
        return exception;
    }

    /// <summary>The typed <c>error.availability</c> of an error, or null when it has none or it is not an object.</summary>
    public static OpenRouterAvailability? AvailabilityOf(OpenRouterErrorDetail? detail)
    {
        if (detail?.Availability is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        try
        {
            return element.Deserialize(OpenRouterJsonContext.Default.OpenRouterAvailability);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The typed <c>error.availability</c> of an error body, or null when it has none or is not JSON.</summary>
    public static OpenRouterAvailability? AvailabilityOf(ReadOnlySpan<byte> body)
    {
        try
        {
            return AvailabilityOf(JsonSerializer.Deserialize(body, OpenRouterJsonContext.Default.OpenRouterErrorResponse)?.Error);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string ComposeMessage(string prefix, string? bodyExcerpt, OpenRouterErrorDetail? detail, string? providerName, string? raw, ClientSecrets secrets)
    {
        var text = new StringBuilder(prefix);
        if (detail?.Message is { Length: > 0 } m)
        {
            text.Append(": ").Append(SecretRedactor.Redact(m, secrets));
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

    internal static string Excerpt(string text, ClientSecrets secrets)
    {
        // Redacted before it is cut, so a key that straddles the cut cannot leave a recognisable half behind.
        text = SecretRedactor.Redact(text.Trim(), secrets);
        if (text.Length > MaxExcerptChars)
        {
            text = text.Substring(0, MaxExcerptChars) + "...";
        }

        return text;
    }

    /// <summary>The <c>X-Generation-Id</c> header, without the client's keys or anything shaped like a key (a server may echo one there).</summary>
    internal static string? GenerationIdOf(HttpResponseMessage? response, ClientSecrets secrets) =>
        response is not null && response.Headers.TryGetValues("X-Generation-Id", out var values) ? SecretRedactor.Redact(values.FirstOrDefault(), secrets) : null;

    private static string? RawOf(IReadOnlyDictionary<string, JsonElement>? metadata, ClientSecrets secrets)
    {
        if (metadata is null || !metadata.TryGetValue("raw", out JsonElement raw))
        {
            return null;
        }

        string text = raw.ValueKind == JsonValueKind.String ? raw.GetString()! : raw.GetRawText();
        return string.IsNullOrWhiteSpace(text) ? null : Excerpt(text, secrets);
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
}
