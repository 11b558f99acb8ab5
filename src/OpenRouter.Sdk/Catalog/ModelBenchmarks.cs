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

/// <summary>A Design Arena ranking of a model in one category.</summary>
public sealed class DesignArenaScore
{
    /// <summary>The arena, for example <c>models</c>.</summary>
    [JsonPropertyName("arena")]
    public string? Arena { get; set; }

    /// <summary>The category, for example <c>website</c> or <c>svg</c>.</summary>
    [JsonPropertyName("category")]
    public string? Category { get; set; }

    /// <summary>The Elo rating.</summary>
    [JsonPropertyName("elo")]
    public double? Elo { get; set; }

    /// <summary>The rank in the category (1 is best).</summary>
    [JsonPropertyName("rank")]
    public int? Rank { get; set; }

    /// <summary>The win rate in percent.</summary>
    [JsonPropertyName("win_rate")]
    public double? WinRate { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
