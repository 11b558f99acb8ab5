using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.AI;

/// <summary>
/// An <see cref="ITextToSpeechClient"/> over <see cref="OpenRouterAudioClient.CreateSpeechAsync"/>: maps
/// <see cref="TextToSpeechOptions"/> to a <see cref="SpeechRequest"/> and the audio back as <see cref="DataContent"/>,
/// whole or piece by piece as it arrives, keeping the SDK's error types.
/// </summary>
[Experimental(MeaiExperimental.DiagnosticId, UrlFormat = MeaiExperimental.UrlFormat)]
internal sealed class OpenRouterTextToSpeechClient : ITextToSpeechClient
{
    private const string OptionsName = nameof(TextToSpeechOptions);
    private const int ReadSize = 16 * 1024;

    private readonly OpenRouterAudioClient _audio;
    private readonly string? _defaultModel;
    private readonly TextToSpeechClientMetadata _metadata;

    public OpenRouterTextToSpeechClient(OpenRouterAudioClient audio, string? defaultModel)
    {
        _audio = Argument.NotNull(audio);
        _defaultModel = string.IsNullOrWhiteSpace(defaultModel) ? null : defaultModel;
        _metadata = new TextToSpeechClientMetadata(OpenRouterTelemetry.ProviderName, audio.Endpoint ?? OpenRouterClientOptions.DefaultBaseUrl, _defaultModel);
    }

    public Task<TextToSpeechResponse> GetAudioAsync(string text, TextToSpeechOptions? options = null, CancellationToken cancellationToken = default)
    {
        SpeechRequest request = ToRequest(text, options);
        return GetAudioCoreAsync(request, cancellationToken);
    }

    public IAsyncEnumerable<TextToSpeechResponseUpdate> GetStreamingAudioAsync(string text, TextToSpeechOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        SpeechRequest request = ToRequest(text, options);
        return StreamCoreAsync(request, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        Argument.NotNull(serviceType);

        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(TextToSpeechClientMetadata))
        {
            return _metadata;
        }

        if (serviceType.IsInstanceOfType(_audio))
        {
            return _audio;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
        // The audio client belongs to its OpenRouterClient; it is not disposed here.
    }

    private SpeechRequest ToRequest(string text, TextToSpeechOptions? options)
    {
        Argument.NotNull(text);

        // A request from the factory is the starting point: what it already sets wins over the options. It is copied,
        // since a factory may hand out one shared instance.
        SpeechRequest request = options?.RawRepresentationFactory?.Invoke(this) is SpeechRequest template
            ? Copy(template)
            : new SpeechRequest();
        request.Input = text;
        if (string.IsNullOrWhiteSpace(request.Model))
        {
            request.Model = options?.ModelId ?? _defaultModel ?? string.Empty;
        }

        Argument.Requires(!string.IsNullOrWhiteSpace(request.Model),
            "No speech model: set TextToSpeechOptions.ModelId or pass a default model to AsITextToSpeechClient.", nameof(options));
        if (options is null)
        {
            return request;
        }

        if (request.Voice is null && options.VoiceId is { Length: > 0 } voice)
        {
            request.Voice = new SpeechVoice(voice);
        }

        if (request.ResponseFormat is null && options.AudioFormat is { Length: > 0 } format)
        {
            request.ResponseFormat = ToSpeechFormat(format);
        }

        request.Speed ??= options.Speed;
        request.Provider ??= AdapterProperties.Read(options.AdditionalProperties, OpenRouterPropertyNames.Provider, OpenRouterJsonContext.Default.ProviderPreferences, OptionsName);
        return request;
    }

    private async Task<TextToSpeechResponse> GetAudioCoreAsync(SpeechRequest request, CancellationToken cancellationToken)
    {
        using SpeechAudio speech = await _audio.CreateSpeechAsync(request, cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        await speech.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);

        var content = new DataContent(buffer.ToArray(), MediaTypeOf(speech, request));
        return new TextToSpeechResponse([content])
        {
            ModelId = request.Model,
            ResponseId = speech.GenerationId,
        };
    }

    private async IAsyncEnumerable<TextToSpeechResponseUpdate> StreamCoreAsync(SpeechRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Each read becomes one update as the bytes arrive; leaving the loop early closes the response.
        using SpeechAudio speech = await _audio.CreateSpeechAsync(request, cancellationToken).ConfigureAwait(false);
        string mediaType = MediaTypeOf(speech, request);
        var buffer = new byte[ReadSize];
        int read;
        while ((read = await speech.Stream.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            var piece = new byte[read];
            Buffer.BlockCopy(buffer, 0, piece, 0, read);
            yield return new TextToSpeechResponseUpdate([new DataContent(piece, mediaType)])
            {
                Kind = TextToSpeechResponseUpdateKind.AudioUpdating,
                ModelId = request.Model,
                ResponseId = speech.GenerationId,
            };
        }
    }

    /// <summary>The media type the server sent, else the one of the requested format.</summary>
    private static string MediaTypeOf(SpeechAudio speech, SpeechRequest request)
    {
        if (speech.ContentType is { Length: > 0 } sent)
        {
            return sent;
        }

        return request.ResponseFormat?.Value.ToUpperInvariant() switch
        {
            "MP3" => "audio/mpeg",
            null or "PCM" => "audio/pcm",
            { } other => "audio/" + other.ToLowerInvariant(),
        };
    }

    /// <summary>A media type (<c>audio/mpeg</c>) or a format name (<c>mp3</c>) as OpenRouter's <c>response_format</c>.</summary>
    private static SpeechFormat ToSpeechFormat(string format) => format.ToUpperInvariant() switch
    {
        "AUDIO/MPEG" or "AUDIO/MP3" or "MP3" => SpeechFormat.Mp3,
        "AUDIO/PCM" or "AUDIO/L16" or "PCM" => SpeechFormat.Pcm,
        _ => new SpeechFormat(format.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) ? format.Substring("audio/".Length) : format),
    };

    private static SpeechRequest Copy(SpeechRequest source) => new()
    {
        Model = source.Model,
        Input = source.Input,
        Voice = source.Voice,
        ResponseFormat = source.ResponseFormat,
        Speed = source.Speed,
        InputReferences = source.InputReferences is null ? null : new List<SpeechReference>(source.InputReferences),
        Provider = source.Provider,
        AdditionalProperties = source.AdditionalProperties is null ? null : new Dictionary<string, System.Text.Json.JsonElement>(source.AdditionalProperties),
    };
}
