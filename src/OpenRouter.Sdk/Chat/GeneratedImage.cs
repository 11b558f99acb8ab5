using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>An image the model generated (<c>images[]</c>), usually a base64 <c>data:</c> URL.</summary>
public sealed class GeneratedImage
{
    /// <summary>The image type, <c>image_url</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The image.</summary>
    [JsonPropertyName("image_url")]
    public ImageUrl? ImageUrl { get; set; }

    /// <summary>The image position.</summary>
    [JsonPropertyName("index")]
    public int? Index { get; set; }
}

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
