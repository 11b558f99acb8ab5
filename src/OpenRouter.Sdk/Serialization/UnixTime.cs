using System;
using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads timestamps leniently: one odd record (a time in milliseconds where seconds were promised, a number far out
/// of range, text that is no time) must never fail a whole answer such as a model list. A number that is too large
/// for Unix seconds is taken as Unix milliseconds; anything still out of range, or not a time at all, is unknown
/// (null). Nothing here throws for a well-formed JSON value.
/// </summary>
internal static class UnixTime
{
    private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();
    private static readonly long MinMilliseconds = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long MaxMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    /// <summary>The time of a Unix timestamp in seconds, or in milliseconds when too large for seconds; null when neither fits.</summary>
    public static DateTimeOffset? FromSecondsOrMilliseconds(long value)
    {
        if (value >= MinSeconds && value <= MaxSeconds)
        {
            return DateTimeOffset.FromUnixTimeSeconds(value);
        }

        if (value >= MinMilliseconds && value <= MaxMilliseconds)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(value);
        }

        return null;
    }

    /// <summary>As <see cref="FromSecondsOrMilliseconds(long)"/> for a number with a fraction (seconds keep their milliseconds).</summary>
    public static DateTimeOffset? FromSecondsOrMilliseconds(double value)
    {
        if (value >= MinSeconds && value <= MaxSeconds)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(value * 1000));
        }

        if (value >= MinMilliseconds && value <= MaxMilliseconds)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(value));
        }

        return null;
    }

    /// <summary>
    /// Reads the current JSON value as a time: a number (seconds or milliseconds), a string holding such a number, or
    /// (with <paramref name="allowDateText"/>) an ISO-8601 date; null for JSON null and for anything else, which is
    /// skipped whole.
    /// </summary>
    public static DateTimeOffset? Read(ref Utf8JsonReader reader, bool allowDateText)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt64(out long whole) ? FromSecondsOrMilliseconds(whole)
                    : reader.TryGetDouble(out double number) ? FromSecondsOrMilliseconds(number)
                    : null;
            case JsonTokenType.String:
                return FromText(ref reader, allowDateText);
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>
    /// Reads the current JSON value as a raw Unix timestamp (the <c>created</c> of completions and chunks, kept as
    /// sent): a whole number as it is, a fraction truncated, a number out of range or anything else 0 (unknown, as
    /// when the member is missing). A string holding a number is that number.
    /// </summary>
    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt64(out long whole) ? whole
                    : reader.TryGetDouble(out double number) ? Truncate(number)
                    : 0;
            case JsonTokenType.String:
                return reader.ValueIsEscaped || reader.HasValueSequence || !Utf8Parser.TryParse(reader.ValueSpan, out double parsed, out int consumed) || consumed != reader.ValueSpan.Length
                    ? 0
                    : Truncate(parsed);
            default:
                reader.Skip();
                return 0;
        }
    }

    private static long Truncate(double value) =>
        value > -9.2e18 && value < 9.2e18 ? (long)value : 0;

    private static DateTimeOffset? FromText(ref Utf8JsonReader reader, bool allowDateText)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            ReadOnlySpan<byte> span = reader.ValueSpan;
            if (Utf8Parser.TryParse(span, out long whole, out int consumed) && consumed == span.Length)
            {
                return FromSecondsOrMilliseconds(whole);
            }

            if (Utf8Parser.TryParse(span, out double number, out consumed) && consumed == span.Length)
            {
                return FromSecondsOrMilliseconds(number);
            }
        }

        if (!allowDateText)
        {
            return null;
        }

        if (reader.TryGetDateTimeOffset(out DateTimeOffset iso))
        {
            return iso;
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Text that is not valid UTF-8 or UTF-16 is no date either.
            return null;
        }

        // Databases print "2025-05-12 10:00:00.123+00"; the framework wants the offset with minutes.
        if (text.EndsWith("+00", StringComparison.Ordinal))
        {
            text += ":00";
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset parsed)
            ? parsed
            : null;
    }
}
