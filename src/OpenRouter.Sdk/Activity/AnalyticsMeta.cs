using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// What the analytics query endpoint understands (<c>GET /analytics/meta</c>): its metrics, dimensions, filter
/// operators and time granularities, with the labels OpenRouter shows for them. The item types are nested because
/// they exist only as parts of this answer.
/// </summary>
public sealed class AnalyticsMeta
{
    private IReadOnlyList<Metric> _metrics = Array.Empty<Metric>();
    private IReadOnlyList<Dimension> _dimensions = Array.Empty<Dimension>();
    private IReadOnlyList<FilterOperator> _operators = Array.Empty<FilterOperator>();
    private IReadOnlyList<Granularity> _granularities = Array.Empty<Granularity>();

    /// <summary>The metrics a query can ask for, such as <c>request_count</c>. (<c>metrics</c>)</summary>
    [JsonPropertyName("metrics")]
    public IReadOnlyList<Metric> Metrics { get => _metrics; set => _metrics = value ?? Array.Empty<Metric>(); }

    /// <summary>The dimensions a query can group or filter by, such as <c>model</c>. (<c>dimensions</c>)</summary>
    [JsonPropertyName("dimensions")]
    public IReadOnlyList<Dimension> Dimensions { get => _dimensions; set => _dimensions = value ?? Array.Empty<Dimension>(); }

    /// <summary>The operators a filter can use, such as <c>eq</c> or <c>in</c>. (<c>operators</c>)</summary>
    [JsonPropertyName("operators")]
    public IReadOnlyList<FilterOperator> Operators { get => _operators; set => _operators = value ?? Array.Empty<FilterOperator>(); }

    /// <summary>The time buckets a query can use, such as <c>day</c>. (<c>granularities</c>)</summary>
    [JsonPropertyName("granularities")]
    public IReadOnlyList<Granularity> Granularities { get => _granularities; set => _granularities = value ?? Array.Empty<Granularity>(); }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A metric of the analytics query.</summary>
    public sealed class Metric
    {
        private string _name = string.Empty;
        private string _displayLabel = string.Empty;
        private string _displayFormat = string.Empty;

        /// <summary>The identifier used in queries, for example <c>request_count</c>. (<c>name</c>)</summary>
        [JsonPropertyName("name")]
        public string Name { get => _name; set => _name = value ?? string.Empty; }

        /// <summary>The human-readable label, for example <c>Request Count</c>. (<c>display_label</c>)</summary>
        [JsonPropertyName("display_label")]
        public string DisplayLabel { get => _displayLabel; set => _displayLabel = value ?? string.Empty; }

        /// <summary>Whether the metric is a rate or ratio, averaged rather than summed. (<c>is_rate</c>)</summary>
        [JsonPropertyName("is_rate")]
        public bool IsRate { get; set; }

        /// <summary>
        /// How to show a value: <c>number</c>, <c>currency</c> (prefix <c>$</c>), <c>percent</c> (multiply by 100, append
        /// <c>%</c>), <c>latency</c> or <c>throughput</c>; a string, so formats added later still read. (<c>display_format</c>)
        /// </summary>
        [JsonPropertyName("display_format")]
        public string DisplayFormat { get => _displayFormat; set => _displayFormat = value ?? string.Empty; }

        /// <summary>Members the server sent that this type does not model.</summary>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A dimension of the analytics query.</summary>
    public sealed class Dimension
    {
        private string _name = string.Empty;
        private string _displayLabel = string.Empty;

        /// <summary>The identifier used in queries, for example <c>model</c>. (<c>name</c>)</summary>
        [JsonPropertyName("name")]
        public string Name { get => _name; set => _name = value ?? string.Empty; }

        /// <summary>The human-readable label, for example <c>Model</c>. (<c>display_label</c>)</summary>
        [JsonPropertyName("display_label")]
        public string DisplayLabel { get => _displayLabel; set => _displayLabel = value ?? string.Empty; }

        /// <summary>Members the server sent that this type does not model.</summary>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A filter operator of the analytics query.</summary>
    public sealed class FilterOperator
    {
        private string _name = string.Empty;
        private string _valueType = string.Empty;

        /// <summary>The identifier used in filters: <c>eq</c>, <c>neq</c>, <c>in</c>, <c>not_in</c>, <c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c>. (<c>name</c>)</summary>
        [JsonPropertyName("name")]
        public string Name { get => _name; set => _name = value ?? string.Empty; }

        /// <summary>Whether the operator takes one value (<c>scalar</c>) or several (<c>array</c>). (<c>value_type</c>)</summary>
        [JsonPropertyName("value_type")]
        public string ValueType { get => _valueType; set => _valueType = value ?? string.Empty; }

        /// <summary>Members the server sent that this type does not model.</summary>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A time granularity of the analytics query.</summary>
    public sealed class Granularity
    {
        private string _name = string.Empty;
        private string _displayLabel = string.Empty;

        /// <summary>The identifier: <c>minute</c>, <c>hour</c>, <c>day</c>, <c>week</c> or <c>month</c>. (<c>name</c>)</summary>
        [JsonPropertyName("name")]
        public string Name { get => _name; set => _name = value ?? string.Empty; }

        /// <summary>The human-readable label, for example <c>Day</c>. (<c>display_label</c>)</summary>
        [JsonPropertyName("display_label")]
        public string DisplayLabel { get => _displayLabel; set => _displayLabel = value ?? string.Empty; }

        /// <summary>Members the server sent that this type does not model.</summary>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
