using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A member's role in the organization (<c>role</c> of <see cref="OrganizationMember"/>), such as <c>org:admin</c>.
/// These are the organization's roles, written with their <c>org:</c> prefix; a workspace has its own roles
/// (<see cref="WorkspaceMemberRole"/>). An open enumeration: unknown values are kept and round-trip unchanged;
/// comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct OrganizationMemberRole : IEquatable<OrganizationMemberRole>, IOpenEnum
{
    private const string AdminValue = "org:admin";
    private const string MemberValue = "org:member";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"org:member"</c>.</param>
    public OrganizationMemberRole(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>An administrator of the organization. (<c>org:admin</c>)</summary>
    public static OrganizationMemberRole Admin { get; } = new(AdminValue);

    /// <summary>A member of the organization. (<c>org:member</c>)</summary>
    public static OrganizationMemberRole Member { get; } = new(MemberValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(OrganizationMemberRole left, OrganizationMemberRole right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(OrganizationMemberRole left, OrganizationMemberRole right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator OrganizationMemberRole(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OrganizationMemberRole other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrganizationMemberRole other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<OrganizationMemberRole>
    {
        protected override OrganizationMemberRole Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("org:member"u8))
            {
                return MemberValue;
            }

            if (utf8.SequenceEqual("org:admin"u8))
            {
                return AdminValue;
            }

            return null;
        }
    }
}
