using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The model an alias resolves to (<c>alias_target</c>).</summary>
public sealed class ModelAliasTarget
{
    /// <summary>The target's slug.</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; set; }

    /// <summary>The target's display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
