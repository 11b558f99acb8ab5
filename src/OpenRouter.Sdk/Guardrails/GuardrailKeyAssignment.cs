using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>An API key assigned to a guardrail (<c>GET /guardrails/{id}/assignments/keys</c>, <c>GET /guardrails/assignments/keys</c>).</summary>
public sealed class GuardrailKeyAssignment
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _guardrailId = string.Empty;
    private string _keyHash = string.Empty;
    private string _keyName = string.Empty;
    private string _keyLabel = string.Empty;

    /// <summary>The assignment's id (a UUID). (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The guardrail the key is assigned to. (<c>guardrail_id</c>)</summary>
    [JsonPropertyName("guardrail_id")]
    public string GuardrailId { get => _guardrailId; set => _guardrailId = value ?? string.Empty; }

    /// <summary>The hash of the assigned API key. (<c>key_hash</c>)</summary>
    [JsonPropertyName("key_hash")]
    public string KeyHash { get => _keyHash; set => _keyHash = value ?? string.Empty; }

    /// <summary>The API key's name. (<c>key_name</c>)</summary>
    [JsonPropertyName("key_name")]
    public string KeyName { get => _keyName; set => _keyName = value ?? string.Empty; }

    /// <summary>The API key's label. (<c>key_label</c>)</summary>
    [JsonPropertyName("key_label")]
    public string KeyLabel { get => _keyLabel; set => _keyLabel = value ?? string.Empty; }

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
