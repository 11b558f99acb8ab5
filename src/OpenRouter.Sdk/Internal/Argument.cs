using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace OpenRouter.Sdk.Internal;

/// <summary>
/// The one place argument checks are written: each throws the standard exception with the parameter's name, so a
/// caller sees the same shape of error from every method. netstandard2.0 lacks <c>ArgumentNullException.ThrowIfNull</c>.
/// </summary>
internal static class Argument
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        if (value is null)
        {
            ThrowNull(paramName);
        }

        return value;
    }

    /// <summary>
    /// Throws <see cref="ArgumentNullException"/> for null and <see cref="ArgumentException"/> with
    /// <paramref name="message"/> (or a default) for an empty or all-whitespace string.
    /// </summary>
    public static string NotBlank([NotNull] string? value, string? message = null, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value is null)
        {
            ThrowNull(paramName);
        }

        if (IsBlank(value))
        {
            throw new ArgumentException(message ?? $"'{paramName}' must not be empty or whitespace.", paramName);
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="condition"/> is false.</summary>
    public static void Requires([DoesNotReturnIf(false)] bool condition, string message, string? paramName)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> with <paramref name="message"/> when <paramref name="condition"/> is false.</summary>
    public static void InRange([DoesNotReturnIf(false)] bool condition, object? actualValue, string message, string? paramName)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message);
        }
    }

    private static bool IsBlank(string value)
    {
        foreach (char c in value)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    [DoesNotReturn]
    private static void ThrowNull(string? paramName) => throw new ArgumentNullException(paramName);
}
