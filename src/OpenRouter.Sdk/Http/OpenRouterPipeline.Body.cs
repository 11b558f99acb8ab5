using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http;

/// <summary>Reading a successful answer's body and its JSON.</summary>
internal sealed partial class OpenRouterPipeline
{
    /// <summary>Reads the whole body and its JSON with <paramref name="read"/>; a body that is not the JSON expected is an invalid response.</summary>
    private async Task<T> ReadBodyAsync<T>(HttpResponseMessage response, Func<byte[], T?> read, CancellationToken cancellationToken) =>
        ParseBody(await ReadAllAsync(response, cancellationToken).ConfigureAwait(false), read, cancellationToken);

    /// <summary>The JSON of a body read whole (<see cref="ReadAllAsync"/>) with <paramref name="read"/>; a body that is not the JSON expected is an invalid response.</summary>
    private T ParseBody<T>(byte[] bytes, Func<byte[], T?> read, CancellationToken cancellationToken)
    {
        // A transport that ends a cancelled read as a short body (older handlers) must not pass it off as the answer.
        cancellationToken.ThrowIfCancellationRequested();
        T? value;
        try
        {
            value = read(bytes);
        }
        catch (JsonException e)
        {
            throw OpenRouterErrorFactory.InvalidJson(bytes, e, _secrets);
        }

        return value ?? throw OpenRouterErrorFactory.InvalidJson(bytes, null, _secrets);
    }

    private async Task<byte[]> ReadAllAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
#if NET
            return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
            using (cancellationToken.Register(static r => ((HttpResponseMessage)r!).Dispose(), response))
            {
                return await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            }
#endif
        }
        catch (Exception e) when (OpenRouterErrorFactory.IsUndecodable(e))
        {
            throw OpenRouterErrorFactory.BadEncoding(response, e, _secrets);
        }
        catch (Exception e) when ((e is IOException or HttpRequestException or ObjectDisposedException) && !cancellationToken.IsCancellationRequested)
        {
            throw OpenRouterErrorFactory.BodyDropped(e);
        }

        // A read ended by cancellation (older transports dispose the response to end it) propagates as it is: the
        // cancellation rules in SendAsync say whose cancellation it was.
    }
}
