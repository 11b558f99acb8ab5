using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>A page of <c>GET /files</c>, in any of its three shapes.</summary>
internal sealed class FileListPage
{
    [JsonPropertyName("data")]
    public List<OpenRouterFile?>? Data { get; set; }

    /// <summary>The next page's cursor (OpenRouter's shape); null on the last page.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; set; }

    [JsonPropertyName("has_more")]
    public bool? HasMore { get; set; }

    [JsonPropertyName("first_id")]
    public string? FirstId { get; set; }

    [JsonPropertyName("last_id")]
    public string? LastId { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The answer of <c>DELETE /files/{file_id}</c>, in any of its three shapes.</summary>
internal sealed class FileDeletion
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary><c>file_deleted</c> in OpenRouter's and Anthropic's shapes.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary><c>true</c> in OpenAI's shape.</summary>
    [JsonPropertyName("deleted")]
    public bool? Deleted { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
