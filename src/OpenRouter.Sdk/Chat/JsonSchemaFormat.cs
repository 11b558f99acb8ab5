using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The <c>json_schema</c> object of a <see cref="ResponseFormat"/>.</summary>
public sealed class JsonSchemaFormat
{
    /// <summary>The schema name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>An optional description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The JSON Schema.</summary>
    [JsonPropertyName("schema")]
    public JsonElement? Schema { get; init; }

    /// <summary>Whether the schema is enforced exactly.</summary>
    [JsonPropertyName("strict")]
    public bool? Strict { get; init; }
}
