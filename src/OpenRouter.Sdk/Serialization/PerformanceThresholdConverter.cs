using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>Writes <see cref="PerformanceThreshold"/> as a number or as <c>{"p50":..}</c>.</summary>
internal sealed class PerformanceThresholdConverter : JsonConverter<PerformanceThreshold>
{
    public override PerformanceThreshold? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return new PerformanceThreshold(reader.GetDouble());
            case JsonTokenType.StartObject:
                double? p50 = null, p75 = null, p90 = null, p99 = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = reader.GetString()!;
                    reader.Read();
                    double? value = reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : null;
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                    }

                    switch (name)
                    {
                        case "p50": p50 = value; break;
                        case "p75": p75 = value; break;
                        case "p90": p90 = value; break;
                        case "p99": p99 = value; break;
                    }
                }

                return new PerformanceThreshold(p50, p75, p90, p99);
            default:
                throw new JsonException("A performance threshold must be a number or an object of percentiles.");
        }
    }

    public override void Write(Utf8JsonWriter writer, PerformanceThreshold value, JsonSerializerOptions options)
    {
        if (value.Value is { } single)
        {
            writer.WriteNumberValue(single);
            return;
        }

        writer.WriteStartObject();
        WriteIfSet(writer, "p50", value.P50);
        WriteIfSet(writer, "p75", value.P75);
        WriteIfSet(writer, "p90", value.P90);
        WriteIfSet(writer, "p99", value.P99);
        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }
}
