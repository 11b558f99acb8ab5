using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A preset: a named, versioned set of request settings (model, parameters, system prompt) used by a request as
/// <c>"@preset/&lt;slug&gt;"</c> (<see cref="OpenRouterPresetsClient"/>). Its settings live in its versions
/// (<see cref="PresetVersion"/>); one of them is the designated version requests use.
/// </summary>
public sealed class Preset
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _name = string.Empty;
    private string _slug = string.Empty;

    /// <summary>The preset's id (a UUID). (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The preset's name. (<c>name</c>)</summary>
    [JsonPropertyName("name")]
    public string Name { get => _name; set => _name = value ?? string.Empty; }

    /// <summary>The URL-safe slug that names the preset in paths and in <c>"@preset/&lt;slug&gt;"</c>. (<c>slug</c>)</summary>
    [JsonPropertyName("slug")]
    public string Slug { get => _slug; set => _slug = value ?? string.Empty; }

    /// <summary>The preset's description, if any. (<c>description</c>)</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Whether the preset is active, disabled or archived. (<c>status</c>)</summary>
    [JsonPropertyName("status")]
    public PresetStatus Status { get; set; }

    /// <summary>When <see cref="Status"/> last changed; null if never. (<c>status_updated_at</c>)</summary>
    [JsonPropertyName("status_updated_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? StatusUpdatedAt { get; set; }

    /// <summary>The id of the version requests use; null when none is designated. (<c>designated_version_id</c>)</summary>
    [JsonPropertyName("designated_version_id")]
    public string? DesignatedVersionId { get; set; }

    /// <summary>
    /// The designated version itself. Only <see cref="OpenRouterPresetsClient.GetAsync"/> returns it inline; it is
    /// null on the presets of <see cref="OpenRouterPresetsClient.ListAsync"/> and when no version is designated.
    /// (<c>designated_version</c>)
    /// </summary>
    [JsonPropertyName("designated_version")]
    public PresetVersion? DesignatedVersion { get; set; }

    /// <summary>The user who created the preset, if known. (<c>creator_user_id</c>)</summary>
    [JsonPropertyName("creator_user_id")]
    public string? CreatorUserId { get; set; }

    /// <summary>The workspace the preset belongs to, if any. (<c>workspace_id</c>)</summary>
    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; set; }

    /// <summary>When the preset was created. (<c>created_at</c>)</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the preset was last updated. (<c>updated_at</c>)</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
