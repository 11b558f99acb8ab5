using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The <c>data</c> of <c>GET /models/count</c>.</summary>
internal sealed class ModelCount
{
    [JsonPropertyName("count")]
    public int Count { get; set; }
}
