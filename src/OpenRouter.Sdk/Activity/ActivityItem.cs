using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// One row of the account's activity (<c>GET /activity</c>): what one model endpoint served on one UTC day, and
/// what it cost. With <see cref="ActivityQuery.GroupByWorkspace"/> a row is also split per workspace.
/// </summary>
public sealed class ActivityItem
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _model = string.Empty;
    private string _modelPermaslug = string.Empty;
    private string _endpointId = string.Empty;
    private string _providerName = string.Empty;

    /// <summary>The UTC day of the activity (<c>date</c>, sent as <c>YYYY-MM-DD</c>); <see cref="DateTime.Kind"/> is <see cref="DateTimeKind.Utc"/>, the time of day is midnight.</summary>
    [JsonPropertyName("date")]
    [JsonConverter(typeof(CalendarDateConverter))]
    public DateTime Date { get; set; }

    /// <summary>The model slug, for example <c>openai/gpt-4.1</c>. (<c>model</c>)</summary>
    [JsonPropertyName("model")]
    public string Model { get => _model; set => _model = value ?? string.Empty; }

    /// <summary>The model's dated version, for example <c>openai/gpt-4.1-2025-04-14</c>. (<c>model_permaslug</c>)</summary>
    [JsonPropertyName("model_permaslug")]
    public string ModelPermaslug { get => _modelPermaslug; set => _modelPermaslug = value ?? string.Empty; }

    /// <summary>The id of the provider endpoint that served the requests. (<c>endpoint_id</c>)</summary>
    [JsonPropertyName("endpoint_id")]
    public string EndpointId { get => _endpointId; set => _endpointId = value ?? string.Empty; }

    /// <summary>The provider of that endpoint, for example <c>OpenAI</c>. (<c>provider_name</c>)</summary>
    [JsonPropertyName("provider_name")]
    public string ProviderName { get => _providerName; set => _providerName = value ?? string.Empty; }

    /// <summary>The OpenRouter credits spent, in USD. (<c>usage</c>)</summary>
    [JsonPropertyName("usage")]
    public decimal Usage { get; set; }

    /// <summary>The inference cost billed to your own provider keys (BYOK), in USD. (<c>byok_usage_inference</c>)</summary>
    [JsonPropertyName("byok_usage_inference")]
    public decimal ByokUsageInference { get; set; }

    /// <summary>The number of requests. (<c>requests</c>)</summary>
    [JsonPropertyName("requests")]
    public long Requests { get; set; }

    /// <summary>The prompt tokens used. (<c>prompt_tokens</c>)</summary>
    [JsonPropertyName("prompt_tokens")]
    public long PromptTokens { get; set; }

    /// <summary>The completion tokens generated. (<c>completion_tokens</c>)</summary>
    [JsonPropertyName("completion_tokens")]
    public long CompletionTokens { get; set; }

    /// <summary>The reasoning tokens used. (<c>reasoning_tokens</c>)</summary>
    [JsonPropertyName("reasoning_tokens")]
    public long ReasoningTokens { get; set; }

    /// <summary>
    /// The workspace the row is attributed to; present only with <see cref="ActivityQuery.GroupByWorkspace"/>
    /// (activity older than workspaces is attributed to the account's default workspace). (<c>workspace_id</c>)
    /// </summary>
    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
