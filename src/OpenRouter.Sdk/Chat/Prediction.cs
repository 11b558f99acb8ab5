using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A predicted output (<c>prediction</c>) that lets the provider skip tokens it already knows.</summary>
public sealed class Prediction
{
    /// <summary>Creates a prediction of the given content.</summary>
    public Prediction(string content)
    {
        Content = content;
    }

    /// <summary>The prediction type; <c>content</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "content";

    /// <summary>The predicted text.</summary>
    [JsonPropertyName("content")]
    public string Content { get; set; }
}
