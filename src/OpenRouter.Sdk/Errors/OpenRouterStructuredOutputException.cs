using System;

namespace OpenRouter.Sdk;

/// <summary>
/// The model's answer could not be read as the structured result asked for: it was empty, a refusal, cut off, or
/// not valid JSON for <see cref="TargetType"/>. The request itself succeeded, so retrying may help.
/// </summary>
public sealed class OpenRouterStructuredOutputException : OpenRouterException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, with an excerpt of the answer.</param>
    /// <param name="targetType">The type the answer was read into.</param>
    /// <param name="content">The answer text as received, or null when there was none.</param>
    /// <param name="innerException">The JSON error, when there was one.</param>
    public OpenRouterStructuredOutputException(string message, Type targetType, string? content, Exception? innerException = null)
        : base(message, innerException)
    {
        TargetType = targetType ?? throw new ArgumentNullException(nameof(targetType));
        Content = content;
    }

    /// <summary>The type the answer was read into.</summary>
    public Type TargetType { get; }

    /// <summary>The full answer text as received, or null when the model sent none.</summary>
    public string? Content { get; }
}
