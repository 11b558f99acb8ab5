using System.Text.Json;

namespace OpenRouter.Sdk;

/// <summary>Failures of a Messages API stream after it began: an <c>error</c> event, an end before <c>message_stop</c>.</summary>
internal static partial class OpenRouterErrorFactory
{
    /// <summary>
    /// The exception of an <c>error</c> event, with what the stream delivered before it. The type, message and the
    /// event's JSON are cleaned of the client's keys first.
    /// </summary>
    public static OpenRouterStreamException FromMessagesErrorEvent(MessagesErrorEvent item, IStreamProgress progress, ClientSecrets secrets)
    {
        if (item.Error is { } error)
        {
            error.Message = SecretRedactor.Redact(error.Message, secrets);
            error.Type = SecretRedactor.Redact(error.Type, secrets);
            error.ErrorType = SecretRedactor.Redact(error.ErrorType, secrets);
        }

        string? code = item.Error?.Type;
        string? text = item.Error?.Message;
        JsonElement json = SecretRedactor.Redact(item.Json, secrets);
        item.SetJson(json);
        string message = "The messages stream failed after it started"
            + (string.IsNullOrEmpty(text) ? "." : ": " + text)
            + (string.IsNullOrEmpty(code) ? string.Empty : " (" + code + ")")
            + $" {progress.Chunks} events were received before it.";
        return new OpenRouterStreamException(message)
        {
            ErrorCode = code,
            GenerationId = progress.GenerationId,
            ReceivedContent = progress.Content,
            ReceivedReasoning = progress.Reasoning,
            ChunksReceived = progress.Chunks,
            FinishReason = progress.FinishReason,
            Usage = progress.Usage,
            MessagesErrorEvent = item,
        };
    }

    /// <summary>A Messages API stream whose body ended before <c>message_stop</c>.</summary>
    public static OpenRouterStreamException MessagesStreamEndedEarly(IStreamProgress progress) =>
        StreamBroken($"The messages stream ended after {progress.Chunks} events without message_stop; the answer is incomplete.", progress, null);
}
