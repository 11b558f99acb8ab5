using System.Collections.Generic;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

// Identity, caching and observability: user, session, metadata, trace, presets, prompt caching, usage accounting.
public sealed partial class ChatRequestBuilder
{
    /// <summary>Your end user's id, for abuse isolation (<c>user</c>).</summary>
    public ChatRequestBuilder WithUser(string user)
    {
        _draft.User = RequireText(user, nameof(user));
        return this;
    }

    /// <summary>Groups requests into a session and keeps them on one provider (<c>session_id</c>).</summary>
    public ChatRequestBuilder WithSessionId(string sessionId)
    {
        _draft.SessionId = RequireText(sessionId, nameof(sessionId));
        return this;
    }

    /// <summary>Adds a string pair stored with the generation (<c>metadata</c>); a repeated key replaces its value.</summary>
    public ChatRequestBuilder WithMetadata(string key, string value)
    {
        Argument.Requires(!string.IsNullOrEmpty(key), "A metadata key is required.", nameof(key));

        _draft.Metadata ??= new Dictionary<string, string>();
        _draft.Metadata[key] = Argument.NotNull(value);
        return this;
    }

    /// <summary>Observability trace fields (<c>trace</c>); the object is copied.</summary>
    public ChatRequestBuilder WithTrace(TraceOptions trace)
    {
        _draft.Trace = RequestCopy.Of(Argument.NotNull(trace));
        return this;
    }

    /// <summary>A preset to apply (<c>preset</c>), <c>@preset/slug</c>.</summary>
    public ChatRequestBuilder WithPreset(string preset)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(preset), "A preset slug is required.", nameof(preset));

        _draft.Preset = preset;
        return this;
    }

    /// <summary>Automatic prompt caching for the whole request (<c>cache_control</c>).</summary>
    /// <param name="ttl">Optional time to live, <c>"5m"</c> or <c>"1h"</c>.</param>
    public ChatRequestBuilder WithCacheControl(string? ttl = null)
    {
        _draft.CacheControl = new CacheControl(ttl);
        return this;
    }

    /// <summary>An OpenAI prompt cache key (<c>prompt_cache_key</c>).</summary>
    public ChatRequestBuilder WithPromptCacheKey(string key)
    {
        _draft.PromptCacheKey = RequireText(key, nameof(key));
        return this;
    }

    /// <summary>Explicit prompt-cache options (<c>prompt_cache_options</c>).</summary>
    public ChatRequestBuilder WithPromptCacheOptions(string? ttl = null)
    {
        _draft.PromptCacheOptions = new PromptCacheOptions { Ttl = ttl };
        return this;
    }

    /// <summary>Web search options (<c>web_search_options</c>), for example a search context size of <c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    public ChatRequestBuilder WithWebSearchOptions(string searchContextSize)
    {
        _draft.WebSearchOptions = new WebSearchOptions { SearchContextSize = RequireText(searchContextSize, nameof(searchContextSize)) };
        return this;
    }

    /// <summary>Streaming only: echoes the body sent upstream in the first chunk (<c>debug.echo_upstream_body</c>).</summary>
    public ChatRequestBuilder WithEchoUpstreamBody(bool enabled = true)
    {
        _draft.Debug = new DebugOptions { EchoUpstreamBody = enabled };
        return this;
    }

    /// <summary>The deprecated usage accounting switch (<c>usage.include</c>); cost is always returned now.</summary>
    public ChatRequestBuilder WithUsageAccounting(bool include = true)
    {
        _draft.Usage = new UsageOptions { Include = include };
        return this;
    }

    /// <summary>
    /// The deprecated <c>stream_options.include_usage</c>; usage is always streamed now. Sent only with streaming
    /// calls.
    /// </summary>
    public ChatRequestBuilder WithStreamUsage(bool include = true)
    {
        _draft.StreamOptions = new StreamOptions { IncludeUsage = include };
        return this;
    }
}
