using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// The <c>{"data": ...}</c> wrapper of the catalog and account endpoints. Siblings (<c>total_count</c>, <c>links</c>,
/// or an <c>error</c> in a 200 body) land in <see cref="AdditionalProperties"/>.
/// </summary>
internal sealed class DataEnvelope<T>
    where T : class
{
    [JsonPropertyName("data")]
    public T? Data { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
