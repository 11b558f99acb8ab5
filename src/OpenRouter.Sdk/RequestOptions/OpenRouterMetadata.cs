using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How OpenRouter routed a call (<c>openrouter_metadata</c>): the model asked for, the strategy, the endpoints it
/// could use and the one it chose, the attempts and the pipeline stages that ran. Sent only when the call asked for it
/// with <see cref="OpenRouterRequestOptions.Metadata"/> = <see cref="OpenRouterMetadataLevel.Enabled"/>.
/// </summary>
public sealed class OpenRouterMetadata
{
    /// <summary>The model the request asked for.</summary>
    [JsonPropertyName("requested")]
    public string? Requested { get; set; }

    /// <summary>How the model and provider were chosen.</summary>
    [JsonPropertyName("strategy")]
    public RoutingStrategy? Strategy { get; set; }

    /// <summary>The region that served the call (for example <c>iad</c>), when known.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    /// <summary>A one-line summary, for example <c>available=1, selected=OpenAI</c>.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    /// <summary>The number of the attempt that answered (1 for the first).</summary>
    [JsonPropertyName("attempt")]
    public int Attempt { get; set; }

    /// <summary>Every attempt made, in order, with its provider, model and status.</summary>
    [JsonPropertyName("attempts")]
    [JsonConverter(typeof(NonNullListConverter<RoutingAttempt>))]
    public IList<RoutingAttempt>? Attempts { get; set; }

    /// <summary>Whether the call used your own provider key (BYOK).</summary>
    [JsonPropertyName("is_byok")]
    public bool IsByok { get; set; }

    /// <summary>The endpoints that could serve the call, and which one was selected.</summary>
    [JsonPropertyName("endpoints")]
    public RoutingEndpoints? Endpoints { get; set; }

    /// <summary>Parameters of the router that chose (version group, quality and throughput floors).</summary>
    [JsonPropertyName("params")]
    public RoutingParams? Params { get; set; }

    /// <summary>The stages of OpenRouter's pipeline that ran (guardrails, plugins, server tools).</summary>
    [JsonPropertyName("pipeline")]
    [JsonConverter(typeof(NonNullListConverter<RoutingPipelineStage>))]
    public IList<RoutingPipelineStage>? Pipeline { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
