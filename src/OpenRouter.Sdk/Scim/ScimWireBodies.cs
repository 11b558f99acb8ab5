using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>The answer of <c>DELETE /scim/group-mappings/{id}</c>: <c>{"deleted":true}</c>.</summary>
internal sealed class ScimGroupMappingDeletion
{
    [JsonPropertyName("deleted")]
    public bool? Deleted { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
