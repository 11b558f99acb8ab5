using OpenRouter.Sdk.Internal;
using System;
using System.Net.Http;
using System.Runtime.CompilerServices;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// Puts <see cref="OpenRouterClientOptions.HttpVersion"/> and <see cref="OpenRouterClientOptions.HttpVersionPolicy"/>
/// on a request. Per request, not on the handler or the <see cref="HttpClient"/>: that way it holds for a client the
/// caller supplies too (<see cref="HttpClient.SendAsync(HttpRequestMessage, HttpCompletionOption, System.Threading.CancellationToken)"/>
/// does not apply <c>DefaultRequestVersion</c> to a request it is given).
/// </summary>
internal static class RequestHttpVersion
{
    [MethodImpl(HotPath.Options)]
    public static void Apply(HttpRequestMessage request, OpenRouterClientOptions options)
    {
#if NET
        request.Version = options.HttpVersion;
        // The SDK's enum has the framework's names and values.
        request.VersionPolicy = (HttpVersionPolicy)(int)options.HttpVersionPolicy;
#else
        // No policy on this framework's request, and the .NET Framework and Mono handlers speak only HTTP/1.x: "or
        // lower" is honoured by asking for HTTP/1.1; the other policies ask for the version as configured.
        request.Version = options.HttpVersionPolicy == OpenRouterHttpVersionPolicy.RequestVersionOrLower && options.HttpVersion > Http11
            ? Http11
            : options.HttpVersion;
#endif
    }

#if !NET
    private static readonly Version Http11 = new(1, 1);
#endif
}
