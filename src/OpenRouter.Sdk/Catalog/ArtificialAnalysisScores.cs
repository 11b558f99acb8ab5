using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Artificial Analysis indices of a model; null where the model was not scored.</summary>
public sealed class ArtificialAnalysisScores
{
    /// <summary>The intelligence index.</summary>
    [JsonPropertyName("intelligence_index")]
    public double? IntelligenceIndex { get; set; }

    /// <summary>The coding index.</summary>
    [JsonPropertyName("coding_index")]
    public double? CodingIndex { get; set; }

    /// <summary>The agentic index.</summary>
    [JsonPropertyName("agentic_index")]
    public double? AgenticIndex { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
