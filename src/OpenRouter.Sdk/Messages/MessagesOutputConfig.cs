using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Output settings (<c>output_config</c>): effort, a structured-output format, a task budget.</summary>
public sealed class MessagesOutputConfig
{
    /// <summary>How much effort the model spends: <c>low</c>, <c>medium</c>, <c>high</c>, <c>xhigh</c> or <c>max</c>.</summary>
    [JsonPropertyName("effort")]
    public string? Effort { get; set; }

    /// <summary>The output format, <c>{"type": "json_schema", "schema": {...}}</c>.</summary>
    [JsonPropertyName("format")]
    public JsonObject? Format { get; set; }

    /// <summary>A token budget for a whole agentic task, <c>{"type": "tokens", "total": ..., "remaining": ...}</c>.</summary>
    [JsonPropertyName("task_budget")]
    public JsonObject? TaskBudget { get; set; }
}
