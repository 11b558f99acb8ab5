using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Which events an observability destination receives (<c>filter_rules</c>): the groups of rules an event is checked
/// against. A destination without filter rules receives every event (subject to its sampling rate and key
/// allowlist). Read from a destination and sent when one is created or updated.
/// </summary>
public sealed class ObservabilityFilterRules
{
    /// <summary>Whether the rules apply; false keeps them stored but unused. (<c>enabled</c>, default true)</summary>
    [JsonPropertyName("enabled")]
    public bool Enabled { get; set; } = true;

    /// <summary>The groups of rules. (<c>groups</c>, required)</summary>
    [JsonPropertyName("groups")]
    public IList<ObservabilityFilterRuleGroup> Groups { get; set; } = new List<ObservabilityFilterRuleGroup>();

    /// <summary>Members the server sent that this type does not model; sent back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Refuses what the server requires and this object leaves out, before anything is sent.</summary>
    internal void Validate(string owner)
    {
        Argument.Requires(Groups is not null && Groups.All(static g => g is not null && g.Rules is not null),
            $"{owner}.FilterRules needs its Groups, each with its Rules (no null group or list).", "request");
        Argument.Requires(Groups.SelectMany(static g => g.Rules).All(static r => r is not null && r.Field.Value.Length > 0 && r.Operator.Value.Length > 0),
            $"{owner}.FilterRules holds a rule without a Field or an Operator (or a null rule).", "request");
    }
}
