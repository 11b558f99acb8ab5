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
/// An <see cref="ISpeechToTextClient"/> over <see cref="OpenRouterAudioClient.TranscribeAsync"/>: reads the audio,
/// maps <see cref="SpeechToTextOptions"/> to a <see cref="TranscriptionRequest"/> and the transcript, usage and cost
/// back, keeping the SDK's error types.
/// </summary>
[Experimental(MeaiExperimental.DiagnosticId, UrlFormat = MeaiExperimental.UrlFormat)]
internal sealed class OpenRouterSpeechToTextClient : ISpeechToTextClient
{
    private const string OptionsName = nameof(SpeechToTextOptions);

    private readonly OpenRouterAudioClient _audio;
    private readonly string? _defaultModel;
    private readonly SpeechToTextClientMetadata _metadata;

    public OpenRouterSpeechToTextClient(OpenRouterAudioClient audio, string? defaultModel)
    {
        _audio = Argument.NotNull(audio);
        _defaultModel = string.IsNullOrWhiteSpace(defaultModel) ? null : defaultModel;
        _metadata = new SpeechToTextClientMetadata(OpenRouterTelemetry.ProviderName, audio.Endpoint ?? OpenRouterClientOptions.DefaultBaseUrl, _defaultModel);
    }

    public Task<SpeechToTextResponse> GetTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(audioSpeechStream);
        string model = options?.ModelId ?? _defaultModel ?? string.Empty;
        Argument.Requires(!string.IsNullOrWhiteSpace(model) || options?.RawRepresentationFactory is not null,
            "No transcription model: set SpeechToTextOptions.ModelId or pass a default model to AsISpeechToTextClient.", nameof(options));
        return GetTextCoreAsync(audioSpeechStream, options, cancellationToken);
    }

    public async IAsyncEnumerable<SpeechToTextResponseUpdate> GetStreamingTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // OpenRouter answers a transcription whole: the stream is that answer as updates.
        SpeechToTextResponse response = await GetTextAsync(audioSpeechStream, options, cancellationToken).ConfigureAwait(false);
        foreach (SpeechToTextResponseUpdate update in response.ToSpeechToTextResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        Argument.NotNull(serviceType);

        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(SpeechToTextClientMetadata))
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

    private async Task<SpeechToTextResponse> GetTextCoreAsync(Stream audioSpeechStream, SpeechToTextOptions? options, CancellationToken cancellationToken)
    {
        byte[] audio;
        using (var buffer = new MemoryStream())
        {
            await audioSpeechStream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
            audio = buffer.ToArray();
        }

        TranscriptionRequest request = ToRequest(audio, audioSpeechStream, options);
        Transcription transcription = await _audio.TranscribeAsync(request, cancellationToken).ConfigureAwait(false);
        return ToResponse(transcription, request.Model);
    }

    private TranscriptionRequest ToRequest(byte[] audio, Stream source, SpeechToTextOptions? options)
    {
        // A request from the factory is the starting point: what it already sets wins over the options. It is copied,
        // since a factory may hand out one shared instance.
        TranscriptionRequest request = options?.RawRepresentationFactory?.Invoke(this) is TranscriptionRequest template
            ? Copy(template)
            : new TranscriptionRequest();
        if (string.IsNullOrWhiteSpace(request.Model))
        {
            request.Model = options?.ModelId ?? _defaultModel ?? string.Empty;
        }

        Argument.Requires(audio.Length > 0, "The audio stream is empty.", nameof(source));
        string? format = request.InputAudio?.Format is { Length: > 0 } given ? given
            : AdapterProperties.ReadString(options?.AdditionalProperties, OpenRouterPropertyNames.AudioFormat) ?? FormatOf(source) ?? SniffFormat(audio);
        Argument.Requires(!string.IsNullOrWhiteSpace(format),
            $"The audio's format is unknown: set SpeechToTextOptions.AdditionalProperties[\"{OpenRouterPropertyNames.AudioFormat}\"] (such as \"wav\" or \"mp3\").", nameof(options));
        request.InputAudio = TranscriptionAudio.FromBytes(audio, format!);

        if (request.Language is null && options?.SpeechLanguage is { Length: > 0 } language)
        {
            // OpenRouter takes ISO-639-1 codes: "en-US" is sent as "en".
            int dash = language.IndexOf('-');
            request.Language = (dash > 0 ? language.Substring(0, dash) : language).ToLowerInvariant();
        }

        request.Provider ??= AdapterProperties.Read(options?.AdditionalProperties, OpenRouterPropertyNames.Provider, OpenRouterJsonContext.Default.ProviderPreferences, OptionsName);
        return request;
    }

    private static SpeechToTextResponse ToResponse(Transcription transcription, string model)
    {
        var response = new SpeechToTextResponse(transcription.Text)
        {
            ModelId = model,
            RawRepresentation = transcription,
        };

        if ((transcription.Duration ?? transcription.Usage?.Seconds) is { } seconds)
        {
            response.StartTime = TimeSpan.Zero;
            response.EndTime = TimeSpan.FromSeconds(seconds);
        }

        if (transcription.Usage is { } usage)
        {
            response.Usage = new UsageDetails
            {
                InputTokenCount = usage.InputTokens,
                OutputTokenCount = usage.OutputTokens,
                TotalTokenCount = usage.TotalTokens,
            };

            AdditionalPropertiesDictionary? properties = null;
            AdapterProperties.AddCost(ref properties, usage.Cost, null);
            response.AdditionalProperties = properties;
        }

        return response;
    }

    /// <summary>The format a file stream's extension names (<c>.mp3</c> is <c>mp3</c>), if any.</summary>
    private static string? FormatOf(Stream source) =>
        source is FileStream file && Path.GetExtension(file.Name) is { Length: > 1 } extension ? extension.Substring(1).ToLowerInvariant() : null;

    /// <summary>The format the first bytes show, for the common containers; null when they show none.</summary>
    private static string? SniffFormat(byte[] audio)
    {
        if (StartsWith(audio, 0, "RIFF"u8) && StartsWith(audio, 8, "WAVE"u8))
        {
            return "wav";
        }

        if (StartsWith(audio, 0, "ID3"u8) || (audio.Length > 1 && audio[0] == 0xFF && (audio[1] & 0xE6) == 0xE2))
        {
            return "mp3";
        }

        if (audio.Length > 1 && audio[0] == 0xFF && (audio[1] & 0xF6) == 0xF0)
        {
            return "aac";
        }

        return StartsWith(audio, 0, "fLaC"u8) ? "flac"
            : StartsWith(audio, 0, "OggS"u8) ? "ogg"
            : StartsWith(audio, 4, "ftyp"u8) ? "m4a"
            : StartsWith(audio, 0, new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }) ? "webm"
            : null;
    }

    private static bool StartsWith(byte[] data, int offset, ReadOnlySpan<byte> prefix) =>
        data.Length >= offset + prefix.Length && data.AsSpan(offset, prefix.Length).SequenceEqual(prefix);

    private static TranscriptionRequest Copy(TranscriptionRequest source) => new()
    {
        Model = source.Model,
        InputAudio = source.InputAudio is { } audio ? new TranscriptionAudio { Data = audio.Data, Format = audio.Format } : null,
        Language = source.Language,
        ResponseFormat = source.ResponseFormat,
        Temperature = source.Temperature,
        TimestampGranularities = source.TimestampGranularities is null ? null : new List<TranscriptionTimestampGranularity>(source.TimestampGranularities),
        Provider = source.Provider,
        AdditionalProperties = source.AdditionalProperties is null ? null : new Dictionary<string, System.Text.Json.JsonElement>(source.AdditionalProperties),
    };
}
