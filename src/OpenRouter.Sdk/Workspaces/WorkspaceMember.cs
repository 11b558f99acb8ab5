using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A member of a workspace (<see cref="OpenRouterWorkspacesClient.ListMembersAsync"/>).</summary>
public sealed class WorkspaceMember
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _workspaceId = string.Empty;
    private string _userId = string.Empty;

    /// <summary>The membership's id (a UUID). (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The workspace's id. (<c>workspace_id</c>)</summary>
    [JsonPropertyName("workspace_id")]
    public string WorkspaceId { get => _workspaceId; set => _workspaceId = value ?? string.Empty; }

    /// <summary>The member's user id. (<c>user_id</c>)</summary>
    [JsonPropertyName("user_id")]
    public string UserId { get => _userId; set => _userId = value ?? string.Empty; }

    /// <summary>The member's role in the workspace. (<c>role</c>)</summary>
    [JsonPropertyName("role")]
    public WorkspaceMemberRole? Role { get; set; }

    /// <summary>When the membership was created. (<c>created_at</c>)</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
