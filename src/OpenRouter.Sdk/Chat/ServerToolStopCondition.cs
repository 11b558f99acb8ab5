using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A condition that stops a server-tool loop (<c>stop_server_tools_when[]</c>).</summary>
public sealed class ServerToolStopCondition
{
    /// <summary>The condition type, for example <c>step_count_is</c> or <c>max_cost</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>For <c>step_count_is</c>.</summary>
    [JsonPropertyName("step_count")]
    public int? StepCount { get; set; }

    /// <summary>For <c>has_tool_call</c>.</summary>
    [JsonPropertyName("tool_name")]
    public string? ToolName { get; set; }

    /// <summary>For <c>max_tokens_used</c>.</summary>
    [JsonPropertyName("max_tokens")]
    public int? MaxTokens { get; set; }

    /// <summary>For <c>max_cost</c>.</summary>
    [JsonPropertyName("max_cost_in_dollars")]
    public decimal? MaxCostInDollars { get; set; }

    /// <summary>For <c>finish_reason_is</c>.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }
}
