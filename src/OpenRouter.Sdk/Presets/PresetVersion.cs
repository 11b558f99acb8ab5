using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// One version of a preset (<see cref="OpenRouterPresetsClient.ListVersionsAsync"/>,
/// <see cref="OpenRouterPresetsClient.GetVersionAsync"/>): its request settings and optional system prompt. Versions
/// are numbered from 1.
/// </summary>
public sealed class PresetVersion
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _presetId = string.Empty;
    private string _creatorId = string.Empty;

    /// <summary>The version's id (a UUID). (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The id of the preset this version belongs to. (<c>preset_id</c>)</summary>
    [JsonPropertyName("preset_id")]
    public string PresetId { get => _presetId; set => _presetId = value ?? string.Empty; }

    /// <summary>The version number, from 1. (<c>version</c>)</summary>
    [JsonPropertyName("version")]
    public int Version { get; set; }

    /// <summary>The system prompt the version adds to requests, if any. (<c>system_prompt</c>)</summary>
    [JsonPropertyName("system_prompt")]
    public string? SystemPrompt { get; set; }

    /// <summary>
    /// The version's request settings as the server sent them, by wire name (such as <c>model</c> and
    /// <c>temperature</c>). The spec leaves this object open, so its values stay JSON: read one with
    /// <c>Config["model"].GetString()</c>. Null only when the server sent none. (<c>config</c>)
    /// </summary>
    [JsonPropertyName("config")]
    public IReadOnlyDictionary<string, JsonElement>? Config { get; set; }

    /// <summary>The user who created the version. (<c>creator_id</c>)</summary>
    [JsonPropertyName("creator_id")]
    public string CreatorId { get => _creatorId; set => _creatorId = value ?? string.Empty; }

    /// <summary>When the version was created. (<c>created_at</c>)</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the version was last updated. (<c>updated_at</c>)</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
