using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A group that the organization's identity provider pushed through SCIM (<see cref="OpenRouterScimClient.ListGroupsAsync"/>).
/// A <see cref="ScimGroupMapping"/> gives its members a role in a workspace.
/// </summary>
public sealed class ScimGroup
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _organizationId = string.Empty;
    private string _displayName = string.Empty;

    /// <summary>The group's id (a UUID); a mapping names the group by it. (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The id of the organization the group belongs to, such as <c>org_123456</c>. (<c>organization_id</c>)</summary>
    [JsonPropertyName("organization_id")]
    public string OrganizationId { get => _organizationId; set => _organizationId = value ?? string.Empty; }

    /// <summary>The group's id in the identity provider, if it sent one. (<c>external_id</c>)</summary>
    [JsonPropertyName("external_id")]
    public string? ExternalId { get; set; }

    /// <summary>The group's name, such as <c>Engineering</c>. (<c>display_name</c>)</summary>
    [JsonPropertyName("display_name")]
    public string DisplayName { get => _displayName; set => _displayName = value ?? string.Empty; }

    /// <summary>When the group was created. (<c>created_at</c>)</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the group was last updated. (<c>updated_at</c>)</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
