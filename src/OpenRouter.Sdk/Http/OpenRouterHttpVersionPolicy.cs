namespace OpenRouter.Sdk;

/// <summary>
/// How <see cref="OpenRouterClientOptions.HttpVersion"/> is treated when a connection is made: the SDK's copy of
/// <c>System.Net.Http.HttpVersionPolicy</c> (same names and values), which netstandard2.0 does not have. On .NET 8 and
/// later every request carries the matching <c>HttpRequestMessage.VersionPolicy</c>; for the netstandard2.0 build see
/// <see cref="OpenRouterClientOptions.HttpVersionPolicy"/>.
/// </summary>
public enum OpenRouterHttpVersionPolicy
{
    /// <summary>
    /// The requested version or a lower one (the default). Over https the version is negotiated with ALPN: asking for
    /// HTTP/2 gets HTTP/2 from openrouter.ai and HTTP/1.1 from a server or proxy that offers only that. Over plain http
    /// (a loopback emulator) nothing is negotiated and HTTP/1.1 is used.
    /// </summary>
    RequestVersionOrLower = 0,

    /// <summary>
    /// The requested version or a higher one. Over plain http, asking for HTTP/2 this way speaks HTTP/2 without
    /// negotiation (h2c with prior knowledge), as <see cref="RequestVersionExact"/> does.
    /// </summary>
    RequestVersionOrHigher = 1,

    /// <summary>
    /// Only the requested version: a server that does not speak it fails the call
    /// (<see cref="OpenRouterConnectionException"/>). Over plain http, HTTP/2 this way is h2c with prior knowledge,
    /// the only way to speak HTTP/2 to a loopback server without TLS.
    /// </summary>
    RequestVersionExact = 2,
}
