using System;

namespace OpenRouter.Sdk;

/// <summary>
/// The server sent something that cannot be read: not valid JSON of the expected shape, or a body that does not match
/// its <c>Content-Encoding</c>. <see cref="OpenRouterException.StatusCode"/> keeps the HTTP status. When it happens
/// inside a stream, the chunks before it were already yielded and <see cref="ReceivedContent"/>,
/// <see cref="ReceivedReasoning"/> and <see cref="ChunksReceived"/> hold what they said.
/// </summary>
public sealed class OpenRouterInvalidResponseException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterInvalidResponseException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>In a stream: the content text received before the unreadable part (first choice, first 65,536 characters); otherwise empty.</summary>
    public string ReceivedContent { get; init; } = string.Empty;

    /// <summary>In a stream: the reasoning text received before the unreadable part (first choice, first 65,536 characters); otherwise empty.</summary>
    public string ReceivedReasoning { get; init; } = string.Empty;

    /// <summary>In a stream: how many chunks were yielded before the unreadable part; otherwise 0.</summary>
    public int ChunksReceived { get; init; }
}
