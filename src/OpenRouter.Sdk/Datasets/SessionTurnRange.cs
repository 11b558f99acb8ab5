using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How many turns a session had (<c>turn_range</c> of <c>GET /datasets/session-cost</c>), inclusive.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct SessionTurnRange : IEquatable<SessionTurnRange>, IOpenEnum
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"10-49-turns"</c>.</param>
    public SessionTurnRange(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>One turn. (<c>1-turn</c>)</summary>
    public static SessionTurnRange OneTurn { get; } = new("1-turn");

    /// <summary>2 to 9 turns. (<c>2-9-turns</c>)</summary>
    public static SessionTurnRange TwoToNineTurns { get; } = new("2-9-turns");

    /// <summary>10 to 49 turns. (<c>10-49-turns</c>)</summary>
    public static SessionTurnRange TenToFortyNineTurns { get; } = new("10-49-turns");

    /// <summary>50 turns or more. (<c>50-plus-turns</c>)</summary>
    public static SessionTurnRange FiftyPlusTurns { get; } = new("50-plus-turns");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(SessionTurnRange left, SessionTurnRange right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(SessionTurnRange left, SessionTurnRange right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator SessionTurnRange(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(SessionTurnRange other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SessionTurnRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<SessionTurnRange>
    {
        protected override SessionTurnRange Create(string value) => new(value);
    }
}
