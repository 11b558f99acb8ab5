using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A web citation.</summary>
public sealed class UrlCitation
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _url = string.Empty;

    /// <summary>The cited URL.</summary>
    [JsonPropertyName("url")]
    public string Url { get => _url; set => _url = value ?? string.Empty; }

    /// <summary>The page title; may be empty.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>Where the citation starts in the content (often 0).</summary>
    [JsonPropertyName("start_index")]
    public int? StartIndex { get; set; }

    /// <summary>Where the citation ends in the content (often 0).</summary>
    [JsonPropertyName("end_index")]
    public int? EndIndex { get; set; }

    /// <summary>An excerpt of the cited page.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }
}
