using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A model weight quantization (`provider.quantizations`).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct Quantization : IEquatable<Quantization>, IOpenEnum
{
    private const string Int4Value = "int4";
    private const string Int8Value = "int8";
    private const string Fp4Value = "fp4";
    private const string Mxfp4Value = "mxfp4";
    private const string Nvfp4Value = "nvfp4";
    private const string Fp6Value = "fp6";
    private const string Fp8Value = "fp8";
    private const string Mxfp8Value = "mxfp8";
    private const string Fp16Value = "fp16";
    private const string Bf16Value = "bf16";
    private const string Fp32Value = "fp32";
    private const string UnknownValue = "unknown";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"int4"</c>.</param>
    public Quantization(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>4-bit integer. (<c>int4</c>)</summary>
    public static Quantization Int4 { get; } = new(Int4Value);

    /// <summary>8-bit integer. (<c>int8</c>)</summary>
    public static Quantization Int8 { get; } = new(Int8Value);

    /// <summary>4-bit float. (<c>fp4</c>)</summary>
    public static Quantization Fp4 { get; } = new(Fp4Value);

    /// <summary>MX 4-bit float. (<c>mxfp4</c>)</summary>
    public static Quantization Mxfp4 { get; } = new(Mxfp4Value);

    /// <summary>NVIDIA 4-bit float. (<c>nvfp4</c>)</summary>
    public static Quantization Nvfp4 { get; } = new(Nvfp4Value);

    /// <summary>6-bit float. (<c>fp6</c>)</summary>
    public static Quantization Fp6 { get; } = new(Fp6Value);

    /// <summary>8-bit float. (<c>fp8</c>)</summary>
    public static Quantization Fp8 { get; } = new(Fp8Value);

    /// <summary>MX 8-bit float. (<c>mxfp8</c>)</summary>
    public static Quantization Mxfp8 { get; } = new(Mxfp8Value);

    /// <summary>16-bit float. (<c>fp16</c>)</summary>
    public static Quantization Fp16 { get; } = new(Fp16Value);

    /// <summary>bfloat16. (<c>bf16</c>)</summary>
    public static Quantization Bf16 { get; } = new(Bf16Value);

    /// <summary>32-bit float. (<c>fp32</c>)</summary>
    public static Quantization Fp32 { get; } = new(Fp32Value);

    /// <summary>Not disclosed by the provider. (<c>unknown</c>)</summary>
    public static Quantization Unknown { get; } = new(UnknownValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(Quantization left, Quantization right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(Quantization left, Quantization right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator Quantization(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(Quantization other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantization other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<Quantization>
    {
        protected override Quantization Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("int4"u8))
            {
                return Int4Value;
            }

            if (utf8.SequenceEqual("int8"u8))
            {
                return Int8Value;
            }

            if (utf8.SequenceEqual("fp4"u8))
            {
                return Fp4Value;
            }

            if (utf8.SequenceEqual("mxfp4"u8))
            {
                return Mxfp4Value;
            }

            if (utf8.SequenceEqual("nvfp4"u8))
            {
                return Nvfp4Value;
            }

            if (utf8.SequenceEqual("fp6"u8))
            {
                return Fp6Value;
            }

            if (utf8.SequenceEqual("fp8"u8))
            {
                return Fp8Value;
            }

            if (utf8.SequenceEqual("mxfp8"u8))
            {
                return Mxfp8Value;
            }

            if (utf8.SequenceEqual("fp16"u8))
            {
                return Fp16Value;
            }

            if (utf8.SequenceEqual("bf16"u8))
            {
                return Bf16Value;
            }

            if (utf8.SequenceEqual("fp32"u8))
            {
                return Fp32Value;
            }

            if (utf8.SequenceEqual("unknown"u8))
            {
                return UnknownValue;
            }

            return null;
        }
    }
}
