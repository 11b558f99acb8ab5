using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>A request to transcribe audio (<c>POST /audio/transcriptions</c>, sent as JSON with the audio base64-encoded).</summary>
public sealed class TranscriptionRequest
{
    /// <summary>Creates an empty request; set <see cref="Model"/> and <see cref="InputAudio"/>.</summary>
    public TranscriptionRequest()
    {
    }

    /// <summary>Creates a request for a model and audio.</summary>
    /// <param name="model">The speech-to-text model, for example <c>openai/whisper-large-v3</c>.</param>
    /// <param name="inputAudio">The audio to transcribe (<see cref="TranscriptionAudio.FromBytes"/>).</param>
    public TranscriptionRequest(string model, TranscriptionAudio inputAudio)
    {
        Model = model;
        InputAudio = inputAudio;
    }

    /// <summary>The speech-to-text model (required).</summary>
    [JsonPropertyName("model")]
    public string Model { get; set; } = string.Empty;

    /// <summary>The audio to transcribe (required).</summary>
    [JsonPropertyName("input_audio")]
    public TranscriptionAudio? InputAudio { get; set; }

    /// <summary>The language of the audio (ISO-639-1, such as <c>en</c>); detected when null.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; set; }

    /// <summary>The shape of the answer; <see cref="TranscriptionFormat.VerboseJson"/> adds timestamps.</summary>
    [JsonPropertyName("response_format")]
    public TranscriptionFormat? ResponseFormat { get; set; }

    /// <summary>The sampling temperature.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; set; }

    /// <summary>The timestamp levels of a <see cref="TranscriptionFormat.VerboseJson"/> answer; ignored otherwise.</summary>
    [JsonPropertyName("timestamp_granularities")]
    public IList<TranscriptionTimestampGranularity>? TimestampGranularities { get; set; }

    /// <summary>Provider-specific options: only <see cref="ProviderPreferences.Options"/> (keyed by provider slug) applies to transcription.</summary>
    [JsonPropertyName("provider")]
    public ProviderPreferences? Provider { get; set; }

    /// <summary>Further fields sent as given, for options this type does not name yet.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Audio to transcribe: base64 bytes (not a data URL) and their format.</summary>
public sealed class TranscriptionAudio
{
    /// <summary>Creates an empty value; prefer <see cref="FromBytes"/>.</summary>
    public TranscriptionAudio()
    {
    }

    /// <summary>The audio, base64-encoded (raw bytes, not a data URL).</summary>
    [JsonPropertyName("data")]
    public string Data { get; set; } = string.Empty;

    /// <summary>The audio format, such as <c>wav</c>, <c>mp3</c>, <c>flac</c>, <c>m4a</c>, <c>ogg</c>, <c>webm</c> or <c>aac</c>.</summary>
    [JsonPropertyName("format")]
    public string Format { get; set; } = string.Empty;

    /// <summary>Further fields sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Audio bytes, base64-encoded for the request.</summary>
    /// <param name="audio">The audio bytes.</param>
    /// <param name="format">Their format, such as <c>wav</c> or <c>mp3</c>.</param>
    /// <returns>The audio.</returns>
    /// <exception cref="ArgumentException"><paramref name="format"/> is null or blank.</exception>
    public static TranscriptionAudio FromBytes(ReadOnlyMemory<byte> audio, string format) =>
        new() { Data = Convert.ToBase64String(audio.ToArray()), Format = Argument.NotBlank(format) };
}
