using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// Reads the wait a server asks for: <c>retry-after-ms</c> (milliseconds, wins when present), then
/// <c>Retry-After</c> as seconds or as an HTTP date. Junk values are ignored, never thrown.
/// </summary>
internal static class RetryAfterParser
{
    private static readonly TimeSpan Largest = TimeSpan.FromDays(1);

    public static TimeSpan? Parse(HttpResponseMessage response, DateTimeOffset now)
    {
        if (TryGetSingle(response.Headers, "retry-after-ms", out string? ms)
            && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out double millis)
            && IsUsable(millis) && millis <= Largest.TotalMilliseconds)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        if (!TryGetSingle(response.Headers, "Retry-After", out string? value))
        {
            return null;
        }

        value = value!.Trim();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
        {
            return IsUsable(seconds) && seconds <= Largest.TotalSeconds ? TimeSpan.FromSeconds(seconds) : null;
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date)
            || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            TimeSpan wait = date - now;
            return wait > TimeSpan.Zero && wait <= Largest ? wait : null;
        }

        return null;
    }

    private static bool IsUsable(double value) => !double.IsNaN(value) && !double.IsInfinity(value) && value >= 0;

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
