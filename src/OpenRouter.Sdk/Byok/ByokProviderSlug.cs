using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The upstream provider a BYOK credential authenticates against, as a lowercase slug (<c>provider</c>), such as
/// <c>openai</c>, <c>anthropic</c> or <c>amazon-bedrock</c>. The spec lists about a hundred providers and adds more
/// over time, so this is an open enumeration: any slug can be made with the constructor or a string, unknown values
/// are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ByokProviderSlug : IEquatable<ByokProviderSlug>, IOpenEnum
{
    private const string OpenAIValue = "openai";
    private const string AnthropicValue = "anthropic";
    private const string AmazonBedrockValue = "amazon-bedrock";
    private const string AzureValue = "azure";
    private const string GoogleVertexValue = "google-vertex";
    private const string GoogleAIStudioValue = "google-ai-studio";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The provider slug, for example <c>"openai"</c>.</param>
    public ByokProviderSlug(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>OpenAI. (<c>openai</c>)</summary>
    public static ByokProviderSlug OpenAI { get; } = new(OpenAIValue);

    /// <summary>Anthropic. (<c>anthropic</c>)</summary>
    public static ByokProviderSlug Anthropic { get; } = new(AnthropicValue);

    /// <summary>Amazon Bedrock. (<c>amazon-bedrock</c>)</summary>
    public static ByokProviderSlug AmazonBedrock { get; } = new(AmazonBedrockValue);

    /// <summary>Microsoft Azure. (<c>azure</c>)</summary>
    public static ByokProviderSlug Azure { get; } = new(AzureValue);

    /// <summary>Google Vertex AI. (<c>google-vertex</c>)</summary>
    public static ByokProviderSlug GoogleVertex { get; } = new(GoogleVertexValue);

    /// <summary>Google AI Studio. (<c>google-ai-studio</c>)</summary>
    public static ByokProviderSlug GoogleAIStudio { get; } = new(GoogleAIStudioValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ByokProviderSlug left, ByokProviderSlug right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ByokProviderSlug left, ByokProviderSlug right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ByokProviderSlug(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ByokProviderSlug other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ByokProviderSlug other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ByokProviderSlug>
    {
        protected override ByokProviderSlug Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("openai"u8))
            {
                return OpenAIValue;
            }

            if (utf8.SequenceEqual("anthropic"u8))
            {
                return AnthropicValue;
            }

            if (utf8.SequenceEqual("amazon-bedrock"u8))
            {
                return AmazonBedrockValue;
            }

            return null;
        }
    }
}
