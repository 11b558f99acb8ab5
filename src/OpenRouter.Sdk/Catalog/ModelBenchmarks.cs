using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Third-party benchmark results of a model (<c>benchmarks</c>).</summary>
public sealed class ModelBenchmarks
{
    /// <summary>Artificial Analysis indices.</summary>
    [JsonPropertyName("artificial_analysis")]
    public ArtificialAnalysisScores? ArtificialAnalysis { get; set; }

    /// <summary>Design Arena rankings, one per arena and category.</summary>
    [JsonPropertyName("design_arena")]
    public IList<DesignArenaScore>? DesignArena { get; set; }

    /// <summary>Members the server sent that this type does not model (benchmarks added later).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
