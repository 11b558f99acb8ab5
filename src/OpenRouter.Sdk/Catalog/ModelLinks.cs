using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Related API addresses of a model (<c>links</c>).</summary>
public sealed class ModelLinks
{
    /// <summary>The path of the model's endpoint list, for example <c>/api/v1/models/openai/gpt-4o/endpoints</c>.</summary>
    [JsonPropertyName("details")]
    public string? Details { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
