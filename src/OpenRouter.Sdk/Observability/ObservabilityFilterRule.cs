using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// One rule of a filter group (<see cref="ObservabilityFilterRuleGroup.Rules"/>): compares a <see cref="Field"/> of
/// each event with a <see cref="Value"/> using an <see cref="Operator"/>, for example
/// <c>new ObservabilityFilterRule { Field = ObservabilityFilterField.Model, Operator = ObservabilityFilterOperator.EqualTo, Value = "openai/gpt-4o" }</c>.
/// Read from a destination and sent when one is created or updated.
/// </summary>
public sealed class ObservabilityFilterRule
{
    /// <summary>The part of the event the rule looks at. (<c>field</c>, required)</summary>
    [JsonPropertyName("field")]
    public ObservabilityFilterField Field { get; set; }

    /// <summary>How the field is compared with <see cref="Value"/>. (<c>operator</c>, required)</summary>
    [JsonPropertyName("operator")]
    public ObservabilityFilterOperator Operator { get; set; }

    /// <summary>
    /// What the field is compared with: a string or a number; null (not sent) for <see cref="ObservabilityFilterOperator.Exists"/>
    /// and <see cref="ObservabilityFilterOperator.NotExists"/>, which need none. (<c>value</c>)
    /// </summary>
    [JsonPropertyName("value")]
    public ObservabilityFilterValue? Value { get; set; }

    /// <summary>Members the server sent that this type does not model; sent back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
