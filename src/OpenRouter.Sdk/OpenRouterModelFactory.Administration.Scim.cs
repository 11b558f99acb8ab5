using System;

namespace OpenRouter.Sdk;

public static partial class OpenRouterModelFactory
{
    /// <summary>Builds a <see cref="Sdk.ScimGroup"/>, a group the identity provider pushed through SCIM (<c>GET /scim/groups</c>).</summary>
    /// <param name="id">The group's id (a UUID); null gives the empty string.</param>
    /// <param name="organizationId">The organization's id, such as <c>org_123456</c>; null gives the empty string.</param>
    /// <param name="externalId">The group's id in the identity provider; null when it sent none.</param>
    /// <param name="displayName">The group's name, such as <c>Engineering</c>; null gives the empty string.</param>
    /// <param name="createdAt">When the group was created.</param>
    /// <param name="updatedAt">When the group was last updated.</param>
    /// <returns>The group.</returns>
    public static ScimGroup ScimGroup(
        string? id = null,
        string? organizationId = null,
        string? externalId = null,
        string? displayName = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? updatedAt = null) => new()
    {
        Id = id!,
        OrganizationId = organizationId!,
        ExternalId = externalId,
        DisplayName = displayName!,
        CreatedAt = createdAt,
        UpdatedAt = updatedAt,
    };

    /// <summary>Builds a <see cref="Sdk.ScimGroupMapping"/>, a SCIM group mapped to a workspace with a role (<c>/scim/group-mappings</c>).</summary>
    /// <param name="id">The mapping's id (a UUID); null gives the empty string.</param>
    /// <param name="organizationId">The organization's id; null gives the empty string.</param>
    /// <param name="scimGroupId">The SCIM group's id; null gives the empty string.</param>
    /// <param name="workspaceId">The workspace's id; null gives the empty string.</param>
    /// <param name="role">The role the group's members hold in the workspace.</param>
    /// <param name="createdAt">When the mapping was created.</param>
    /// <param name="updatedAt">When the mapping was last updated.</param>
    /// <returns>The mapping.</returns>
    public static ScimGroupMapping ScimGroupMapping(
        string? id = null,
        string? organizationId = null,
        string? scimGroupId = null,
        string? workspaceId = null,
        WorkspaceMemberRole? role = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? updatedAt = null) => new()
    {
        Id = id!,
        OrganizationId = organizationId!,
        ScimGroupId = scimGroupId!,
        WorkspaceId = workspaceId!,
        Role = role,
        CreatedAt = createdAt,
        UpdatedAt = updatedAt,
    };
}
