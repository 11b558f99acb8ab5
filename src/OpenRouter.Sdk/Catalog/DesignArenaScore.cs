using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

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
