using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.AI;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Exposes <see cref="OpenRouterAudioClient"/> as the Microsoft.Extensions.AI <see cref="ITextToSpeechClient"/> and
/// <see cref="ISpeechToTextClient"/>, which are experimental in Microsoft.Extensions.AI: using them reports the same
/// diagnostic (<c>MEAI001</c>).
/// </summary>
[Experimental(MeaiExperimental.DiagnosticId, UrlFormat = MeaiExperimental.UrlFormat)]
public static class OpenRouterSpeechClientExtensions
{
    /// <summary>
    /// Returns an <see cref="ITextToSpeechClient"/> that synthesizes speech through
    /// <see cref="OpenRouterAudioClient.CreateSpeechAsync"/>. <c>TextToSpeechOptions.ModelId</c>, <c>VoiceId</c>,
    /// <c>AudioFormat</c> (a format name such as <c>mp3</c> or a media type such as <c>audio/mpeg</c>) and
    /// <c>Speed</c> are sent as <c>model</c>, <c>voice</c>, <c>response_format</c> and <c>speed</c>; <c>provider</c>
    /// travels in <c>AdditionalProperties</c>, anything else (such as voice cloning references) in a
    /// <see cref="SpeechRequest"/> returned by <c>RawRepresentationFactory</c>. <c>Language</c>, <c>Pitch</c> and
    /// <c>Volume</c> have no OpenRouter field and are not sent. <c>GetAudioAsync</c> returns the whole audio as one
    /// <see cref="DataContent"/>; <c>GetStreamingAudioAsync</c> yields it piece by piece as it arrives.
    /// </summary>
    /// <param name="audio">The audio client (<see cref="OpenRouterClient.Audio"/>); it is not disposed with the speech client.</param>
    /// <param name="defaultModel">The model used when <c>TextToSpeechOptions.ModelId</c> is not set, for example <c>openai/gpt-4o-mini-tts</c>.</param>
    /// <returns>
    /// The client. <c>GetService&lt;TextToSpeechClientMetadata&gt;()</c> reports provider <c>openrouter</c>, the
    /// endpoint and the default model; <c>GetService&lt;OpenRouterAudioClient&gt;()</c> returns <paramref name="audio"/>.
    /// </returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="audio"/> is null.</exception>
    public static ITextToSpeechClient AsITextToSpeechClient(this OpenRouterAudioClient audio, string? defaultModel = null)
    {
        Argument.NotNull(audio);

        return new OpenRouterTextToSpeechClient(audio, defaultModel);
    }

    /// <summary>
    /// Returns an <see cref="ISpeechToTextClient"/> that transcribes through
    /// <see cref="OpenRouterAudioClient.TranscribeAsync"/>: the audio stream is read whole and sent base64-encoded.
    /// Its format is taken from <c>SpeechToTextOptions.AdditionalProperties["audio_format"]</c>
    /// (<see cref="OpenRouterPropertyNames.AudioFormat"/>), else a file stream's extension, else the first bytes (wav,
    /// mp3, flac, ogg, m4a, webm, aac). <c>ModelId</c> and <c>SpeechLanguage</c> are sent as <c>model</c> and
    /// <c>language</c> (<c>en-US</c> as <c>en</c>); <c>provider</c> travels in <c>AdditionalProperties</c>, anything
    /// else in a <see cref="TranscriptionRequest"/> returned by <c>RawRepresentationFactory</c>. The answer carries the
    /// token counts in <c>Usage</c> and the cost (a <see cref="decimal"/>, USD) under
    /// <see cref="OpenRouterPropertyNames.Cost"/> in its <c>AdditionalProperties</c>. OpenRouter answers a
    /// transcription whole, so <c>GetStreamingTextAsync</c> yields that answer as updates.
    /// </summary>
    /// <param name="audio">The audio client (<see cref="OpenRouterClient.Audio"/>); it is not disposed with the speech client.</param>
    /// <param name="defaultModel">The model used when <c>SpeechToTextOptions.ModelId</c> is not set, for example <c>openai/whisper-large-v3</c>.</param>
    /// <returns>
    /// The client. <c>GetService&lt;SpeechToTextClientMetadata&gt;()</c> reports provider <c>openrouter</c>, the
    /// endpoint and the default model; <c>GetService&lt;OpenRouterAudioClient&gt;()</c> returns <paramref name="audio"/>.
    /// </returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="audio"/> is null.</exception>
    public static ISpeechToTextClient AsISpeechToTextClient(this OpenRouterAudioClient audio, string? defaultModel = null)
    {
        Argument.NotNull(audio);

        return new OpenRouterSpeechToTextClient(audio, defaultModel);
    }
}
