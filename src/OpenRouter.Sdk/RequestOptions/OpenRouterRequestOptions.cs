using System;
using System.Collections.Generic;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Headers for one call, carried by the request (<see cref="ChatCompletionRequest.RequestOptions"/>,
/// <see cref="EmbeddingsRequest.RequestOptions"/>, <see cref="ResponseRequest.RequestOptions"/>) and never written
/// into its JSON body: routing metadata (<c>X-OpenRouter-Metadata</c>), a session id (<c>x-session-id</c>), response
/// caching (<c>X-OpenRouter-Cache*</c>), Anthropic beta features (<c>x-anthropic-beta</c>) and any other header added
/// with <see cref="AddHeader"/>. A retry sends the same headers again.
/// </summary>
/// <remarks>
/// Values are checked when the request is sent, as the client's own header settings are: a control character (other
/// than a tab) is refused with an <see cref="ArgumentException"/> that names the header (never its value), and text
/// outside ASCII goes out percent-encoded as UTF-8. <c>Authorization</c> and the headers the client owns
/// (<c>HTTP-Referer</c>, <c>X-OpenRouter-Title</c>, <c>X-Title</c>, <c>X-OpenRouter-Categories</c>, <c>User-Agent</c>,
/// <c>Accept</c>, the content headers) cannot be set here.
/// </remarks>
public sealed class OpenRouterRequestOptions
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether OpenRouter adds its routing metadata (<see cref="ChatCompletion.OpenRouterMetadata"/>) to the answer,
    /// its chunks and its errors (<c>X-OpenRouter-Metadata: enabled|disabled</c>). Null sends nothing (the server's
    /// default is <c>disabled</c>).
    /// </summary>
    public OpenRouterMetadataLevel? Metadata { get; set; }

    /// <summary>
    /// Groups related calls (a conversation, an agent run) for sticky provider routing and observability
    /// (<c>x-session-id</c>). The only way to group calls whose body has no <c>session_id</c> (embeddings); when a
    /// chat body has one too, the body's wins. Null or blank sends nothing.
    /// </summary>
    public string? SessionId { get; set; }

    /// <summary>
    /// OpenRouter's response cache for this call (<c>X-OpenRouter-Cache</c>, <c>-TTL</c>, <c>-Clear</c>); the answer
    /// says whether it came from the cache in <see cref="ChatCompletion.ResponseCache"/>. Null sends nothing.
    /// </summary>
    public ResponseCacheOptions? ResponseCache { get; set; }

    /// <summary>
    /// Anthropic beta features to turn on for an Anthropic model (<c>x-anthropic-beta</c>, sent as one
    /// comma-separated value), for example <c>fine-grained-tool-streaming-2025-05-14</c>. Null or empty sends nothing.
    /// </summary>
    public IList<string>? AnthropicBeta { get; set; }

    /// <summary>Other headers to send, by name (names compare ignoring case), as added with <see cref="AddHeader"/>.</summary>
    public IReadOnlyDictionary<string, string> Headers => _headers;

    /// <summary>
    /// Adds a header to send with the call (a header added again replaces the earlier value), for headers this type
    /// has no property for.
    /// </summary>
    /// <param name="name">The header name, an HTTP token such as <c>X-Custom-Trace</c>.</param>
    /// <param name="value">The value; one line of text.</param>
    /// <returns>These options, to chain calls.</returns>
    /// <exception cref="ArgumentException">
    /// The name is blank or not a valid header name; it is <c>Authorization</c> or a header the client owns; it is a
    /// header one of the properties sends (use the property); or the value has a control character.
    /// </exception>
    public OpenRouterRequestOptions AddHeader(string name, string value)
    {
        Argument.NotBlank(name, "A header name is required.");
        Argument.NotNull(value);
        RequestHeaders.CheckName(name, typedAllowed: false);
        RequestHeaders.CheckValue(name, value);
        _headers[name.Trim()] = value;
        return this;
    }

    /// <summary>Removes a header added with <see cref="AddHeader"/>.</summary>
    /// <param name="name">The header name (compared ignoring case).</param>
    /// <returns>Whether the header was there.</returns>
    public bool RemoveHeader(string name)
    {
        Argument.NotNull(name);
        return _headers.Remove(name.Trim());
    }

    /// <summary>A copy that shares nothing mutable with these options.</summary>
    internal OpenRouterRequestOptions Clone()
    {
        var copy = new OpenRouterRequestOptions
        {
            Metadata = Metadata,
            SessionId = SessionId,
            ResponseCache = ResponseCache is { } cache ? new ResponseCacheOptions { Enabled = cache.Enabled, Ttl = cache.Ttl, Clear = cache.Clear } : null,
            AnthropicBeta = AnthropicBeta is null ? null : new List<string>(AnthropicBeta),
        };
        foreach (KeyValuePair<string, string> header in _headers)
        {
            copy._headers[header.Key] = header.Value;
        }

        return copy;
    }
}
