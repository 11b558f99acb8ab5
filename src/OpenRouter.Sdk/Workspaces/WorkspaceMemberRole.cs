using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A member's role in a workspace (<c>role</c>); members get the role they hold in the organization.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct WorkspaceMemberRole : IEquatable<WorkspaceMemberRole>, IOpenEnum
{
    private const string AdminValue = "admin";
    private const string MemberValue = "member";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"member"</c>.</param>
    public WorkspaceMemberRole(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>An administrator. (<c>admin</c>)</summary>
    public static WorkspaceMemberRole Admin { get; } = new(AdminValue);

    /// <summary>A member. (<c>member</c>)</summary>
    public static WorkspaceMemberRole Member { get; } = new(MemberValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(WorkspaceMemberRole left, WorkspaceMemberRole right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(WorkspaceMemberRole left, WorkspaceMemberRole right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator WorkspaceMemberRole(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(WorkspaceMemberRole other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WorkspaceMemberRole other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<WorkspaceMemberRole>
    {
        protected override WorkspaceMemberRole Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("admin"u8))
            {
                return AdminValue;
            }

            if (utf8.SequenceEqual("member"u8))
            {
                return MemberValue;
            }

            return null;
        }
    }
}
