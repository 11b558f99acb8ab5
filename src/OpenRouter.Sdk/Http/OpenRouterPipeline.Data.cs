using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.Http;

/// <summary>The <c>GET</c> operations that answer <c>{"data": ...}</c>: most of OpenRouter's API.</summary>
internal sealed partial class OpenRouterPipeline
{
    /// <summary>
    /// Sends <c>GET</c> <paramref name="path"/> with the given key and returns the answer's <c>data</c>.
    /// </summary>
    public async Task<T> GetDataAsync<T>(ApiPath path, JsonTypeInfo<DataEnvelope<T>> responseType, OpenRouterCredential credential,
        CancellationToken cancellationToken)
        where T : class
    {
        DataEnvelope<T> envelope = await SendAsync(HttpMethod.Get, path, null, responseType,
            static e => ErrorMember(e.AdditionalProperties), credential, cancellationToken).ConfigureAwait(false);
        return envelope.Data ?? throw OpenRouterErrorFactory.MissingData("GET /" + path.WithoutQuery());
    }

    /// <summary>A 200 whose body is <c>{"error":...}</c> (an object or a message string) lands the error in the extension data.</summary>
    public static JsonElement? ErrorMember(IDictionary<string, JsonElement>? extra) =>
        extra is not null && extra.TryGetValue("error", out JsonElement error) && error.ValueKind is JsonValueKind.Object or JsonValueKind.String
            ? error
            : null;
}
