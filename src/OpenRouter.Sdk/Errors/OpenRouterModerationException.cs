using System;
using System.Collections.Generic;

namespace OpenRouter.Sdk;

/// <summary>The input was flagged by moderation (403 with <c>metadata.reasons</c>).</summary>
public sealed class OpenRouterModerationException : OpenRouterPermissionDeniedException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterModerationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Why the input was flagged.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = Array.Empty<string>();

    /// <summary>The flagged text (up to 100 characters, elided in the middle).</summary>
    public string? FlaggedInput { get; init; }

    /// <summary>The model the moderation applied to.</summary>
    public string? ModelSlug { get; init; }
}
