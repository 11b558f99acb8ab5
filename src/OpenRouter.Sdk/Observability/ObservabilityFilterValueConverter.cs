using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads and writes <see cref="ObservabilityFilterValue"/>: a JSON string or a JSON number (the spec's
/// <c>anyOf: [string, number]</c>). A number too large for a <see cref="decimal"/> fails the read as a JSON error.
/// </summary>
internal sealed class ObservabilityFilterValueConverter : JsonConverter<ObservabilityFilterValue>
{
    public override ObservabilityFilterValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => new ObservabilityFilterValue(reader.GetString()!),
            JsonTokenType.Number when reader.TryGetDecimal(out decimal number) => new ObservabilityFilterValue(number),
            JsonTokenType.Number => throw new JsonException("A filter rule's number value is out of the range of decimal."),
            _ => throw new JsonException($"Expected a string or a number for a filter rule's value, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, ObservabilityFilterValue value, JsonSerializerOptions options)
    {
        if (value.Number is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else if (value.Text is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            // default(ObservabilityFilterValue): neither a string nor a number.
            writer.WriteNullValue();
        }
    }
}
