using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Server tool usage (<c>server_tool_use_details</c>).</summary>
public sealed class ServerToolUseDetails
{
    /// <summary>Web searches performed.</summary>
    [JsonPropertyName("web_search_requests")]
    public int? WebSearchRequests { get; set; }

    /// <summary>Server tool calls the model requested.</summary>
    [JsonPropertyName("tool_calls_requested")]
    public int? ToolCallsRequested { get; set; }

    /// <summary>Server tool calls executed.</summary>
    [JsonPropertyName("tool_calls_executed")]
    public int? ToolCallsExecuted { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
