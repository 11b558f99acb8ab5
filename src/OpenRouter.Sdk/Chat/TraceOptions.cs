using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Observability trace fields (<c>trace</c>).</summary>
public sealed class TraceOptions
{
    /// <summary>The trace id.</summary>
    [JsonPropertyName("trace_id")]
    public string? TraceId { get; set; }

    /// <summary>The trace name.</summary>
    [JsonPropertyName("trace_name")]
    public string? TraceName { get; set; }

    /// <summary>The span name.</summary>
    [JsonPropertyName("span_name")]
    public string? SpanName { get; set; }

    /// <summary>The generation name.</summary>
    [JsonPropertyName("generation_name")]
    public string? GenerationName { get; set; }

    /// <summary>The parent span id.</summary>
    [JsonPropertyName("parent_span_id")]
    public string? ParentSpanId { get; set; }

    /// <summary>Fields not modelled here, written as-is.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    /// <summary>How the serializer sees <see cref="AdditionalProperties"/> (see <see cref="Serialization.JsonObjectExtensionData"/>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, System.Text.Json.JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }
}
