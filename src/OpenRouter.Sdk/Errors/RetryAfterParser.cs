using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;

namespace OpenRouter.Sdk;

/// <summary>
/// Reads the wait a server asks for: <c>retry-after-ms</c> (milliseconds, wins when present), then
/// <c>Retry-After</c> as seconds or as an HTTP date, then (on a 429 that has neither) the time until OpenRouter's
/// <c>X-RateLimit-Reset</c>. Any wait a <see cref="TimeSpan"/> can hold is returned, however long, so that the caller
/// can refuse it and report it; junk (not a number, infinite, negative, a past date, or a number too large for a
/// <see cref="TimeSpan"/>) is ignored, never thrown.
/// </summary>
internal static class RetryAfterParser
{
    // 2^63 as a double: every non-negative double below it converts to a long without overflow.
    private const double TicksLimit = long.MaxValue;

    public static TimeSpan? Parse(HttpResponseMessage response, DateTimeOffset now)
    {
        if (TryGetSingle(response.Headers, "retry-after-ms", out string? ms)
            && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out double millis)
            && ToWait(millis, TimeSpan.TicksPerMillisecond) is { } fromMs)
        {
            return fromMs;
        }

        if (!TryGetSingle(response.Headers, "Retry-After", out string? value))
        {
            // A free-tier 429 may tell only when its window resets.
            return (int)response.StatusCode == 429 && RateLimitResetOf(response, now) is { } reset && reset > now ? reset - now : null;
        }

        value = value!.Trim();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
        {
            return ToWait(seconds, TimeSpan.TicksPerSecond);
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date)
            || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            // Two DateTimeOffsets are never further apart than a TimeSpan can hold.
            TimeSpan wait = date - now;
            return wait > TimeSpan.Zero ? wait : null;
        }

        return null;
    }

    /// <summary>
    /// OpenRouter's <c>X-RateLimit-Reset</c>: milliseconds since the Unix epoch (what OpenRouter sends), seconds since
    /// the epoch (a number below 10^11), seconds from now (a number below 10^9), or a date; null when absent or junk.
    /// </summary>
    public static DateTimeOffset? RateLimitResetOf(HttpResponseMessage response, DateTimeOffset now) =>
        TryGetSingle(response.Headers, "X-RateLimit-Reset", out string? value) ? ParseReset(value!, now) : null;

    /// <summary>Reads an <c>X-RateLimit-Reset</c> value (see <see cref="RateLimitResetOf"/>); <paramref name="now"/> anchors a relative one.</summary>
    public static DateTimeOffset? ParseReset(string value, DateTimeOffset now)
    {
        value = value.Trim();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
        {
            if (!(number >= 0) || double.IsInfinity(number))
            {
                return null;
            }

            if (number < 1e9)
            {
                return ToWait(number, TimeSpan.TicksPerSecond) is { } wait && wait < DateTimeOffset.MaxValue - now ? now + wait : null;
            }

            // The largest epoch a DateTimeOffset holds, in milliseconds: later values are junk.
            double millis = number < 1e11 ? number * 1000 : number;
            const double MaxEpochMillis = 253402300799999;
            return millis <= MaxEpochMillis ? DateTimeOffset.FromUnixTimeMilliseconds((long)millis) : null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date) ? date : null;
    }

    /// <summary>
    /// <paramref name="units"/> of <paramref name="ticksPerUnit"/> ticks as a wait, or null for NaN, infinity, a negative
    /// number, or one too large for a <see cref="TimeSpan"/> (a 25-digit number of seconds is junk, not "forever").
    /// Counted in ticks rather than through <c>TimeSpan.FromSeconds</c>, which throws on overflow and rounds to whole
    /// milliseconds on .NET Framework.
    /// </summary>
    private static TimeSpan? ToWait(double units, long ticksPerUnit)
    {
        double ticks = units * ticksPerUnit;
        return ticks >= 0 && ticks < TicksLimit ? TimeSpan.FromTicks((long)ticks) : null;
    }

    internal static bool TryGetSingle(HttpResponseHeaders headers, string name, out string? value)
    {
        value = null;
        if (!headers.TryGetValues(name, out var values))
        {
            return false;
        }

        foreach (string v in values)
        {
            value = v;
            return true;
        }

        return false;
    }
}
