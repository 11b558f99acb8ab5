using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads an ISO-8601 timestamp (<c>created_at</c>, <c>expires_at</c>) as a <see cref="DateTimeOffset"/>, also
/// accepting the looser forms databases print (<c>2025-05-12 10:00:00.123+00</c>); a string that is no date at all
/// reads as null rather than failing the whole response. Times without an offset are taken as UTC.
/// </summary>
internal sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                if (reader.TryGetDateTimeOffset(out DateTimeOffset iso))
                {
                    return iso;
                }

                string text = reader.GetString()!;
                if (text.EndsWith("+00", StringComparison.Ordinal))
                {
                    text += ":00";
                }

                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset parsed)
                    ? parsed
                    : null;
            case JsonTokenType.Number:
                return DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64());
            default:
                throw new JsonException($"Expected a date-time string, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Value);
        }
    }
}
