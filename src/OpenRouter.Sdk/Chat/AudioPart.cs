using System;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>An audio part: <c>{"type":"input_audio","input_audio":{"data":"base64","format":"wav"}}</c>.</summary>
public sealed class AudioPart : ContentPart
{
    /// <summary>Creates an audio part from base64 data.</summary>
    /// <param name="base64Data">The audio, base64 encoded.</param>
    /// <param name="format">The encoding, for example <see cref="AudioFormat.Wav"/>.</param>
    public AudioPart(string base64Data, AudioFormat format)
    {
        Argument.NotNull(base64Data);

        InputAudio = new InputAudio { Data = base64Data, Format = format };
    }

    [JsonConstructor]
    internal AudioPart(InputAudio inputAudio)
    {
        InputAudio = inputAudio;
    }

    /// <summary>Creates an audio part from raw bytes.</summary>
    public static AudioPart FromBytes(ReadOnlySpan<byte> bytes, AudioFormat format) =>
        new(Convert.ToBase64String(bytes.ToArray()), format);

    /// <summary>The audio payload.</summary>
    [JsonPropertyName("input_audio")]
    public InputAudio InputAudio { get; set; }
}
