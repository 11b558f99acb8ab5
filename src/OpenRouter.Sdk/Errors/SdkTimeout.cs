namespace OpenRouter.Sdk;

/// <summary>The SDK's own timers; which one fired decides the message and the limit of the timeout exception.</summary>
internal enum SdkTimeout
{
    /// <summary>No SDK timer fired.</summary>
    None,

    /// <summary><see cref="OpenRouterClientOptions.RequestTimeout"/>: the whole of a non-streamed call.</summary>
    Request,

    /// <summary><see cref="OpenRouterClientOptions.StreamResponseTimeout"/>: the wait for a stream's response headers.</summary>
    StreamHeaders,

    /// <summary><see cref="OpenRouterClientOptions.StreamIdleTimeout"/>: silence between a stream's events.</summary>
    StreamIdle,
}
