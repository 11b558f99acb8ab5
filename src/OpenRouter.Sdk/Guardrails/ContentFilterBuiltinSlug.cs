using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Which builtin content filter of a guardrail (<c>slug</c>): a PII detector or the regex-based prompt injection detector.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ContentFilterBuiltinSlug : IEquatable<ContentFilterBuiltinSlug>, IOpenEnum
{
    private const string EmailValue = "email";
    private const string PhoneValue = "phone";
    private const string SsnValue = "ssn";
    private const string CreditCardValue = "credit-card";
    private const string IpAddressValue = "ip-address";
    private const string PersonNameValue = "person-name";
    private const string AddressValue = "address";
    private const string RegexPromptInjectionValue = "regex-prompt-injection";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"email"</c>.</param>
    public ContentFilterBuiltinSlug(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Email addresses. (<c>email</c>)</summary>
    public static ContentFilterBuiltinSlug Email { get; } = new(EmailValue);

    /// <summary>Phone numbers. (<c>phone</c>)</summary>
    public static ContentFilterBuiltinSlug Phone { get; } = new(PhoneValue);

    /// <summary>US social security numbers. (<c>ssn</c>)</summary>
    public static ContentFilterBuiltinSlug Ssn { get; } = new(SsnValue);

    /// <summary>Credit card numbers. (<c>credit-card</c>)</summary>
    public static ContentFilterBuiltinSlug CreditCard { get; } = new(CreditCardValue);

    /// <summary>IP addresses. (<c>ip-address</c>)</summary>
    public static ContentFilterBuiltinSlug IpAddress { get; } = new(IpAddressValue);

    /// <summary>Names of people. (<c>person-name</c>)</summary>
    public static ContentFilterBuiltinSlug PersonName { get; } = new(PersonNameValue);

    /// <summary>Postal addresses. (<c>address</c>)</summary>
    public static ContentFilterBuiltinSlug Address { get; } = new(AddressValue);

    /// <summary>The regex-based prompt injection detector. (<c>regex-prompt-injection</c>)</summary>
    public static ContentFilterBuiltinSlug RegexPromptInjection { get; } = new(RegexPromptInjectionValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ContentFilterBuiltinSlug left, ContentFilterBuiltinSlug right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ContentFilterBuiltinSlug left, ContentFilterBuiltinSlug right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ContentFilterBuiltinSlug(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ContentFilterBuiltinSlug other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ContentFilterBuiltinSlug other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ContentFilterBuiltinSlug>
    {
        protected override ContentFilterBuiltinSlug Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("email"u8))
            {
                return EmailValue;
            }

            if (utf8.SequenceEqual("phone"u8))
            {
                return PhoneValue;
            }

            if (utf8.SequenceEqual("ssn"u8))
            {
                return SsnValue;
            }

            if (utf8.SequenceEqual("credit-card"u8))
            {
                return CreditCardValue;
            }

            if (utf8.SequenceEqual("ip-address"u8))
            {
                return IpAddressValue;
            }

            if (utf8.SequenceEqual("person-name"u8))
            {
                return PersonNameValue;
            }

            if (utf8.SequenceEqual("address"u8))
            {
                return AddressValue;
            }

            if (utf8.SequenceEqual("regex-prompt-injection"u8))
            {
                return RegexPromptInjectionValue;
            }

            return null;
        }
    }
}
