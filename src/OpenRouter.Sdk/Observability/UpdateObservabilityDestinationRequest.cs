using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Changes to an observability destination (the body of <c>PATCH /observability/destinations/{id}</c>). Only what is
/// set is sent; everything else keeps its value. The API clears the key allowlist and the filter rules with an
/// explicit JSON <c>null</c>: set <see cref="ForwardAllApiKeys"/> or <see cref="RemoveFilterRules"/> for that.
/// <see cref="Config"/> may hold secrets: <see cref="ToString"/> leaves it out.
/// </summary>
[JsonConverter(typeof(UpdateObservabilityDestinationRequestConverter))]
[DebuggerDisplay("{ToString(),nq}")]
public sealed class UpdateObservabilityDestinationRequest
{
    /// <summary>A new name; not blank. (<c>name</c>)</summary>
    public string? Name { get; set; }

    /// <summary>True enables the destination, false pauses it. (<c>enabled</c>)</summary>
    public bool? Enabled { get; set; }

    /// <summary>True forwards only metadata, never request and response bodies. (<c>privacy_mode</c>)</summary>
    public bool? PrivacyMode { get; set; }

    /// <summary>Whether to include cost and billing metadata of each generation. (<c>broadcast_generation_cost</c>)</summary>
    public bool? BroadcastGenerationCost { get; set; }

    /// <summary>Whether to include identity metadata of each generation. (<c>broadcast_generation_identity</c>)</summary>
    public bool? BroadcastGenerationIdentity { get; set; }

    /// <summary>Whether to include request-context metadata of each generation. (<c>broadcast_generation_request_context</c>)</summary>
    public bool? BroadcastGenerationRequestContext { get; set; }

    /// <summary>The share of events to forward, from 0.0001 to 1. (<c>sampling_rate</c>)</summary>
    public double? SamplingRate { get; set; }

    /// <summary>
    /// Settings of the service to change, by wire name: the members sent replace theirs and the others keep their
    /// value, and a masked value (as <see cref="ObservabilityDestination.Config"/> shows a secret) is ignored. May hold
    /// secrets. (<c>config</c>)
    /// </summary>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public JsonObject? Config { get; set; }

    /// <summary>
    /// The hashes of the only OpenRouter API keys whose traffic is forwarded, replacing the current list; at least one.
    /// To forward every key's traffic again set <see cref="ForwardAllApiKeys"/> instead. (<c>api_key_hashes</c>)
    /// </summary>
    public IList<string>? ApiKeyHashes { get; set; }

    /// <summary>Removes the key allowlist, so every key's traffic is forwarded: sends <c>"api_key_hashes": null</c>. Cannot be combined with <see cref="ApiKeyHashes"/>.</summary>
    public bool ForwardAllApiKeys { get; set; }

    /// <summary>New filter rules, replacing the current ones. To remove them set <see cref="RemoveFilterRules"/> instead. (<c>filter_rules</c>)</summary>
    public ObservabilityFilterRules? FilterRules { get; set; }

    /// <summary>Removes the filter rules, so every event is forwarded: sends <c>"filter_rules": null</c>. Cannot be combined with <see cref="FilterRules"/>.</summary>
    public bool RemoveFilterRules { get; set; }

    /// <summary>The settings it changes, never the <see cref="Config"/>.</summary>
    public override string ToString() =>
        $"UpdateObservabilityDestinationRequest {{ Name = {Name}, Enabled = {Enabled}, Config = {(Config is null ? "unchanged" : "[secret, not printed]")} }}";

    /// <summary>Refuses contradictory or blank settings before anything is sent.</summary>
    internal void Validate()
    {
        Argument.Requires(Name is null || Name.Trim().Length > 0, "UpdateObservabilityDestinationRequest.Name cannot be blank; leave it null to keep the current name.", "request");
        Argument.Requires(!(ForwardAllApiKeys && ApiKeyHashes is not null),
            "UpdateObservabilityDestinationRequest sets both ApiKeyHashes and ForwardAllApiKeys; set one of them.", "request");
        Argument.Requires(!(RemoveFilterRules && FilterRules is not null),
            "UpdateObservabilityDestinationRequest sets both FilterRules and RemoveFilterRules; set one of them.", "request");
        ObservabilityArguments.CheckApiKeyHashes(ApiKeyHashes, nameof(UpdateObservabilityDestinationRequest), "set ForwardAllApiKeys to forward every key's traffic");
        ObservabilityArguments.CheckSamplingRate(SamplingRate, nameof(UpdateObservabilityDestinationRequest));
        FilterRules?.Validate(nameof(UpdateObservabilityDestinationRequest));
    }
}
