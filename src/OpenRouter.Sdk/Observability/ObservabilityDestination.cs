using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// An observability destination, as <see cref="OpenRouterObservabilityClient"/> returns it: a service (Langfuse,
/// Datadog, an OpenTelemetry collector, a webhook, ...) that OpenRouter forwards a workspace's request traces to.
/// <see cref="Config"/> holds the service's settings; OpenRouter masks the secrets in it (such as
/// <c>sk-l...AbCd</c>), and <see cref="ToString"/> leaves it out all the same.
/// </summary>
public sealed class ObservabilityDestination
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _workspaceId = string.Empty;

    /// <summary>The destination's id (a UUID), used by get, update and delete. (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The workspace the destination belongs to (a UUID). (<c>workspace_id</c>)</summary>
    [JsonPropertyName("workspace_id")]
    public string WorkspaceId { get => _workspaceId; set => _workspaceId = value ?? string.Empty; }

    /// <summary>The destination's human-readable name, if any. (<c>name</c>)</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Where the traces go; it decides the shape of <see cref="Config"/>. (<c>type</c>)</summary>
    [JsonPropertyName("type")]
    public ObservabilityDestinationType Type { get; set; }

    /// <summary>Whether the destination currently receives traces. (<c>enabled</c>)</summary>
    [JsonPropertyName("enabled")]
    public bool Enabled { get; set; }

    /// <summary>Whether only metadata is forwarded, never request and response bodies. (<c>privacy_mode</c>)</summary>
    [JsonPropertyName("privacy_mode")]
    public bool PrivacyMode { get; set; }

    /// <summary>Whether cost and billing metadata of each generation is included. (<c>broadcast_generation_cost</c>)</summary>
    [JsonPropertyName("broadcast_generation_cost")]
    public bool BroadcastGenerationCost { get; set; }

    /// <summary>Whether identity metadata of each generation is included. (<c>broadcast_generation_identity</c>)</summary>
    [JsonPropertyName("broadcast_generation_identity")]
    public bool BroadcastGenerationIdentity { get; set; }

    /// <summary>Whether request-context metadata of each generation is included. (<c>broadcast_generation_request_context</c>)</summary>
    [JsonPropertyName("broadcast_generation_request_context")]
    public bool BroadcastGenerationRequestContext { get; set; }

    /// <summary>The share of events forwarded, between 0.0001 and 1 (1 forwards every event). (<c>sampling_rate</c>)</summary>
    [JsonPropertyName("sampling_rate")]
    public double SamplingRate { get; set; }

    /// <summary>
    /// The hashes of the only OpenRouter API keys whose traffic is forwarded (<see cref="ApiKeyInfo.Hash"/>); null
    /// means every key's. (<c>api_key_hashes</c>)
    /// </summary>
    [JsonPropertyName("api_key_hashes")]
    public IReadOnlyList<string>? ApiKeyHashes { get; set; }

    /// <summary>Which events are forwarded; null means every event (subject to the sampling rate and key allowlist). (<c>filter_rules</c>)</summary>
    [JsonPropertyName("filter_rules")]
    public ObservabilityFilterRules? FilterRules { get; set; }

    /// <summary>
    /// The destination's settings as the server sent them, by wire name; their shape depends on <see cref="Type"/>
    /// (Langfuse has <c>baseUrl</c>, <c>publicKey</c> and <c>secretKey</c>, Datadog <c>apiKey</c>, <c>mlApp</c> and
    /// <c>url</c>, and so on). The values stay JSON: read one with <c>Config["baseUrl"].GetString()</c>. Secrets
    /// arrive masked. Null only when the server sent none. (<c>config</c>)
    /// </summary>
    [JsonPropertyName("config")]
    public IReadOnlyDictionary<string, JsonElement>? Config { get; set; }

    /// <summary>When the destination was created. (<c>created_at</c>)</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the destination was last updated. (<c>updated_at</c>)</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The id, type, name and state, never the <see cref="Config"/> (which may hold secrets).</summary>
    public override string ToString() =>
        $"ObservabilityDestination {{ Id = {Id}, Type = {Type}, Name = {Name}, Enabled = {Enabled}, Config = [not printed] }}";
}
