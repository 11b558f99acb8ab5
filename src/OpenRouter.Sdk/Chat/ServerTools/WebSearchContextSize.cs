using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How much content to retrieve per search result (<c>search_context_size</c> of the <c>openrouter:web_search</c> server tool); applies to the Exa, Parallel and Perplexity engines.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct WebSearchContextSize : IEquatable<WebSearchContextSize>, IOpenEnum
{
    private const string LowValue = "low";
    private const string MediumValue = "medium";
    private const string HighValue = "high";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"low"</c>.</param>
    public WebSearchContextSize(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Little content per result. (<c>low</c>)</summary>
    public static WebSearchContextSize Low { get; } = new(LowValue);

    /// <summary>A moderate amount. (<c>medium</c>)</summary>
    public static WebSearchContextSize Medium { get; } = new(MediumValue);

    /// <summary>The most content per result. (<c>high</c>)</summary>
    public static WebSearchContextSize High { get; } = new(HighValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(WebSearchContextSize left, WebSearchContextSize right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(WebSearchContextSize left, WebSearchContextSize right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator WebSearchContextSize(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(WebSearchContextSize other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebSearchContextSize other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<WebSearchContextSize>
    {
        protected override WebSearchContextSize Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("low"u8))
            {
                return LowValue;
            }

            if (utf8.SequenceEqual("medium"u8))
            {
                return MediumValue;
            }

            if (utf8.SequenceEqual("high"u8))
            {
                return HighValue;
            }

            return null;
        }
    }
}
