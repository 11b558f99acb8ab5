using OpenRouter.Sdk.Internal;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// The headers of one call's <see cref="OpenRouterRequestOptions"/>, checked and encoded once before the call: every
/// attempt of the call (a retry resends the same message) carries exactly these. They go out without the framework's
/// parsing, so the checks here keep a value from adding a header or a request: a control character is refused,
/// naming the header but never quoting its value (it may hold a secret), and text outside ASCII is percent-encoded.
/// </summary>
internal sealed class RequestHeaders
{
    /// <summary>Headers the client sets itself on every call; a call's options cannot replace them.</summary>
    private static readonly HashSet<string> Owned = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "HTTP-Referer", "X-OpenRouter-Title", "X-Title", "X-OpenRouter-Categories",
        "User-Agent", "Accept", "Content-Type", "Content-Length", "Content-Encoding", "Host", "Transfer-Encoding",
        "Connection", "Expect", "Upgrade", "TE", "Trailer", "Keep-Alive",
    };

    /// <summary>Headers a property of <see cref="OpenRouterRequestOptions"/> sends, with the property to use.</summary>
    private static readonly Dictionary<string, string> Typed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["X-OpenRouter-Metadata"] = nameof(OpenRouterRequestOptions.Metadata),
        ["x-session-id"] = nameof(OpenRouterRequestOptions.SessionId),
        ["X-OpenRouter-Cache"] = nameof(OpenRouterRequestOptions.ResponseCache),
        ["X-OpenRouter-Cache-TTL"] = nameof(OpenRouterRequestOptions.ResponseCache),
        ["X-OpenRouter-Cache-Clear"] = nameof(OpenRouterRequestOptions.ResponseCache),
        ["x-anthropic-beta"] = nameof(OpenRouterRequestOptions.AnthropicBeta),
    };

    private readonly List<KeyValuePair<string, string>> _headers;

    private RequestHeaders(List<KeyValuePair<string, string>> headers)
    {
        _headers = headers;
    }

    /// <summary>The headers, in the order they are sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Items => _headers;

    /// <summary>The checked headers of <paramref name="options"/>, or null when there are none to send.</summary>
    /// <exception cref="ArgumentException">A name or value is not allowed.</exception>
    [MethodImpl(HotPath.Options)]
    public static RequestHeaders? From(OpenRouterRequestOptions? options)
    {
        if (options is null)
        {
            return null;
        }

        var headers = new List<KeyValuePair<string, string>>();
        if (options.Metadata is { } metadata)
        {
            Add(headers, "X-OpenRouter-Metadata", metadata.Value);
        }

        if (!string.IsNullOrWhiteSpace(options.SessionId))
        {
            Add(headers, "x-session-id", options.SessionId!);
        }

        if (options.ResponseCache is { } cache)
        {
            if (cache.Enabled is { } enabled)
            {
                Add(headers, "X-OpenRouter-Cache", enabled ? "true" : "false");
            }

            if (cache.Ttl is { } ttl)
            {
                if (ttl.Ticks <= 0 || ttl.Ticks % TimeSpan.TicksPerSecond != 0)
                {
                    throw new ArgumentException(
                        $"OpenRouterRequestOptions.ResponseCache.Ttl must be a positive whole number of seconds (it is sent as X-OpenRouter-Cache-TTL); it was {ttl}.",
                        "request");
                }

                Add(headers, "X-OpenRouter-Cache-TTL", (ttl.Ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture));
            }

            if (cache.Clear)
            {
                Add(headers, "X-OpenRouter-Cache-Clear", "true");
            }
        }

        if (options.AnthropicBeta is { Count: > 0 } betas)
        {
            var features = new List<string>(betas.Count);
            foreach (string? beta in betas)
            {
                if (string.IsNullOrWhiteSpace(beta) || beta!.IndexOf(',') >= 0)
                {
                    throw new ArgumentException(
                        "OpenRouterRequestOptions.AnthropicBeta must hold feature names without commas (they are sent joined by commas in x-anthropic-beta); one is blank or has a comma.",
                        "request");
                }

                features.Add(beta.Trim());
            }

            Add(headers, "x-anthropic-beta", string.Join(",", features));
        }

        foreach (KeyValuePair<string, string> header in options.Headers)
        {
            // Checked again here: the name rules hold for any way the header got in.
            CheckName(header.Key, typedAllowed: false);
            Add(headers, header.Key, header.Value);
        }

        return headers.Count == 0 ? null : new RequestHeaders(headers);
    }

    /// <summary>Adds the headers to a request being built.</summary>
    public void AddTo(HttpRequestHeaders headers)
    {
        foreach (KeyValuePair<string, string> header in _headers)
        {
            headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    /// <summary>
    /// Refuses a name that is not an HTTP token, that the client owns, or (unless <paramref name="typedAllowed"/>)
    /// that a property of the options sends.
    /// </summary>
    public static void CheckName(string name, bool typedAllowed)
    {
        string trimmed = name.Trim();
        if (trimmed.Length == 0 || !IsToken(trimmed))
        {
            // A name that is not a token could split the header; it is quoted only when it is printable.
            string shown = IsPrintableAscii(trimmed) ? $"'{trimmed}' " : string.Empty;
            throw new ArgumentException(
                $"The header name {shown}is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`|~ only).", nameof(name));
        }

        if (Owned.Contains(trimmed))
        {
            throw new ArgumentException(
                $"The header '{trimmed}' is set by the client and cannot be set per request (configure it on OpenRouterClientOptions, or leave it to the SDK).",
                nameof(name));
        }

        if (!typedAllowed && Typed.TryGetValue(trimmed, out string? property))
        {
            throw new ArgumentException(
                $"The header '{trimmed}' is sent by OpenRouterRequestOptions.{property}; set that property instead.", nameof(name));
        }
    }

    /// <summary>Refuses a value with a control character (other than a tab), naming the header and never quoting the value.</summary>
    public static void CheckValue(string name, string value)
    {
        int at = HeaderValues.IndexOfControl(value);
        if (at >= 0)
        {
            throw new ArgumentException(
                $"The value of the header '{name.Trim()}' contains a control character (U+{(int)value[at]:X4}) at position {at + 1}; a header value must be one line of text (a tab is allowed).",
                nameof(value));
        }
    }

    private static void Add(List<KeyValuePair<string, string>> headers, string name, string value)
    {
        CheckValue(name, value);
        string? wire = HeaderValues.ToWire(value, name);
        if (wire is not null)
        {
            headers.Add(new KeyValuePair<string, string>(name.Trim(), wire));
        }
    }

    private static bool IsToken(string name)
    {
        foreach (char c in name)
        {
            bool ok = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
                || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPrintableAscii(string text)
    {
        foreach (char c in text)
        {
            if (c < 0x20 || c > 0x7E)
            {
                return false;
            }
        }

        return true;
    }
}
