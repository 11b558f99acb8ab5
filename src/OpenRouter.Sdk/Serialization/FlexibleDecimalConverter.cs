using System;
using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Money arrives as JSON numbers in usage and credits (<c>6e-7</c>, <c>0.0076509169000000005</c>) and as JSON
/// strings in pricing (<c>"0.000003"</c>). Both become an exact <see cref="decimal"/>; writing always emits a number
/// without binary floating-point noise.
/// </summary>
internal sealed class FlexibleDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetDecimal(out decimal number))
                {
                    return number;
                }

                // Outside decimal's range (for example 1e300): saturate rather than fail the whole response.
                return reader.GetDouble() > 0 ? decimal.MaxValue : decimal.MinValue;

            case JsonTokenType.String:
                return ParseString(ref reader);

            default:
                throw new JsonException($"Expected a number or a numeric string, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);

    private static decimal ParseString(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (!reader.ValueIsEscaped
            && Utf8Parser.TryParse(span, out decimal parsed, out int consumed, 'E')
            && consumed == span.Length)
        {
            return parsed;
        }

        string text = reader.GetString()!;
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal fromText))
        {
            return fromText;
        }

        throw new JsonException("Expected a numeric string.");
    }
}
