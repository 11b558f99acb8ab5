using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A new SCIM group-to-workspace mapping, for <see cref="OpenRouterScimClient.CreateGroupMappingAsync"/>
/// (<c>POST /scim/group-mappings</c>). Every member is required.
/// </summary>
public sealed class CreateScimGroupMappingRequest
{
    /// <summary>The id (a UUID) of the SCIM group (<see cref="ScimGroup.Id"/>). (<c>scim_group_id</c>, required)</summary>
    [JsonPropertyName("scim_group_id")]
    public string ScimGroupId { get; set; } = string.Empty;

    /// <summary>The id (a UUID) of the workspace (<see cref="Workspace.Id"/>). (<c>workspace_id</c>, required)</summary>
    [JsonPropertyName("workspace_id")]
    public string WorkspaceId { get; set; } = string.Empty;

    /// <summary>The role the group's members get in the workspace, such as <see cref="WorkspaceMemberRole.Member"/>. (<c>role</c>, required)</summary>
    [JsonPropertyName("role")]
    public WorkspaceMemberRole Role { get; set; }
}
