using System.Text.Json.Serialization;

namespace OpenRouter.Cli.Commands;

/// <summary>One model of <c>openrouter models compare</c>: its catalog entry and its provider endpoints.</summary>
public sealed class ModelComparison
{
    /// <summary>The model's id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The model's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>USD per million prompt tokens; null for router models, whose price varies.</summary>
    [JsonPropertyName("prompt_per_million")]
    public decimal? PromptPerMillion { get; init; }

    /// <summary>USD per million completion tokens; null for router models, whose price varies.</summary>
    [JsonPropertyName("completion_per_million")]
    public decimal? CompletionPerMillion { get; init; }

    /// <summary>The context length in tokens.</summary>
    [JsonPropertyName("context_length")]
    public int? ContextLength { get; init; }

    /// <summary>The most completion tokens one answer can have.</summary>
    [JsonPropertyName("max_output_tokens")]
    public int? MaxOutputTokens { get; init; }

    /// <summary>The request parameters the model supports.</summary>
    [JsonPropertyName("supported_parameters")]
    public IReadOnlyList<string> SupportedParameters { get; init; } = [];

    /// <summary>The providers serving the model.</summary>
    [JsonPropertyName("endpoints")]
    public IReadOnlyList<EndpointComparison> Endpoints { get; init; } = [];
}
