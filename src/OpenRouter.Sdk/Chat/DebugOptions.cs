using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Debug options (<c>debug</c>), streaming only.</summary>
public sealed class DebugOptions
{
    /// <summary>Echo the body sent upstream in the first chunk.</summary>
    [JsonPropertyName("echo_upstream_body")]
    public bool? EchoUpstreamBody { get; set; }
}
