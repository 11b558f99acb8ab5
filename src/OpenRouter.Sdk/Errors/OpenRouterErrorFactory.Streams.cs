using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;

namespace OpenRouter.Sdk;

/// <summary>Failures after a stream began: an error event, a broken connection, bytes that cannot be read, an early end.</summary>
internal static partial class OpenRouterErrorFactory
{
    public static OpenRouterStreamException FromStreamChunk(ChatCompletionChunk chunk, IStreamProgress progress, ClientSecrets secrets)
    {
        // Everything below reads the cleaned chunk, so no property or message can carry an echoed key.
        chunk = SecretRedactor.Redact(chunk, secrets);
        OpenRouterErrorDetail error = chunk.Error!;
        string? providerName = GetString(error.Metadata, "provider_name") ?? chunk.Provider;
        string? raw = RawOf(error.Metadata, secrets);
        string message = ComposeMessage("The stream failed after it started", null, error, providerName, raw, secrets);
        return new OpenRouterStreamException(message)
        {
            ErrorCode = error.Code,
            ErrorType = GetString(error.Metadata, "error_type") ?? error.ErrorType,
            ProviderName = providerName,
            ProviderRawError = raw,
            Metadata = error.Metadata,
            GenerationId = string.IsNullOrEmpty(chunk.Id) ? SecretRedactor.Redact(progress.GenerationId, secrets) : chunk.Id,
            ReceivedContent = progress.Content,
            ReceivedReasoning = progress.Reasoning,
            ChunksReceived = progress.Chunks,
            FinishReason = progress.FinishReason,
            Usage = progress.Usage,
            ErrorChunk = chunk,
        };
    }

    public static OpenRouterStreamException StreamBroken(string reason, IStreamProgress progress, Exception? inner) =>
        new(reason, inner)
        {
            // The id comes from the server's events, already cleaned of the keys; anything shaped like a key goes too.
            GenerationId = SecretRedactor.Redact(progress.GenerationId),
            ReceivedContent = progress.Content,
            ReceivedReasoning = progress.Reasoning,
            ChunksReceived = progress.Chunks,
            FinishReason = progress.FinishReason,
            Usage = progress.Usage,
        };

    /// <summary>A stream whose bytes could not be read as events (bad JSON, a broken encoding); what came before is kept.</summary>
    public static OpenRouterInvalidResponseException StreamUnreadable(string reason, IStreamProgress progress, HttpResponseMessage? response, Exception? inner, ClientSecrets secrets) =>
        new(reason, inner)
        {
            StatusCode = response is null ? null : (int)response.StatusCode,
            GenerationId = progress.GenerationId ?? GenerationIdOf(response, secrets),
            ReceivedContent = progress.Content,
            ReceivedReasoning = progress.Reasoning,
            ChunksReceived = progress.Chunks,
        };

    /// <summary>The response stream could not be opened once the headers were in.</summary>
    public static OpenRouterStreamException StreamNotOpened(IStreamProgress progress, Exception inner) =>
        StreamBroken("The stream could not be opened.", progress, inner);

    /// <summary>
    /// What a failure while reading a stream's events becomes once no cancellation explains it (see
    /// <see cref="FromCancellation"/>): an exception of the SDK stays; bad JSON, an undecodable body or any other
    /// reader fault is an answer that could not be read; a dropped connection breaks the stream.
    /// </summary>
    public static Exception FromStreamRead(Exception e, IStreamProgress progress, HttpResponseMessage? response, ClientSecrets secrets)
    {
        if (e is OpenRouterException or OperationCanceledException)
        {
            return e;
        }

        if (e is JsonException json)
        {
            return StreamUnreadable($"A stream event was not valid JSON ({ParseProblem(json)}); the stream was stopped after {progress.Chunks} chunks.", progress, response, null, secrets);
        }

        if (IsUndecodable(e))
        {
            return StreamUnreadable($"The stream's bytes do not match its Content-Encoding (they could not be decompressed); the stream was stopped after {progress.Chunks} chunks.", progress, response, e, secrets);
        }

        if (e is IOException or HttpRequestException or ObjectDisposedException)
        {
            return StreamBroken($"The connection dropped after {progress.Chunks} chunks, before the stream finished.", progress, e);
        }

        // Anything else thrown while reading an event (a reader fault on input it did not expect) is still an
        // answer the SDK could not read: the caller gets the same exception family, with what came before.
        return StreamUnreadable($"A stream event could not be read ({e.GetType().Name}); the stream was stopped after {progress.Chunks} chunks.", progress, response, e, secrets);
    }

    /// <summary>A chat stream whose body ended without <c>[DONE]</c>, saying what is missing.</summary>
    public static OpenRouterStreamException ChatStreamEndedWithoutDone(IStreamProgress progress) =>
        StreamBroken(progress.SawFinishReason
            ? $"The stream ended after {progress.Chunks} chunks and its finish reason ({progress.FinishReason?.ToString() ?? "set"}) but without [DONE]; the usage chunk with tokens and cost may be missing."
            : $"The stream ended after {progress.Chunks} chunks without [DONE] or a finish reason; the answer is incomplete.", progress, null);

    /// <summary>The parser's description of the problem without the data it quotes, which may hold anything.</summary>
    private static string ParseProblem(JsonException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" | ", StringComparison.Ordinal);
        }

        message = cut > 0 ? message.Substring(0, cut) : message;
        return message.Length > 200 ? message.Substring(0, 200) + "..." : message;
    }
}
