using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The <c>input_audio</c> object of an <see cref="AudioPart"/>.</summary>
public sealed class InputAudio
{
    /// <summary>The audio, base64 encoded.</summary>
    [JsonPropertyName("data")]
    public string Data { get; set; } = string.Empty;

    /// <summary>The encoding.</summary>
    [JsonPropertyName("format")]
    public AudioFormat Format { get; set; }
}
