using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;

namespace OpenRouter.Sdk;

/// <summary>
/// Reads the wait a server asks for: <c>retry-after-ms</c> (milliseconds, wins when present), then
/// <c>Retry-After</c> as seconds or as an HTTP date. Any wait a <see cref="TimeSpan"/> can hold is returned, however long,
/// so that the caller can refuse it and report it; junk (not a number, infinite, negative, a past date, or a number too
/// large for a <see cref="TimeSpan"/>) is ignored, never thrown.
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
            return null;
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

    private static bool TryGetSingle(HttpResponseHeaders headers, string name, out string? value)
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
