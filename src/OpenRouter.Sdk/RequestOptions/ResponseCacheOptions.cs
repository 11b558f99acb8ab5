using System;

namespace OpenRouter.Sdk;

/// <summary>
/// OpenRouter's response cache for one call: an identical request (same body, model, key and streaming mode) made
/// while a cached answer lives is answered from the cache, at no cost. Sent as headers by
/// <see cref="OpenRouterRequestOptions.ResponseCache"/>.
/// </summary>
public sealed class ResponseCacheOptions
{
    /// <summary>
    /// Turns the cache on (<c>X-OpenRouter-Cache: true</c>) or off (<c>false</c>, which also overrides a preset that
    /// turns it on) for this call. Null sends nothing.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// How long an answer stored by this call stays in the cache (<c>X-OpenRouter-Cache-TTL</c>, in whole seconds;
    /// OpenRouter accepts 1 second to 24 hours, 5 minutes by default). Null sends nothing; a value that is not a
    /// positive whole number of seconds is refused when the call is sent.
    /// </summary>
    public TimeSpan? Ttl { get; set; }

    /// <summary>Drops the cached answer of this request first, so this call goes to the model (<c>X-OpenRouter-Cache-Clear: true</c>).</summary>
    public bool Clear { get; set; }
}
