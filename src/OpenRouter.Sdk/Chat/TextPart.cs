using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>A text part: <c>{"type":"text","text":"..."}</c>.</summary>
public sealed class TextPart : ContentPart
{
    /// <summary>Creates a text part.</summary>
    /// <param name="text">The text.</param>
    [JsonConstructor]
    public TextPart(string text)
    {
        Text = Argument.NotNull(text);
    }

    /// <summary>The text.</summary>
    [JsonPropertyName("text")]
    public string Text { get; set; }

    /// <summary>An optional prompt-caching breakpoint on this part.</summary>
    [JsonPropertyName("cache_control")]
    public CacheControl? CacheControl { get; set; }
}
