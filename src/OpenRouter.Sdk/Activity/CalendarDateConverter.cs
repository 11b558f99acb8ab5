using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// A calendar date on the wire (<c>"2025-08-24"</c>) as a UTC-midnight <see cref="DateTime"/>: netstandard2.0 has no
/// <c>DateOnly</c>, and one type on every target keeps the public API the same. A full timestamp is accepted too
/// (its UTC day is kept), since servers sometimes widen a date column.
/// </summary>
internal sealed class CalendarDateConverter : JsonConverter<DateTime>
{
    /// <summary>The wire format of a date, also used for query parameters.</summary>
    internal const string Format = "yyyy-MM-dd";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date (YYYY-MM-DD), got {reader.TokenType}.");
        }

        string text = reader.GetString()!;
        if (DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset timestamp))
        {
            return DateTime.SpecifyKind(timestamp.UtcDateTime.Date, DateTimeKind.Utc);
        }

        throw new JsonException($"Expected a date (YYYY-MM-DD), got \"{(text.Length > 40 ? text.Substring(0, 40) + "..." : text)}\".");
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
