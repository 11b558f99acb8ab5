using System.Text.Json;

namespace OpenRouter.Sdk;

/// <summary>Failures of a Responses API stream after it began: an <c>error</c> or <c>response.failed</c> event, an early end.</summary>
internal static partial class OpenRouterErrorFactory
{
    /// <summary>
    /// The exception of an <c>error</c> or <c>response.failed</c> event, with what the stream delivered before it.
    /// The code, message and the event's JSON are cleaned of the client's keys first.
    /// </summary>
    public static OpenRouterStreamException FromResponseStreamEvent(ResponseStreamEvent item, IStreamProgress progress, ClientSecrets secrets)
    {
        string? code;
        string? text;
        string? generationId = progress.GenerationId;
        Usage? usage = progress.Usage;
        if (item is ResponseFailedEvent failed)
        {
            code = failed.Response.Error?.Code;
            text = failed.Response.Error?.Message;
            if (!string.IsNullOrEmpty(failed.Response.Id))
            {
                generationId ??= SecretRedactor.Redact(failed.Response.Id, secrets);
            }

            if (failed.Response.Usage is { } failedUsage)
            {
                usage = Http.Streaming.ResponseStreamProgress.ToUsage(failedUsage);
            }

            if (failed.Response.Error is { } error)
            {
                error.Message = SecretRedactor.Redact(error.Message, secrets);
                error.Code = SecretRedactor.Redact(error.Code, secrets);
            }
        }
        else
        {
            var errorEvent = (ResponseErrorEvent)item;
            code = errorEvent.Code ?? errorEvent.Error?.Code;
            text = errorEvent.Message ?? errorEvent.Error?.Message;
            errorEvent.Message = SecretRedactor.Redact(errorEvent.Message, secrets);
            errorEvent.Code = SecretRedactor.Redact(errorEvent.Code, secrets);
            if (errorEvent.Error is { } nested)
            {
                nested.Message = SecretRedactor.Redact(nested.Message, secrets);
                nested.Code = SecretRedactor.Redact(nested.Code, secrets);
            }
        }

        code = SecretRedactor.Redact(code, secrets);
        text = SecretRedactor.Redact(text, secrets);
        JsonElement json = SecretRedactor.Redact(item.Json, secrets);
        item.SetJson(json);
        string what = item is ResponseFailedEvent ? "The response failed after the stream started" : "The response stream failed after it started";
        string message = what
            + (string.IsNullOrEmpty(text) ? "." : ": " + text)
            + (string.IsNullOrEmpty(code) ? string.Empty : " (code " + code + ")")
            + $" {progress.Chunks} events were received before it.";
        return new OpenRouterStreamException(message)
        {
            ErrorCode = code,
            GenerationId = generationId,
            ReceivedContent = progress.Content,
            ReceivedReasoning = progress.Reasoning,
            ChunksReceived = progress.Chunks,
            Usage = usage,
            ErrorEvent = item,
        };
    }

    /// <summary>A Responses API stream whose body ended before <c>response.completed</c> (or <c>response.incomplete</c>).</summary>
    public static OpenRouterStreamException ResponseStreamEndedEarly(IStreamProgress progress) =>
        StreamBroken($"The response stream ended after {progress.Chunks} events without response.completed; the answer is incomplete.", progress, null);
}
