using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenRouter.Sdk;

/// <summary>
/// The one redaction path for text bound for an exception or a log record: removes the client's own keys (the API
/// key and the management key, <see cref="ClientSecrets"/>) in any
/// form a server may echo it (as is, or JSON-escaped: <c>sk\u002dor-...</c>, <c>\/</c>, any character as a
/// <c>\uXXXX</c> escape, escapes escaped again inside a JSON string), and anything else that looks like an
/// OpenRouter key or a bearer token. Text without a match comes back as the same instance.
/// </summary>
internal static class SecretRedactor
{
    /// <summary>What a removed secret is replaced with.</summary>
    public const string Placeholder = "[redacted]";

    // Shorter "keys" (placeholders in tests and samples) would redact ordinary words.
    private const int MinKeyLength = 4;

    // Any OpenRouter key, with the dashes of its prefix possibly escaped; and any bearer token.
    private static readonly Regex KeyPattern = new(
        @"(sk(?:-|\\+u002[dD])or(?:-|\\+u002[dD])(?:[A-Za-z0-9_\-]|\\+u00[2-7][0-9A-Fa-f]){4,}|Bearer\s+[A-Za-z0-9_\-\.=]{8,})",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly JsonElement RedactedElement = ParseElement("\"" + Placeholder + "\"");

    /// <summary>The text without anything shaped like a key.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Redact(string? text) => Redact(text, ClientSecrets.None);

    /// <summary>The text without <paramref name="key"/> (in any form) or anything shaped like a key.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Redact(string? text, string? key) => Redact(text, new ClientSecrets(key, null));

    /// <summary>The text without either of the client's keys (in any form) or anything shaped like a key.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Redact(string? text, ClientSecrets? secrets)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        if (secrets is not null)
        {
            foreach (string key in secrets.Keys)
            {
                text = RedactKey(text!, key);
            }
        }

        return KeyPattern.IsMatch(text!) ? KeyPattern.Replace(text!, Placeholder) : text;
    }

    /// <summary>A JSON value without the key: itself when clean, else the same JSON with the key replaced.</summary>
    public static JsonElement Redact(JsonElement element, ClientSecrets? secrets) =>
        TryRedact(element, secrets, out JsonElement redacted) ? redacted : element;

    /// <summary>True (with the cleaned value) when the JSON value holds the key or something shaped like a key.</summary>
    private static bool TryRedact(JsonElement element, ClientSecrets? secrets, out JsonElement redacted)
    {
        redacted = element;
        if (element.ValueKind == JsonValueKind.Undefined)
        {
            return false;
        }

        string raw = element.GetRawText();
        string text = Redact(raw, secrets);
        if (ReferenceEquals(raw, text))
        {
            return false;
        }

        try
        {
            redacted = ParseElement(text);
        }
        catch (JsonException)
        {
            // Only a key with a quote in it could break the JSON; then nothing of the value is kept.
            redacted = RedactedElement;
        }

        return true;
    }

    /// <summary>Metadata without the key in any name or value; the same instance when clean.</summary>
    public static IReadOnlyDictionary<string, JsonElement>? Redact(IReadOnlyDictionary<string, JsonElement>? metadata, ClientSecrets? secrets) =>
        metadata is null ? null : RedactPairs(metadata, metadata.Count, secrets) ?? metadata;

    /// <summary>An error object without the key in any member; the same instance when clean.</summary>
    [return: NotNullIfNotNull(nameof(detail))]
    public static OpenRouterErrorDetail? Redact(OpenRouterErrorDetail? detail, ClientSecrets? secrets)
    {
        if (detail is null)
        {
            return null;
        }

        string? code = Redact(detail.Code, secrets);
        string? message = Redact(detail.Message, secrets);
        string? errorType = Redact(detail.ErrorType, secrets);
        IReadOnlyDictionary<string, JsonElement>? metadata = Redact(detail.Metadata, secrets);
        bool availabilityChanged = false;
        JsonElement? availability = detail.Availability;
        if (availability is { } a && TryRedact(a, secrets, out JsonElement cleanAvailability))
        {
            availability = cleanAvailability;
            availabilityChanged = true;
        }

        IDictionary<string, JsonElement>? extra = detail.AdditionalProperties is { } p ? RedactPairs(p, p.Count, secrets) ?? p : null;
        if (ReferenceEquals(code, detail.Code) && ReferenceEquals(message, detail.Message) && ReferenceEquals(errorType, detail.ErrorType)
            && ReferenceEquals(metadata, detail.Metadata) && ReferenceEquals(extra, detail.AdditionalProperties)
            && !availabilityChanged)
        {
            return detail;
        }

        return new OpenRouterErrorDetail
        {
            Code = code,
            Message = message,
            ErrorType = errorType,
            Metadata = metadata,
            HttpStatus = detail.HttpStatus,
            Availability = availability,
            AdditionalProperties = extra,
        };
    }

    /// <summary>
    /// A stream's error chunk without the key in its text members, its error or its extra members; a copy (the
    /// chunk as read is left alone), or the same instance when clean. Choices and usage are kept as they are.
    /// </summary>
    public static ChatCompletionChunk Redact(ChatCompletionChunk chunk, ClientSecrets? secrets)
    {
        string id = Redact(chunk.Id, secrets);
        string? type = Redact(chunk.Object, secrets);
        string model = Redact(chunk.Model, secrets);
        string? provider = Redact(chunk.Provider, secrets);
        string? fingerprint = Redact(chunk.SystemFingerprint, secrets);
        OpenRouterErrorDetail? error = Redact(chunk.Error, secrets);
        IDictionary<string, JsonElement>? extra = chunk.AdditionalProperties is { } p ? RedactPairs(p, p.Count, secrets) ?? p : null;
        if (ReferenceEquals(id, chunk.Id) && ReferenceEquals(type, chunk.Object) && ReferenceEquals(model, chunk.Model)
            && ReferenceEquals(provider, chunk.Provider) && ReferenceEquals(fingerprint, chunk.SystemFingerprint)
            && ReferenceEquals(error, chunk.Error) && ReferenceEquals(extra, chunk.AdditionalProperties))
        {
            return chunk;
        }

        return new ChatCompletionChunk
        {
            Id = id,
            Object = type,
            Created = chunk.Created,
            Model = model,
            Provider = provider,
            SystemFingerprint = fingerprint,
            ServiceTier = chunk.ServiceTier,
            Choices = chunk.Choices,
            Usage = chunk.Usage,
            Error = error,
            AdditionalProperties = extra,
        };
    }

    /// <summary>A redacted copy of the pairs, or null when none of them holds the key.</summary>
    private static Dictionary<string, JsonElement>? RedactPairs(IEnumerable<KeyValuePair<string, JsonElement>> pairs, int count, ClientSecrets? secrets)
    {
        var cleaned = new List<KeyValuePair<string, JsonElement>>(count);
        bool changed = false;
        foreach (KeyValuePair<string, JsonElement> pair in pairs)
        {
            string name = Redact(pair.Key, secrets);
            changed |= !ReferenceEquals(name, pair.Key);
            if (TryRedact(pair.Value, secrets, out JsonElement value))
            {
                changed = true;
            }

            cleaned.Add(new KeyValuePair<string, JsonElement>(name, value));
        }

        if (!changed)
        {
            return null;
        }

        var copy = new Dictionary<string, JsonElement>(count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonElement> pair in cleaned)
        {
            copy[pair.Key] = pair.Value;
        }

        return copy;
    }

    /// <summary>Replaces every occurrence of the key, literal or escaped, in one pass.</summary>
    private static string RedactKey(string text, string? key)
    {
        if (key is null || key.Length < MinKeyLength)
        {
            return text;
        }

        StringBuilder? result = null;
        int copied = 0;
        int i = 0;
        while (i < text.Length)
        {
            int end = text[i] == key[0] || text[i] == '\\' ? MatchEnd(text, i, key) : -1;
            if (end < 0)
            {
                i++;
                continue;
            }

            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, i - copied).Append(Placeholder);
            i = copied = end;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// Where the key written at <paramref name="start"/> ends, or -1. Each character of the key may appear as itself,
    /// as a <c>\uXXXX</c> escape, or (punctuation) behind a backslash as in <c>\/</c>; the escape's backslash may itself
    /// be escaped any number of times, as when JSON is quoted inside a JSON string.
    /// </summary>
    private static int MatchEnd(string text, int start, string key)
    {
        int at = start;
        foreach (char expected in key)
        {
            if (at >= text.Length)
            {
                return -1;
            }

            if (text[at] == expected)
            {
                at++;
                continue;
            }

            if (text[at] != '\\')
            {
                return -1;
            }

            int escaped = at;
            while (escaped < text.Length && text[escaped] == '\\')
            {
                escaped++;
            }

            if (escaped < text.Length && text[escaped] == 'u' && TryReadHex(text, escaped + 1, out char decoded) && decoded == expected)
            {
                at = escaped + 5;
            }
            else if (escaped < text.Length && text[escaped] == expected && !char.IsLetterOrDigit(expected))
            {
                at = escaped + 1;
            }
            else
            {
                return -1;
            }
        }

        return at;
    }

    private static bool TryReadHex(string text, int start, out char value)
    {
        value = '\0';
        if (start + 4 > text.Length)
        {
            return false;
        }

        int result = 0;
        for (int i = start; i < start + 4; i++)
        {
            char c = text[i];
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                return false;
            }

            result = (result << 4) | digit;
        }

        value = (char)result;
        return true;
    }

    private static JsonElement ParseElement(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
