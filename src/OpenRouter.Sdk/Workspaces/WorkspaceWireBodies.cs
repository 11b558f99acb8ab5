using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>The body of <c>POST /workspaces/{id}/members/add</c> and <c>/members/remove</c>.</summary>
internal sealed class WorkspaceUserIdsBody
{
    [JsonPropertyName("user_ids")]
    public List<string> UserIds { get; set; } = new();
}

/// <summary>The answer of <c>POST /workspaces/{id}/members/remove</c>: <c>{"removed_count":n}</c>.</summary>
internal sealed class WorkspaceMembersRemoval
{
    [JsonPropertyName("removed_count")]
    public int? RemovedCount { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The answer of <c>DELETE /workspaces/{id}</c>: <c>{"deleted":true}</c>.</summary>
internal sealed class WorkspaceDeletion
{
    [JsonPropertyName("deleted")]
    public bool? Deleted { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
