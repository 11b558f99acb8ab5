using System;

namespace OpenRouter.Sdk;

/// <summary>
/// A stream failed after it began (HTTP 200): the server sent an <c>error</c> chunk (or, for the Responses API, an
/// <c>error</c> or <c>response.failed</c> event), the connection dropped, or the
/// stream ended without <c>[DONE]</c> (even after a finish reason: the usage chunk and cost that precede
/// <c>[DONE]</c> are then missing). The chunks before the failure were already yielded; <see cref="ReceivedContent"/>,
/// <see cref="ReceivedReasoning"/>, <see cref="FinishReason"/> and <see cref="Usage"/> hold what they said. A stream
/// is never retried.
/// </summary>
public sealed class OpenRouterStreamException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterStreamException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// The content text received before the failure (of the first choice; its first 65,536 characters, so a long
    /// stream's memory stays flat; fold the stream with <c>ToChatCompletionAsync</c> to keep everything).
    /// </summary>
    public string ReceivedContent { get; init; } = string.Empty;

    /// <summary>The reasoning text received before the failure (of the first choice; its first 65,536 characters).</summary>
    public string ReceivedReasoning { get; init; } = string.Empty;

    /// <summary>How many chunks were yielded before the failure.</summary>
    public int ChunksReceived { get; init; }

    /// <summary>The first choice's finish reason, when a chunk before the failure carried one.</summary>
    public FinishReason? FinishReason { get; init; }

    /// <summary>The token counts and cost, when the usage chunk arrived before the failure.</summary>
    public Usage? Usage { get; init; }

    /// <summary>The chunk that carried the error, when the server sent one.</summary>
    public ChatCompletionChunk? ErrorChunk { get; init; }

    /// <summary>
    /// For a Responses API stream (<see cref="OpenRouterResponsesClient.StreamAsync"/>): the <c>error</c> or
    /// <c>response.failed</c> event that ended it, when the server sent one (a <see cref="ResponseErrorEvent"/> or
    /// <see cref="ResponseFailedEvent"/>); null otherwise.
    /// </summary>
    public ResponseStreamEvent? ErrorEvent { get; init; }

    /// <summary>
    /// For a Messages API stream (<see cref="OpenRouterMessagesClient.StreamAsync"/>): the <c>error</c> event that
    /// ended it, when the server sent one; null otherwise.
    /// </summary>
    public MessagesErrorEvent? MessagesErrorEvent { get; init; }
}
