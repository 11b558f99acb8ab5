using System.Text.Json.Serialization;

namespace OpenRouter.Cli.Commands;

/// <summary>How one model of <c>openrouter compare</c> did: its answer and timings, or its error.</summary>
public sealed class CompareResult
{
    /// <summary>The model asked.</summary>
    [JsonPropertyName("model")]
    public required string Model { get; init; }

    /// <summary>Whether the model answered.</summary>
    [JsonPropertyName("ok")]
    public bool Ok => Error is null;

    /// <summary>The answer's text.</summary>
    [JsonPropertyName("answer")]
    public string? Answer { get; init; }

    /// <summary>Milliseconds from sending the request to the first token (or reasoning) of the answer.</summary>
    [JsonPropertyName("time_to_first_token_ms")]
    public double? TimeToFirstTokenMs { get; init; }

    /// <summary>Milliseconds from sending the request to the end of the answer (or the error).</summary>
    [JsonPropertyName("total_ms")]
    public double? TotalMs { get; init; }

    /// <summary>Completion tokens per second of generation (from the first token to the last).</summary>
    [JsonPropertyName("tokens_per_second")]
    public double? TokensPerSecond { get; init; }

    /// <summary>Prompt tokens, as the usage reports them.</summary>
    [JsonPropertyName("prompt_tokens")]
    public int? PromptTokens { get; init; }

    /// <summary>Completion tokens, as the usage reports them.</summary>
    [JsonPropertyName("completion_tokens")]
    public int? CompletionTokens { get; init; }

    /// <summary>What the call cost in USD (<c>usage.cost</c>).</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; init; }

    /// <summary>Why the answer ended (<c>stop</c>, <c>length</c>, ...).</summary>
    [JsonPropertyName("finish_reason")]
    public string? FinishReason { get; init; }

    /// <summary>The provider that served the answer.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    /// <summary>The generation's id, for <c>openrouter generation</c>.</summary>
    [JsonPropertyName("generation_id")]
    public string? GenerationId { get; init; }

    /// <summary>Why the model failed, or null.</summary>
    [JsonPropertyName("error")]
    public CompareError? Error { get; init; }
}
