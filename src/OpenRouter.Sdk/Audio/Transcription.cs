using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The text of transcribed audio (the answer to <c>POST /audio/transcriptions</c>).</summary>
public sealed class Transcription
{
    private string _text = string.Empty;

    /// <summary>The transcribed text; never null.</summary>
    [JsonPropertyName("text")]
    public string Text { get => _text; set => _text = value ?? string.Empty; }

    /// <summary>Usage and cost, when the server reports them.</summary>
    [JsonPropertyName("usage")]
    public TranscriptionUsage? Usage { get; set; }

    /// <summary>The audio's length in seconds (<see cref="TranscriptionFormat.VerboseJson"/>).</summary>
    [JsonPropertyName("duration")]
    public double? Duration { get; set; }

    /// <summary>The detected or requested language, such as <c>english</c> (<see cref="TranscriptionFormat.VerboseJson"/>).</summary>
    [JsonPropertyName("language")]
    public string? Language { get; set; }

    /// <summary>The task performed, such as <c>transcribe</c> (<see cref="TranscriptionFormat.VerboseJson"/>).</summary>
    [JsonPropertyName("task")]
    public string? Task { get; set; }

    /// <summary>Timestamped segments (<see cref="TranscriptionFormat.VerboseJson"/>); null otherwise.</summary>
    [JsonPropertyName("segments")]
    public IReadOnlyList<TranscriptionSegment>? Segments { get; set; }

    /// <summary>Timestamped words, when the provider returns them (<see cref="TranscriptionTimestampGranularity.Word"/>); null otherwise.</summary>
    [JsonPropertyName("words")]
    public IReadOnlyList<TranscriptionWord>? Words { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Usage of a transcription (<c>usage</c>).</summary>
public sealed class TranscriptionUsage
{
    /// <summary>What OpenRouter charged, in USD; exact as sent.</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; set; }

    /// <summary>Input tokens billed.</summary>
    [JsonPropertyName("input_tokens")]
    public int? InputTokens { get; set; }

    /// <summary>Output tokens generated.</summary>
    [JsonPropertyName("output_tokens")]
    public int? OutputTokens { get; set; }

    /// <summary>Input and output tokens.</summary>
    [JsonPropertyName("total_tokens")]
    public int? TotalTokens { get; set; }

    /// <summary>The audio's length in seconds.</summary>
    [JsonPropertyName("seconds")]
    public double? Seconds { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A timestamped segment of a transcription.</summary>
public sealed class TranscriptionSegment
{
    private string _text = string.Empty;

    /// <summary>The segment's index in the transcript.</summary>
    [JsonPropertyName("id")]
    public int Id { get; set; }

    /// <summary>Where the segment starts, in seconds.</summary>
    [JsonPropertyName("start")]
    public double Start { get; set; }

    /// <summary>Where the segment ends, in seconds.</summary>
    [JsonPropertyName("end")]
    public double End { get; set; }

    /// <summary>The segment's text; never null.</summary>
    [JsonPropertyName("text")]
    public string Text { get => _text; set => _text = value ?? string.Empty; }

    /// <summary>The speaker index, when the provider separates speakers.</summary>
    [JsonPropertyName("speaker")]
    public int? Speaker { get; set; }

    /// <summary>The seek offset of the segment.</summary>
    [JsonPropertyName("seek")]
    public int? Seek { get; set; }

    /// <summary>The average log probability of the segment.</summary>
    [JsonPropertyName("avg_logprob")]
    public double? AverageLogprob { get; set; }

    /// <summary>The compression ratio of the segment.</summary>
    [JsonPropertyName("compression_ratio")]
    public double? CompressionRatio { get; set; }

    /// <summary>The probability that the segment holds no speech.</summary>
    [JsonPropertyName("no_speech_prob")]
    public double? NoSpeechProbability { get; set; }

    /// <summary>The temperature used for the segment.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; set; }

    /// <summary>The segment's token ids.</summary>
    [JsonPropertyName("tokens")]
    public IReadOnlyList<int>? Tokens { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A timestamped word of a transcription.</summary>
public sealed class TranscriptionWord
{
    private string _word = string.Empty;

    /// <summary>The word; never null.</summary>
    [JsonPropertyName("word")]
    public string Word { get => _word; set => _word = value ?? string.Empty; }

    /// <summary>Where the word starts, in seconds.</summary>
    [JsonPropertyName("start")]
    public double Start { get; set; }

    /// <summary>Where the word ends, in seconds.</summary>
    [JsonPropertyName("end")]
    public double End { get; set; }

    /// <summary>The speaker index, when the provider separates speakers.</summary>
    [JsonPropertyName("speaker")]
    public int? Speaker { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
