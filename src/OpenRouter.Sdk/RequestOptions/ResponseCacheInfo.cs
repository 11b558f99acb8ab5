using OpenRouter.Sdk.Internal;
using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;

namespace OpenRouter.Sdk;

/// <summary>
/// What OpenRouter's response cache did with a call, from its <c>X-OpenRouter-Cache-*</c> response headers: on
/// <see cref="ChatCompletion.ResponseCache"/>, <see cref="ChatCompletionChunk.ResponseCache"/> and
/// <see cref="OpenRouterResponse.ResponseCache"/> when the cache took part (see <see cref="ResponseCacheOptions"/>).
/// </summary>
public sealed class ResponseCacheInfo
{
    /// <summary>Creates the information; the SDK fills it from the response headers.</summary>
    /// <param name="status">Whether the answer came from the cache.</param>
    /// <param name="age">How long ago the cached answer was stored (a hit).</param>
    /// <param name="ttl">How long the cached answer lives.</param>
    /// <param name="sourceId">The generation id of the call whose answer was cached (a hit).</param>
    public ResponseCacheInfo(ResponseCacheStatus? status, TimeSpan? age, TimeSpan? ttl, string? sourceId)
    {
        Status = status;
        Age = age;
        Ttl = ttl;
        SourceId = sourceId;
    }

    /// <summary><see cref="ResponseCacheStatus.Hit"/> or <see cref="ResponseCacheStatus.Miss"/> (<c>X-OpenRouter-Cache-Status</c>).</summary>
    public ResponseCacheStatus? Status { get; }

    /// <summary>Whether the answer came from the cache (and cost nothing).</summary>
    public bool IsHit => Status == ResponseCacheStatus.Hit;

    /// <summary>How long ago the cached answer was stored (<c>X-OpenRouter-Cache-Age</c>, seconds).</summary>
    public TimeSpan? Age { get; }

    /// <summary>How long the cached answer lives (<c>X-OpenRouter-Cache-TTL</c>, seconds).</summary>
    public TimeSpan? Ttl { get; }

    /// <summary>The generation id of the original call whose answer was replayed (<c>X-OpenRouter-Cache-Source-Id</c>).</summary>
    public string? SourceId { get; }

    /// <inheritdoc />
    public override string ToString() => $"ResponseCacheInfo {{ Status = {Status}, Age = {Age}, Ttl = {Ttl}, SourceId = {SourceId} }}";

    /// <summary>The cache headers of <paramref name="response"/>, or null when it has none.</summary>
    [MethodImpl(HotPath.Options)]
    internal static ResponseCacheInfo? From(HttpResponseMessage response)
    {
        string? status = Header(response, "X-OpenRouter-Cache-Status");
        string? age = Header(response, "X-OpenRouter-Cache-Age");
        string? ttl = Header(response, "X-OpenRouter-Cache-TTL");
        string? source = Header(response, "X-OpenRouter-Cache-Source-Id");
        if (status is null && age is null && ttl is null && source is null)
        {
            return null;
        }

        return new ResponseCacheInfo(status is null ? default(ResponseCacheStatus?) : new ResponseCacheStatus(status), Seconds(age), Seconds(ttl), source);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) && values.FirstOrDefault() is { } value && value.Trim().Length > 0 ? value.Trim() : null;

    private static TimeSpan? Seconds(string? value) =>
        value is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
