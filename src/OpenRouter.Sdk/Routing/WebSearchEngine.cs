using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The engine of the web plugin (`plugins[].engine`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct WebSearchEngine : IEquatable<WebSearchEngine>, IOpenEnum
{
    private const string NativeValue = "native";
    private const string ExaValue = "exa";
    private const string FirecrawlValue = "firecrawl";
    private const string ParallelValue = "parallel";
    private const string PerplexityValue = "perplexity";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"native"</c>.</param>
    public WebSearchEngine(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The provider's native search. (<c>native</c>)</summary>
    public static WebSearchEngine Native { get; } = new(NativeValue);

    /// <summary>Exa. (<c>exa</c>)</summary>
    public static WebSearchEngine Exa { get; } = new(ExaValue);

    /// <summary>Firecrawl. (<c>firecrawl</c>)</summary>
    public static WebSearchEngine Firecrawl { get; } = new(FirecrawlValue);

    /// <summary>Parallel. (<c>parallel</c>)</summary>
    public static WebSearchEngine Parallel { get; } = new(ParallelValue);

    /// <summary>Perplexity. (<c>perplexity</c>)</summary>
    public static WebSearchEngine Perplexity { get; } = new(PerplexityValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(WebSearchEngine left, WebSearchEngine right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(WebSearchEngine left, WebSearchEngine right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator WebSearchEngine(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(WebSearchEngine other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebSearchEngine other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<WebSearchEngine>
    {
        protected override WebSearchEngine Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("native"u8))
            {
                return NativeValue;
            }

            if (utf8.SequenceEqual("exa"u8))
            {
                return ExaValue;
            }

            if (utf8.SequenceEqual("firecrawl"u8))
            {
                return FirecrawlValue;
            }

            if (utf8.SequenceEqual("parallel"u8))
            {
                return ParallelValue;
            }

            if (utf8.SequenceEqual("perplexity"u8))
            {
                return PerplexityValue;
            }

            return null;
        }
    }
}
