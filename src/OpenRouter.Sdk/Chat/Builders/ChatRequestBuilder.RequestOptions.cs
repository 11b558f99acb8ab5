using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

// Per-call headers: routing metadata, session id, response caching, Anthropic betas.
public sealed partial class ChatRequestBuilder
{
    /// <summary>
    /// Headers sent with this request only (<see cref="ChatCompletionRequest.RequestOptions"/>): routing metadata,
    /// <c>x-session-id</c>, response caching, Anthropic betas and any other header. Replaces earlier options; the
    /// options are copied, so changing them afterwards does not change the builder.
    /// </summary>
    /// <param name="options">The headers of the call.</param>
    /// <returns>This builder.</returns>
    public ChatRequestBuilder WithRequestOptions(OpenRouterRequestOptions options)
    {
        _draft.RequestOptions = Argument.NotNull(options).Clone();
        return this;
    }
}
