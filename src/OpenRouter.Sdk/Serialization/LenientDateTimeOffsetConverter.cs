using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads an ISO-8601 timestamp (<c>created_at</c>, <c>expires_at</c>) as a <see cref="DateTimeOffset"/>, also
/// accepting the looser forms databases print (<c>2025-05-12 10:00:00.123+00</c>) and Unix seconds or milliseconds;
/// a value that is no date at all (text, a number out of range, an object) reads as null rather than failing the
/// whole response. Times without an offset are taken as UTC.
/// </summary>
internal sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UnixTime.Read(ref reader, allowDateText: true);

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
