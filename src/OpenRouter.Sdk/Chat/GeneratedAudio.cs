using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Audio the model generated (<c>audio</c>).</summary>
public sealed class GeneratedAudio
{
    /// <summary>The audio id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The audio, base64 encoded.</summary>
    [JsonPropertyName("data")]
    public string? Data { get; set; }

    /// <summary>When the audio expires, in Unix seconds.</summary>
    [JsonPropertyName("expires_at")]
    public long? ExpiresAt { get; set; }

    /// <summary>A transcript of the audio.</summary>
    [JsonPropertyName("transcript")]
    public string? Transcript { get; set; }
}
