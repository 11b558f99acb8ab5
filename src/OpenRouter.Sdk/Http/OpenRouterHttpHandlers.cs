using System;
using System.Net;
using System.Net.Http;

namespace OpenRouter.Sdk.Http;

/// <summary>Builds the handler chain a standalone <see cref="OpenRouterClient"/> sends through.</summary>
internal static class OpenRouterHttpHandlers
{
    /// <summary>The standalone chain: <see cref="OpenRouterResilienceHandler"/> over the no-redirect socket handler, as <c>AddOpenRouter</c> builds it.</summary>
    public static HttpMessageHandler CreateDefault(OpenRouterClientOptions options) =>
        new OpenRouterResilienceHandler(options, CreatePrimary());

    /// <summary>
    /// The socket handler: no redirects (the key must not follow them), decompression on, and pooled connections
    /// recycled every few minutes so DNS changes are seen by a long-lived client. A response abandoned before its end
    /// (a stream left early) closes its connection at once instead of being drained, so the server stops generating.
    /// Over HTTP/2 (<see cref="OpenRouterClientOptions.HttpVersion"/>) a new connection is opened when the ones open
    /// carry as many streams as the server allows (100 on many servers), instead of queueing the call behind them;
    /// connections per server are not capped, so over HTTP/1.1 every call in flight has its own.
    /// </summary>
    public static HttpMessageHandler CreatePrimary()
    {
#if NET
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxResponseDrainSize = 0,
            EnableMultipleHttp2Connections = true,
        };
#else
        return new HttpClientHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        };
#endif
    }
}
