using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http;

/// <summary>Calls whose success body is not JSON but bytes read as a stream (audio, file contents).</summary>
internal sealed partial class OpenRouterPipeline
{
    /// <summary>
    /// Sends a call whose success body is read as a stream, asking for <paramref name="accept"/>, and returns the
    /// response once its headers arrived with a success status (within
    /// <see cref="OpenRouterClientOptions.StreamResponseTimeout"/>, like an event stream). A non-2xx answer, and a 2xx
    /// answer in JSON (an error object where the body was expected), become the SDK's exceptions. The caller owns (and
    /// disposes) the response; <see cref="ResponseBodyStream"/> reads it within the idle timeout.
    /// </summary>
    public Task<HttpResponseMessage> SendForBodyStreamAsync(HttpMethod method, ApiPath path, byte[]? body, string accept, CancellationToken cancellationToken) =>
        StartResponseAsync(method, path, body, accept, headers: null, cancellationToken);
}
