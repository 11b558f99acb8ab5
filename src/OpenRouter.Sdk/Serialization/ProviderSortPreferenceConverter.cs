using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>Writes <see cref="ProviderSortPreference"/> as <c>"price"</c> or <c>{"by":..,"partition":..}</c>.</summary>
internal sealed class ProviderSortPreferenceConverter : JsonConverter<ProviderSortPreference>
{
    public override ProviderSortPreference? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return new ProviderSortPreference(new ProviderSort(reader.GetString()!));
            case JsonTokenType.StartObject:
                ProviderSort? by = null;
                ProviderSortPartition? partition = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = reader.GetString()!;
                    reader.Read();
                    string? value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                    }

                    if (name == "by" && value is not null)
                    {
                        by = new ProviderSort(value);
                    }
                    else if (name == "partition" && value is not null)
                    {
                        partition = new ProviderSortPartition(value);
                    }
                }

                return new ProviderSortPreference(by, partition);
            default:
                throw new JsonException("provider.sort must be a string or an object.");
        }
    }

    public override void Write(Utf8JsonWriter writer, ProviderSortPreference value, JsonSerializerOptions options)
    {
        if (!value.IsObjectForm && value.By is { } simple)
        {
            writer.WriteStringValue(simple.Value);
            return;
        }

        writer.WriteStartObject();
        if (value.By is { } by)
        {
            writer.WriteString("by", by.Value);
        }

        if (value.Partition is { } partition)
        {
            writer.WriteString("partition", partition.Value);
        }

        writer.WriteEndObject();
    }
}
