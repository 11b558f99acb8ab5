using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenRouter.Sdk.Serialization;

/// <summary>Writes <see cref="MessageContent"/> as a JSON string or as an array of typed parts.</summary>
internal sealed class MessageContentConverter : JsonConverter<MessageContent>
{
    public override MessageContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return MessageContent.FromText(reader.GetString()!);
            case JsonTokenType.StartArray:
                var info = (JsonTypeInfo<List<ContentPart>>)options.GetTypeInfo(typeof(List<ContentPart>));
                List<ContentPart> parts = JsonSerializer.Deserialize(ref reader, info) ?? new List<ContentPart>();
                return MessageContent.FromParts(parts);
            default:
                throw new JsonException("Message content must be a string or an array of content parts.");
        }
    }

    public override void Write(Utf8JsonWriter writer, MessageContent value, JsonSerializerOptions options)
    {
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
            return;
        }

        var info = (JsonTypeInfo<ContentPart>)options.GetTypeInfo(typeof(ContentPart));
        writer.WriteStartArray();
        foreach (ContentPart part in value.Parts!)
        {
            JsonSerializer.Serialize(writer, part, info);
        }

        writer.WriteEndArray();
    }
}
