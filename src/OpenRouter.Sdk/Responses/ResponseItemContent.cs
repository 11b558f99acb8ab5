using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The <c>content</c> of a Responses API item: a plain string (<see cref="Text"/>) or a list of parts
/// (<see cref="Parts"/>). A string converts to it implicitly, so <c>Content = "Hello"</c> works.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class ResponseItemContent
{
    /// <summary>Creates content that is a plain string.</summary>
    /// <param name="text">The text.</param>
    public ResponseItemContent(string text)
    {
        Text = Argument.NotNull(text);
    }

    /// <summary>Creates content made of parts.</summary>
    /// <param name="parts">The parts, in order.</param>
    public ResponseItemContent(IEnumerable<ResponseContentPart> parts)
    {
        Parts = new List<ResponseContentPart>(Argument.NotNull(parts));
    }

    /// <summary>The content when it is a plain string; null when it is made of parts.</summary>
    public string? Text { get; }

    /// <summary>The parts when the content is a list (which can be changed); null when it is a plain string.</summary>
    public IList<ResponseContentPart>? Parts { get; }

    /// <summary>Converts a string to content.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator ResponseItemContent(string text) => new(text);

    /// <summary>Converts parts to content.</summary>
    /// <param name="parts">The parts.</param>
    public static implicit operator ResponseItemContent(ResponseContentPart[] parts) => new(parts);

    /// <summary>Converts parts to content.</summary>
    /// <param name="parts">The parts.</param>
    public static implicit operator ResponseItemContent(List<ResponseContentPart> parts) => new(parts);

    /// <summary>The text: the string itself, or the text of every part that has one, joined without a separator.</summary>
    /// <returns>The text, possibly empty.</returns>
    public override string ToString()
    {
        if (Text is not null)
        {
            return Text;
        }

        var builder = new StringBuilder();
        foreach (ResponseContentPart part in Parts!)
        {
            builder.Append(part.Text);
        }

        return builder.ToString();
    }

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : JsonConverter<ResponseItemContent>
    {
        public override ResponseItemContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return new ResponseItemContent(reader.GetString()!);
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("Item content must be a string or an array of parts.");
            }

            var parts = new List<ResponseContentPart>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                parts.Add(JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.ResponseContentPart)!);
            }

            return new ResponseItemContent(parts);
        }

        public override void Write(Utf8JsonWriter writer, ResponseItemContent value, JsonSerializerOptions options)
        {
            if (value.Text is not null)
            {
                writer.WriteStringValue(value.Text);
                return;
            }

            writer.WriteStartArray();
            foreach (ResponseContentPart part in value.Parts!)
            {
                JsonSerializer.Serialize(writer, part, OpenRouterJsonContext.Default.ResponseContentPart);
            }

            writer.WriteEndArray();
        }
    }
}
