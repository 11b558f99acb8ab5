using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The search engine's own search mode (<c>mode</c> of the <c>openrouter:web_search</c> server tool): Exa knows instant, fast, auto, deep-lite, deep and deep-reasoning; Parallel turbo, fast, basic and advanced.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct WebSearchMode : IEquatable<WebSearchMode>, IOpenEnum
{
    private const string InstantValue = "instant";
    private const string FastValue = "fast";
    private const string AutoValue = "auto";
    private const string DeepLiteValue = "deep-lite";
    private const string DeepValue = "deep";
    private const string DeepReasoningValue = "deep-reasoning";
    private const string TurboValue = "turbo";
    private const string BasicValue = "basic";
    private const string AdvancedValue = "advanced";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"instant"</c>.</param>
    public WebSearchMode(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Exa's fastest mode. (<c>instant</c>)</summary>
    public static WebSearchMode Instant { get; } = new(InstantValue);

    /// <summary>A fast search. (<c>fast</c>)</summary>
    public static WebSearchMode Fast { get; } = new(FastValue);

    /// <summary>The engine chooses (Exa's default). (<c>auto</c>)</summary>
    public static WebSearchMode Auto { get; } = new(AutoValue);

    /// <summary>Exa's lighter deep search. (<c>deep-lite</c>)</summary>
    public static WebSearchMode DeepLite { get; } = new(DeepLiteValue);

    /// <summary>Exa's deep search. (<c>deep</c>)</summary>
    public static WebSearchMode Deep { get; } = new(DeepValue);

    /// <summary>Exa's deep search with reasoning. (<c>deep-reasoning</c>)</summary>
    public static WebSearchMode DeepReasoning { get; } = new(DeepReasoningValue);

    /// <summary>Parallel's fastest mode. (<c>turbo</c>)</summary>
    public static WebSearchMode Turbo { get; } = new(TurboValue);

    /// <summary>Parallel's basic mode. (<c>basic</c>)</summary>
    public static WebSearchMode Basic { get; } = new(BasicValue);

    /// <summary>Parallel's most thorough mode. (<c>advanced</c>)</summary>
    public static WebSearchMode Advanced { get; } = new(AdvancedValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(WebSearchMode left, WebSearchMode right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(WebSearchMode left, WebSearchMode right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator WebSearchMode(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(WebSearchMode other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebSearchMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<WebSearchMode>
    {
        protected override WebSearchMode Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("instant"u8))
            {
                return InstantValue;
            }

            if (utf8.SequenceEqual("fast"u8))
            {
                return FastValue;
            }

            if (utf8.SequenceEqual("auto"u8))
            {
                return AutoValue;
            }

            if (utf8.SequenceEqual("deep-lite"u8))
            {
                return DeepLiteValue;
            }

            if (utf8.SequenceEqual("deep"u8))
            {
                return DeepValue;
            }

            if (utf8.SequenceEqual("deep-reasoning"u8))
            {
                return DeepReasoningValue;
            }

            if (utf8.SequenceEqual("turbo"u8))
            {
                return TurboValue;
            }

            if (utf8.SequenceEqual("basic"u8))
            {
                return BasicValue;
            }

            if (utf8.SequenceEqual("advanced"u8))
            {
                return AdvancedValue;
            }

            return null;
        }
    }
}
