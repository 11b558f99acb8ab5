using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A SCIM group-to-workspace mapping (<see cref="OpenRouterScimClient"/>): the members of a <see cref="ScimGroup"/>
/// are members of a workspace with <see cref="Role"/>.
/// </summary>
public sealed class ScimGroupMapping
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _organizationId = string.Empty;
    private string _scimGroupId = string.Empty;
    private string _workspaceId = string.Empty;

    /// <summary>The mapping's id (a UUID). (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The id of the organization, such as <c>org_123456</c>. (<c>organization_id</c>)</summary>
    [JsonPropertyName("organization_id")]
    public string OrganizationId { get => _organizationId; set => _organizationId = value ?? string.Empty; }

    /// <summary>The id of the SCIM group (<see cref="ScimGroup.Id"/>). (<c>scim_group_id</c>)</summary>
    [JsonPropertyName("scim_group_id")]
    public string ScimGroupId { get => _scimGroupId; set => _scimGroupId = value ?? string.Empty; }

    /// <summary>The id of the workspace (<see cref="Workspace.Id"/>). (<c>workspace_id</c>)</summary>
    [JsonPropertyName("workspace_id")]
    public string WorkspaceId { get => _workspaceId; set => _workspaceId = value ?? string.Empty; }

    /// <summary>The role the group's members hold in the workspace. (<c>role</c>)</summary>
    [JsonPropertyName("role")]
    public WorkspaceMemberRole? Role { get; set; }

    /// <summary>When the mapping was created. (<c>created_at</c>)</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the mapping was last updated. (<c>updated_at</c>)</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
