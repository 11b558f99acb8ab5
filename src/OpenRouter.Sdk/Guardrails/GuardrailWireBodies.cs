using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>The body of <c>POST /guardrails/{id}/assignments/keys</c> and of its <c>/remove</c>.</summary>
internal sealed class GuardrailKeyHashesBody
{
    [JsonPropertyName("key_hashes")]
    public List<string> KeyHashes { get; set; } = new();
}

/// <summary>The body of <c>POST /guardrails/{id}/assignments/members</c> and of its <c>/remove</c>.</summary>
internal sealed class GuardrailMemberUserIdsBody
{
    [JsonPropertyName("member_user_ids")]
    public List<string> MemberUserIds { get; set; } = new();
}

/// <summary>
/// The answer of the assign and remove operations: <c>{"assigned_count":n}</c> or <c>{"unassigned_count":n}</c>.
/// Which member is expected depends on the operation; a missing one is an invalid response.
/// </summary>
internal sealed class GuardrailAssignmentCount
{
    [JsonPropertyName("assigned_count")]
    public int? AssignedCount { get; set; }

    [JsonPropertyName("unassigned_count")]
    public int? UnassignedCount { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The answer of <c>DELETE /guardrails/{id}</c>: <c>{"deleted":true}</c>.</summary>
internal sealed class GuardrailDeletion
{
    [JsonPropertyName("deleted")]
    public bool? Deleted { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
