using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>The answer of <c>DELETE /observability/destinations/{id}</c>: <c>{"deleted":true}</c>; an <c>error</c> in a 200 body lands in the extension data.</summary>
internal sealed class ObservabilityDestinationDeletion
{
    [JsonPropertyName("deleted")]
    public bool? Deleted { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
