using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>Writes <see cref="ToolChoice"/> as a string or as its object form.</summary>
internal sealed class ToolChoiceConverter : JsonConverter<ToolChoice>
{
    public override ToolChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            return ToolChoice.FromMode(reader.GetString()!);
        }

        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        JsonElement root = document.RootElement;
        string type = root.TryGetProperty("type", out JsonElement t) ? t.GetString() ?? "function" : "function";
        string? name = root.TryGetProperty("function", out JsonElement f) && f.ValueKind == JsonValueKind.Object
            && f.TryGetProperty("name", out JsonElement n) ? n.GetString() : null;
        return ToolChoice.FromObject(type, name);
    }

    public override void Write(Utf8JsonWriter writer, ToolChoice value, JsonSerializerOptions options)
    {
        if (value.Mode is not null)
        {
            writer.WriteStringValue(value.Mode);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("type", value.Type);
        if (value.FunctionName is not null)
        {
            writer.WriteStartObject("function");
            writer.WriteString("name", value.FunctionName);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
