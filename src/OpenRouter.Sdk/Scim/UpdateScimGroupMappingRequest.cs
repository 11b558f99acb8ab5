using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The change to a SCIM group mapping, for <see cref="OpenRouterScimClient.UpdateGroupMappingAsync"/>
/// (<c>PATCH /scim/group-mappings/{id}</c>).
/// </summary>
public sealed class UpdateScimGroupMappingRequest
{
    /// <summary>The new role of the group's members in the workspace, such as <see cref="WorkspaceMemberRole.Admin"/>. (<c>role</c>, required)</summary>
    [JsonPropertyName("role")]
    public WorkspaceMemberRole Role { get; set; }
}
