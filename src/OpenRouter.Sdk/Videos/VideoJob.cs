using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A video generation job (<c>POST /videos</c> and <c>GET /videos/{jobId}</c>): its state, and once it completed the
/// video's addresses and cost. Download the video with <see cref="OpenRouterVideosClient.GetContentAsync"/>.
/// </summary>
public sealed class VideoJob
{
    private string _id = string.Empty;
    private string _pollingUrl = string.Empty;

    /// <summary>The job's id, for polling and downloading. (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The path to poll for the job's state, such as <c>/api/v1/videos/job-abc123</c>. (<c>polling_url</c>)</summary>
    [JsonPropertyName("polling_url")]
    public string PollingUrl { get => _pollingUrl; set => _pollingUrl = value ?? string.Empty; }

    /// <summary>The job's state. (<c>status</c>)</summary>
    [JsonPropertyName("status")]
    public VideoJobStatus Status { get; set; }

    /// <summary>The generation id, once the job was processed (for <c>GET /generation</c>). (<c>generation_id</c>)</summary>
    [JsonPropertyName("generation_id")]
    public string? GenerationId { get; set; }

    /// <summary>Why the job failed, when it did. (<c>error</c>)</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    /// <summary>The addresses of the generated videos once completed (one per output). (<c>unsigned_urls</c>)</summary>
    [JsonPropertyName("unsigned_urls")]
    public IReadOnlyList<string> UnsignedUrls { get; set; } = [];

    /// <summary>Cost and BYOK use, once the job completed. (<c>usage</c>)</summary>
    [JsonPropertyName("usage")]
    public VideoUsage? Usage { get; set; }

    /// <summary>
    /// Whether the job is over: <see cref="VideoJobStatus.Completed"/>, <see cref="VideoJobStatus.Failed"/>,
    /// <see cref="VideoJobStatus.Cancelled"/> or <see cref="VideoJobStatus.Expired"/>.
    /// </summary>
    [JsonIgnore]
    public bool IsFinished =>
        Status == VideoJobStatus.Completed || Status == VideoJobStatus.Failed || Status == VideoJobStatus.Cancelled || Status == VideoJobStatus.Expired;

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The cost of a video generation (<c>usage</c> of <see cref="VideoJob"/>), known once the job completed.</summary>
public sealed class VideoUsage
{
    /// <summary>The cost in USD, if known. (<c>cost</c>)</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; set; }

    /// <summary>Whether the generation used your own provider key (BYOK). (<c>is_byok</c>)</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
