using System;
using System.Text;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// Checks and encodes the header values taken from options (<c>HTTP-Referer</c>, <c>X-OpenRouter-Title</c>,
/// <c>X-OpenRouter-Categories</c>). They are added without the framework's parsing, so this is what keeps a value
/// from adding a header or a request: a control character is refused, and text outside ASCII (which HTTP/1.1 cannot
/// carry reliably, and which .NET refuses to send) goes out as percent-encoded UTF-8.
/// </summary>
internal static class HeaderValues
{
    /// <summary>
    /// The position of the first control character (C0, DEL or C1) other than a tab, or -1. RFC 7230 allows a
    /// horizontal tab inside a field value; CR and LF would end the header and NUL is refused by servers.
    /// </summary>
    public static int IndexOfControl(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]) && value[i] != '\t')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The value as sent: trimmed; unchanged when it is ASCII; otherwise every non-ASCII character (as UTF-8) and
    /// every <c>%</c> percent-encoded, so the result is ASCII and decodes back exactly with any URL decoder.
    /// Null for a blank value (nothing is sent).
    /// </summary>
    /// <exception cref="ArgumentException">The value has a control character (options validation refuses it first).</exception>
    public static string? ToWire(string? value, string setting)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string text = value!.Trim();
        if (IndexOfControl(text) >= 0)
        {
            throw new ArgumentException($"OpenRouterClientOptions.{setting} contains a control character.", setting);
        }

        return IsAscii(text) ? text : PercentEncode(text);
    }

    private static bool IsAscii(string text)
    {
        foreach (char c in text)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    private static string PercentEncode(string text)
    {
        var result = new StringBuilder(text.Length * 2);
        byte[] bytes = new byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80 && c != '%')
            {
                result.Append(c);
                continue;
            }

            // A surrogate pair is one character of UTF-8; a lone surrogate becomes U+FFFD as the encoder writes it.
            int length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            int count = Encoding.UTF8.GetBytes(text, i, length, bytes, 0);
            for (int b = 0; b < count; b++)
            {
                result.Append('%').Append(bytes[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            i += length - 1;
        }

        return result.ToString();
    }
}
