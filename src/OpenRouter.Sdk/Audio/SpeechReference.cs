using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// A part of a voice-cloning reference (<see cref="SpeechRequest.InputReferences"/>): the voice sample
/// (<c>{"type":"input_audio","input_audio":{...}}</c>) or its transcript (<c>{"type":"text","text":...}</c>).
/// </summary>
public sealed class SpeechReference
{
    /// <summary>Creates an empty part; prefer <see cref="FromAudio(string, string?)"/> or <see cref="FromText"/>.</summary>
    public SpeechReference()
    {
    }

    /// <summary>The part type: <c>input_audio</c> or <c>text</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>The voice sample of an <c>input_audio</c> part.</summary>
    [JsonPropertyName("input_audio")]
    public SpeechReferenceAudio? InputAudio { get; set; }

    /// <summary>The transcript of a <c>text</c> part.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>Further fields sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A voice sample given as base64 (optionally a data URL such as <c>data:audio/wav;base64,...</c>).</summary>
    /// <param name="data">The base64 audio or data URL (at most 20 MiB of base64).</param>
    /// <param name="format">The audio format, such as <c>wav</c>; most providers detect it.</param>
    /// <returns>The part.</returns>
    public static SpeechReference FromAudio(string data, string? format) =>
        new() { Type = "input_audio", InputAudio = new SpeechReferenceAudio { Data = Argument.NotBlank(data), Format = format } };

    /// <summary>A voice sample given as bytes, sent base64-encoded.</summary>
    /// <param name="audio">The audio bytes.</param>
    /// <param name="format">The audio format, such as <c>wav</c>; most providers detect it.</param>
    /// <returns>The part.</returns>
    public static SpeechReference FromAudio(ReadOnlyMemory<byte> audio, string? format) =>
        FromAudio(Convert.ToBase64String(audio.ToArray()), format);

    /// <summary>The transcript of the voice sample.</summary>
    /// <param name="text">What the sample says.</param>
    /// <returns>The part.</returns>
    public static SpeechReference FromText(string text) => new() { Type = "text", Text = Argument.NotNull(text) };
}

/// <summary>The audio of a voice-cloning reference.</summary>
public sealed class SpeechReferenceAudio
{
    /// <summary>Base64 audio, optionally a data URL.</summary>
    [JsonPropertyName("data")]
    public string Data { get; set; } = string.Empty;

    /// <summary>The audio format, such as <c>wav</c> or <c>mp3</c>; optional.</summary>
    [JsonPropertyName("format")]
    public string? Format { get; set; }

    /// <summary>Further fields sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
