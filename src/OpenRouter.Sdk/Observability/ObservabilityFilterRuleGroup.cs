using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A group of filter rules (<see cref="ObservabilityFilterRules.Groups"/>) combined by <see cref="Logic"/>: an event
/// matches the group when all its rules match (<c>and</c>) or when any one does (<c>or</c>). Read from a destination and
/// sent when one is created or updated.
/// </summary>
public sealed class ObservabilityFilterRuleGroup
{
    /// <summary>How the rules combine; null (not sent) means <see cref="ObservabilityFilterLogic.And"/>, the server's default. (<c>logic</c>)</summary>
    [JsonPropertyName("logic")]
    public ObservabilityFilterLogic? Logic { get; set; }

    /// <summary>The rules of the group. (<c>rules</c>, required)</summary>
    [JsonPropertyName("rules")]
    public IList<ObservabilityFilterRule> Rules { get; set; } = new List<ObservabilityFilterRule>();

    /// <summary>Members the server sent that this type does not model; sent back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
