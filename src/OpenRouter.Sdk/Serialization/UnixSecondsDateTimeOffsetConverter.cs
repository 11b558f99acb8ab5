using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads a unix timestamp in seconds (<c>created: 1747930371</c>, fractions tolerated) as a UTC
/// <see cref="DateTimeOffset"/>, and writes it back as whole seconds. Read leniently (see <see cref="UnixTime"/>):
/// a value too large for seconds is milliseconds, and a value that is no time at all (out of range, null, text)
/// reads as <see cref="DateTimeOffset.MinValue"/>, the value of a missing member, instead of failing the answer.
/// </summary>
internal sealed class UnixSecondsDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UnixTime.Read(ref reader, allowDateText: true) ?? default;

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.ToUnixTimeSeconds());
}
