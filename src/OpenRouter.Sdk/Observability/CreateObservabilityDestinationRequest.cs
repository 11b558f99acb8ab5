using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A new observability destination, for <see cref="OpenRouterObservabilityClient.CreateAsync"/>
/// (<c>POST /observability/destinations</c>). <see cref="Type"/>, <see cref="Name"/> and <see cref="Config"/> are
/// required; members left null are not sent and take the server's defaults (enabled, every event of every key, no
/// extra metadata, the default workspace). <see cref="Config"/> holds the service's credentials:
/// <see cref="ToString"/> leaves it out, and the SDK never logs request bodies.
/// </summary>
/// <example>
/// <code>
/// var request = new CreateObservabilityDestinationRequest
/// {
///     Type = ObservabilityDestinationType.Langfuse,
///     Name = "Production Langfuse",
///     Config = new JsonObject { ["baseUrl"] = "https://us.cloud.langfuse.com", ["publicKey"] = publicKey, ["secretKey"] = secretKey },
/// };
/// </code>
/// </example>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CreateObservabilityDestinationRequest
{
    /// <summary>Where the traces go; only the stable destination types are accepted. (<c>type</c>, required)</summary>
    [JsonPropertyName("type")]
    public ObservabilityDestinationType Type { get; set; }

    /// <summary>A human-readable name; not blank. (<c>name</c>, required)</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>
    /// The service's settings, by wire name; the shape depends on <see cref="Type"/> and is checked by the server
    /// (Langfuse: <c>baseUrl</c>, <c>publicKey</c>, <c>secretKey</c>; Datadog: <c>apiKey</c>, <c>mlApp</c>, <c>url</c>;
    /// most types also take <c>headers</c>). Holds secrets. (<c>config</c>, required)
    /// </summary>
    [JsonPropertyName("config")]
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public JsonObject Config { get; set; } = new JsonObject();

    /// <summary>The workspace to create the destination in (a UUID); null creates it in the default workspace. (<c>workspace_id</c>)</summary>
    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; set; }

    /// <summary>Whether the destination receives traces at once; the server's default is true. (<c>enabled</c>)</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>True forwards only metadata, never request and response bodies; the server's default is false. (<c>privacy_mode</c>)</summary>
    [JsonPropertyName("privacy_mode")]
    public bool? PrivacyMode { get; set; }

    /// <summary>Whether to include cost and billing metadata of each generation; the server's default is false. (<c>broadcast_generation_cost</c>)</summary>
    [JsonPropertyName("broadcast_generation_cost")]
    public bool? BroadcastGenerationCost { get; set; }

    /// <summary>Whether to include identity metadata of each generation; the server's default is false. (<c>broadcast_generation_identity</c>)</summary>
    [JsonPropertyName("broadcast_generation_identity")]
    public bool? BroadcastGenerationIdentity { get; set; }

    /// <summary>Whether to include request-context metadata of each generation; the server's default is false. (<c>broadcast_generation_request_context</c>)</summary>
    [JsonPropertyName("broadcast_generation_request_context")]
    public bool? BroadcastGenerationRequestContext { get; set; }

    /// <summary>The share of events to forward, from 0.0001 to 1 (1 forwards every event). (<c>sampling_rate</c>)</summary>
    [JsonPropertyName("sampling_rate")]
    public double? SamplingRate { get; set; }

    /// <summary>
    /// The hashes of the only OpenRouter API keys whose traffic is forwarded (<see cref="ApiKeyInfo.Hash"/>); null
    /// forwards every key's. At least one when set. (<c>api_key_hashes</c>)
    /// </summary>
    [JsonPropertyName("api_key_hashes")]
    public IList<string>? ApiKeyHashes { get; set; }

    /// <summary>Which events are forwarded; null forwards every event. (<c>filter_rules</c>)</summary>
    [JsonPropertyName("filter_rules")]
    public ObservabilityFilterRules? FilterRules { get; set; }

    /// <summary>The type and name, never the <see cref="Config"/>.</summary>
    public override string ToString() => $"CreateObservabilityDestinationRequest {{ Type = {Type}, Name = {Name}, Config = [secret, not printed] }}";
}
