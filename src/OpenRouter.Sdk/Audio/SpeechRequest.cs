using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A request to synthesize speech from text (<c>POST /audio/speech</c>).</summary>
public sealed class SpeechRequest
{
    /// <summary>Creates an empty request; set <see cref="Model"/> and <see cref="Input"/>.</summary>
    public SpeechRequest()
    {
    }

    /// <summary>Creates a request for a model and a text.</summary>
    /// <param name="model">The text-to-speech model, for example <c>openai/gpt-4o-mini-tts</c>.</param>
    /// <param name="input">The text to speak.</param>
    public SpeechRequest(string model, string input)
    {
        Model = model;
        Input = input;
    }

    /// <summary>The text-to-speech model (required).</summary>
    [JsonPropertyName("model")]
    public string Model { get; set; } = string.Empty;

    /// <summary>The text to synthesize (required).</summary>
    [JsonPropertyName("input")]
    public string Input { get; set; } = string.Empty;

    /// <summary>The voice; voices are provider-specific (any string converts implicitly).</summary>
    [JsonPropertyName("voice")]
    public SpeechVoice? Voice { get; set; }

    /// <summary>The audio format; the server's default is <see cref="SpeechFormat.Pcm"/>.</summary>
    [JsonPropertyName("response_format")]
    public SpeechFormat? ResponseFormat { get; set; }

    /// <summary>A playback speed multiplier, for models that support it (such as OpenAI's); others ignore it.</summary>
    [JsonPropertyName("speed")]
    public double? Speed { get; set; }

    /// <summary>
    /// A voice sample for stateless voice cloning: one <see cref="SpeechReference.FromAudio(string, string?)"/> part,
    /// optionally with one <see cref="SpeechReference.FromText"/> transcript of it. Only endpoints that clone voices
    /// receive the request.
    /// </summary>
    [JsonPropertyName("input_references")]
    public IList<SpeechReference>? InputReferences { get; set; }

    /// <summary>Provider-specific options: only <see cref="ProviderPreferences.Options"/> (keyed by provider slug) applies to speech.</summary>
    [JsonPropertyName("provider")]
    public ProviderPreferences? Provider { get; set; }

    /// <summary>Further fields sent as given, for options this type does not name yet.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
