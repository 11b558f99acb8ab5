using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Speech (the spec's <c>TTS</c> and <c>STT</c> operations): synthesize speech from text (<c>POST /audio/speech</c>),
/// streamed as it arrives, and transcribe audio (<c>POST /audio/transcriptions</c>). Reached as
/// <see cref="OpenRouterClient.Audio"/> or resolved from DI after <c>services.AddOpenRouter(...)</c>. Sent with the
/// API key; thread-safe; it shares its client's connections, options, retries, budget and lifetime.
/// </summary>
/// <remarks>
/// To fake it in tests, derive from it (the protected constructor exists for that) and override the methods you
/// use; the methods are virtual. A fake returns <c>new SpeechAudio(stream, contentType, generationId)</c> over any
/// stream.
/// </remarks>
public class OpenRouterAudioClient
{
    private static readonly ApiPath SpeechPath = ApiPath.Of("audio").Then("speech");
    private static readonly ApiPath TranscriptionsPath = ApiPath.Of("audio").Then("transcriptions");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterAudioClient()
    {
    }

    internal OpenRouterAudioClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Synthesizes speech (<c>POST /audio/speech</c>). Returns once the response headers arrived (within
    /// <see cref="OpenRouterClientOptions.StreamResponseTimeout"/>); the audio is then read from
    /// <see cref="SpeechAudio.Stream"/> as it arrives (or copied with <see cref="SpeechAudio.CopyToAsync"/> /
    /// <see cref="SpeechAudio.SaveAsync"/>), never held in memory whole. Dispose the result.
    /// </summary>
    /// <param name="request">The model, the text and the voice options.</param>
    /// <param name="cancellationToken">Cancels the call and, until the result is disposed, the reading of the audio.</param>
    /// <returns>The audio, to read and then dispose.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request has no model or no input text, or a speed of 0 or less; nothing was sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or no headers came in time.</exception>
    public virtual Task<SpeechAudio> CreateSpeechAsync(SpeechRequest request, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request);
        Argument.Requires(!string.IsNullOrWhiteSpace(request.Model), "A speech request needs a model.", nameof(request));
        Argument.Requires(!string.IsNullOrEmpty(request.Input), "A speech request needs an input text.", nameof(request));
        Argument.Requires(request.Speed is null or > 0, $"SpeechRequest.Speed must be greater than 0; got {request.Speed}.", nameof(request));
        Argument.Requires(request.Voice is null || request.Voice.Value.Value.Length > 0, "SpeechRequest.Voice cannot be empty.", nameof(request));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.SpeechRequest);
        return CreateSpeechCoreAsync(body, cancellationToken);
    }

    /// <summary>
    /// Transcribes audio (<c>POST /audio/transcriptions</c>), sent as JSON with the audio base64-encoded
    /// (<see cref="TranscriptionAudio.FromBytes"/>). Its <see cref="TranscriptionUsage.Cost"/> counts against the
    /// client's budget, if any.
    /// </summary>
    /// <param name="request">The model, the audio and the options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The transcription.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request has no model, no audio data or no audio format; nothing was sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual Task<Transcription> TranscribeAsync(TranscriptionRequest request, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request);
        Argument.Requires(!string.IsNullOrWhiteSpace(request.Model), "A transcription request needs a model.", nameof(request));
        Argument.Requires(request.InputAudio is { Data.Length: > 0 }, "A transcription request needs audio (TranscriptionRequest.InputAudio with data).", nameof(request));
        Argument.Requires(!string.IsNullOrWhiteSpace(request.InputAudio!.Format), "A transcription request needs the audio's format (such as \"wav\" or \"mp3\").", nameof(request));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.TranscriptionRequest);
        return TranscribeCoreAsync(body, cancellationToken);
    }

    private async Task<SpeechAudio> CreateSpeechCoreAsync(byte[] body, CancellationToken cancellationToken)
    {
        OpenRouterPipeline pipeline = Pipeline;
        if (pipeline.Lifetime.Budget is { } budget)
        {
            await budget.EnsureAvailableAsync(cancellationToken).ConfigureAwait(false);
        }

        HttpResponseMessage response = await pipeline.SendForBodyStreamAsync(HttpMethod.Post, SpeechPath, body, "audio/*", cancellationToken).ConfigureAwait(false);
        string? contentType = response.Content.Headers.ContentType?.MediaType;
        ResponseBodyStream stream = await ResponseBodyStream.OpenAsync(pipeline, response, cancellationToken).ConfigureAwait(false);
        return new SpeechAudio(stream, contentType, stream.GenerationId);
    }

    private async Task<Transcription> TranscribeCoreAsync(byte[] body, CancellationToken cancellationToken)
    {
        OpenRouterPipeline pipeline = Pipeline;
        OpenRouterBudgetGuard? budget = pipeline.Lifetime.Budget;
        if (budget is not null)
        {
            await budget.EnsureAvailableAsync(cancellationToken).ConfigureAwait(false);
        }

        Transcription transcription = await pipeline.SendAsync(HttpMethod.Post, TranscriptionsPath, body, OpenRouterJsonContext.Default.Transcription,
            static r => OpenRouterPipeline.ErrorMember(r.AdditionalProperties), OpenRouterCredential.ApiKey, cancellationToken).ConfigureAwait(false);
        budget?.Record(transcription.Usage?.Cost);
        return transcription;
    }

    /// <summary>The API root this client sends to (null for a mock), reported by the Microsoft.Extensions.AI adapters' metadata.</summary>
    internal Uri? Endpoint => _pipeline?.Options.BaseUrl;

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
