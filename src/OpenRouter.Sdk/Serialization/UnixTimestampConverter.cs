using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads the raw <c>created</c> of completions and chunks leniently (see <see cref="UnixTime.ReadInt64"/>): a value
/// that is no whole number of seconds never fails the answer; it reads as 0, as a missing member does. The hand-written
/// chunk and completion readers read it with the same method.
/// </summary>
internal sealed class UnixTimestampConverter : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UnixTime.ReadInt64(ref reader);

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}
