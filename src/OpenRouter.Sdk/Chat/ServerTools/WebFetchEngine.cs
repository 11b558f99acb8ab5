using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The engine that fetches pages for the <c>openrouter:web_fetch</c> server tool (<c>engine</c>); <c>auto</c> (the default) uses the provider's own fetch when it has one, otherwise Exa.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct WebFetchEngine : IEquatable<WebFetchEngine>, IOpenEnum
{
    private const string AutoValue = "auto";
    private const string NativeValue = "native";
    private const string OpenRouterValue = "openrouter";
    private const string ExaValue = "exa";
    private const string ParallelValue = "parallel";
    private const string FirecrawlValue = "firecrawl";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"auto"</c>.</param>
    public WebFetchEngine(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Native when the provider has it, otherwise Exa. (<c>auto</c>)</summary>
    public static WebFetchEngine Auto { get; } = new(AutoValue);

    /// <summary>The provider's built-in fetch. (<c>native</c>)</summary>
    public static WebFetchEngine Native { get; } = new(NativeValue);

    /// <summary>OpenRouter's own fetcher. (<c>openrouter</c>)</summary>
    public static WebFetchEngine OpenRouter { get; } = new(OpenRouterValue);

    /// <summary>Exa. (<c>exa</c>)</summary>
    public static WebFetchEngine Exa { get; } = new(ExaValue);

    /// <summary>Parallel. (<c>parallel</c>)</summary>
    public static WebFetchEngine Parallel { get; } = new(ParallelValue);

    /// <summary>Firecrawl. (<c>firecrawl</c>)</summary>
    public static WebFetchEngine Firecrawl { get; } = new(FirecrawlValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(WebFetchEngine left, WebFetchEngine right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(WebFetchEngine left, WebFetchEngine right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator WebFetchEngine(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(WebFetchEngine other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebFetchEngine other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<WebFetchEngine>
    {
        protected override WebFetchEngine Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("auto"u8))
            {
                return AutoValue;
            }

            if (utf8.SequenceEqual("native"u8))
            {
                return NativeValue;
            }

            if (utf8.SequenceEqual("openrouter"u8))
            {
                return OpenRouterValue;
            }

            if (utf8.SequenceEqual("exa"u8))
            {
                return ExaValue;
            }

            if (utf8.SequenceEqual("parallel"u8))
            {
                return ParallelValue;
            }

            if (utf8.SequenceEqual("firecrawl"u8))
            {
                return FirecrawlValue;
            }

            return null;
        }
    }
}
