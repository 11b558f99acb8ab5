using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The answer of <see cref="OpenRouterWorkspacesClient.AddMembersAsync"/> (<c>POST /workspaces/{id}/members/add</c>).</summary>
public sealed class WorkspaceMembersAdded
{
    /// <summary>How many memberships were created or updated. (<c>added_count</c>)</summary>
    [JsonPropertyName("added_count")]
    public int AddedCount { get; set; }

    /// <summary>The added memberships. (<c>data</c>)</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<WorkspaceMember> Members { get; set; } = [];

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
