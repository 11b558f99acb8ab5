using System;

namespace OpenRouter.Sdk;

/// <summary>
/// A stream failed after it began (HTTP 200): the server sent an <c>error</c> chunk, the connection dropped, or the
/// stream ended without <c>[DONE]</c> or a finish reason. The chunks before the failure were already yielded;
/// <see cref="ReceivedContent"/> and <see cref="ReceivedReasoning"/> hold their text. A stream is never retried.
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

    /// <summary>The chunk that carried the error, when the server sent one.</summary>
    public ChatCompletionChunk? ErrorChunk { get; init; }
}
