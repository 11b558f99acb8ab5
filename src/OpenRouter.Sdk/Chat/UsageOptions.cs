using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The deprecated <c>usage</c> request object (required in 2025 to receive cost).</summary>
public sealed class UsageOptions
{
    /// <summary>Asks for usage accounting in the response.</summary>
    [JsonPropertyName("include")]
    public bool? Include { get; set; }
}
