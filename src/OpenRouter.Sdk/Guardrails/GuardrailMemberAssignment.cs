using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>An organization member assigned to a guardrail (<c>GET /guardrails/{id}/assignments/members</c>, <c>GET /guardrails/assignments/members</c>).</summary>
public sealed class GuardrailMemberAssignment
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _guardrailId = string.Empty;
    private string _userId = string.Empty;
    private string _organizationId = string.Empty;

    /// <summary>The assignment's id (a UUID). (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The guardrail the member is assigned to. (<c>guardrail_id</c>)</summary>
    [JsonPropertyName("guardrail_id")]
    public string GuardrailId { get => _guardrailId; set => _guardrailId = value ?? string.Empty; }

    /// <summary>The assigned member's user id. (<c>user_id</c>)</summary>
    [JsonPropertyName("user_id")]
    public string UserId { get => _userId; set => _userId = value ?? string.Empty; }

    /// <summary>The organization the member belongs to. (<c>organization_id</c>)</summary>
    [JsonPropertyName("organization_id")]
    public string OrganizationId { get => _organizationId; set => _organizationId = value ?? string.Empty; }

    /// <summary>The user who made the assignment, if known. (<c>assigned_by</c>)</summary>
    [JsonPropertyName("assigned_by")]
    public string? AssignedBy { get; set; }

    /// <summary>When the assignment was made. (<c>created_at</c>)</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
