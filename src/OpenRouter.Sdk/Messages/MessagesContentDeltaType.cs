using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The kind of a streamed content block delta (<c>delta.type</c> of <c>content_block_delta</c>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct MessagesContentDeltaType : IEquatable<MessagesContentDeltaType>, IOpenEnum
{
    private const string TextDeltaValue = "text_delta";
    private const string InputJsonDeltaValue = "input_json_delta";
    private const string ThinkingDeltaValue = "thinking_delta";
    private const string SignatureDeltaValue = "signature_delta";
    private const string CitationsDeltaValue = "citations_delta";
    private const string CompactionDeltaValue = "compaction_delta";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"text_delta"</c>.</param>
    public MessagesContentDeltaType(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>More text of a text block. (<c>text_delta</c>)</summary>
    public static MessagesContentDeltaType TextDelta { get; } = new(TextDeltaValue);

    /// <summary>More of a tool call's input, as partial JSON text. (<c>input_json_delta</c>)</summary>
    public static MessagesContentDeltaType InputJsonDelta { get; } = new(InputJsonDeltaValue);

    /// <summary>More thinking text. (<c>thinking_delta</c>)</summary>
    public static MessagesContentDeltaType ThinkingDelta { get; } = new(ThinkingDeltaValue);

    /// <summary>The signature of a thinking block. (<c>signature_delta</c>)</summary>
    public static MessagesContentDeltaType SignatureDelta { get; } = new(SignatureDeltaValue);

    /// <summary>A citation of a text block. (<c>citations_delta</c>)</summary>
    public static MessagesContentDeltaType CitationsDelta { get; } = new(CitationsDeltaValue);

    /// <summary>The content of a compaction block. (<c>compaction_delta</c>)</summary>
    public static MessagesContentDeltaType CompactionDelta { get; } = new(CompactionDeltaValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(MessagesContentDeltaType left, MessagesContentDeltaType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(MessagesContentDeltaType left, MessagesContentDeltaType right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator MessagesContentDeltaType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(MessagesContentDeltaType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MessagesContentDeltaType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<MessagesContentDeltaType>
    {
        protected override MessagesContentDeltaType Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("text_delta"u8))
            {
                return TextDeltaValue;
            }

            if (utf8.SequenceEqual("input_json_delta"u8))
            {
                return InputJsonDeltaValue;
            }

            if (utf8.SequenceEqual("thinking_delta"u8))
            {
                return ThinkingDeltaValue;
            }

            if (utf8.SequenceEqual("signature_delta"u8))
            {
                return SignatureDeltaValue;
            }

            if (utf8.SequenceEqual("citations_delta"u8))
            {
                return CitationsDeltaValue;
            }

            if (utf8.SequenceEqual("compaction_delta"u8))
            {
                return CompactionDeltaValue;
            }

            return null;
        }
    }
}
