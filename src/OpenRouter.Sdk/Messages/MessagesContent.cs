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
/// Content of the Messages API that is a plain string or a list of content blocks: a message's <c>content</c>, the
/// request's <c>system</c>, a tool result's <c>content</c>. A string or an array of blocks converts to it implicitly.
/// A value of another shape received from the server (such as a server tool's error object) is kept as <see cref="Json"/>.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class MessagesContent
{
    /// <summary>Creates content that is a plain string.</summary>
    /// <param name="text">The text.</param>
    public MessagesContent(string text)
    {
        Text = Argument.NotNull(text);
    }

    /// <summary>Creates content made of blocks.</summary>
    /// <param name="blocks">The blocks, in order.</param>
    public MessagesContent(IEnumerable<MessagesContentBlock> blocks)
    {
        Blocks = new List<MessagesContentBlock>(Argument.NotNull(blocks));
    }

    private MessagesContent(JsonElement json)
    {
        Json = json;
    }

    /// <summary>The content when it is a plain string; null otherwise.</summary>
    public string? Text { get; }

    /// <summary>The blocks (which can be changed) when the content is a list; null otherwise.</summary>
    public IList<MessagesContentBlock>? Blocks { get; }

    /// <summary>Content of another shape, as received; null otherwise.</summary>
    public JsonElement? Json { get; }

    /// <summary>Converts a string to content.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator MessagesContent(string text) => new(text);

    /// <summary>Converts blocks to content.</summary>
    /// <param name="blocks">The blocks.</param>
    public static implicit operator MessagesContent(MessagesContentBlock[] blocks) => new(blocks);

    /// <summary>Converts blocks to content.</summary>
    /// <param name="blocks">The blocks.</param>
    public static implicit operator MessagesContent(List<MessagesContentBlock> blocks) => new(blocks);

    /// <summary>The text: the string, or the text of the text blocks joined.</summary>
    /// <returns>The text, empty when there is none.</returns>
    public override string ToString()
    {
        if (Text is not null)
        {
            return Text;
        }

        var text = new StringBuilder();
        foreach (MessagesContentBlock block in Blocks ?? Array.Empty<MessagesContentBlock>())
        {
            if (block.Type == MessagesContentBlockType.Text)
            {
                text.Append(block.Text);
            }
        }

        return text.ToString();
    }

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : JsonConverter<MessagesContent>
    {
        public override MessagesContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return new MessagesContent(reader.GetString()!);
                case JsonTokenType.StartArray:
                    List<MessagesContentBlock>? blocks = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.ListMessagesContentBlock);
                    return new MessagesContent(blocks ?? new List<MessagesContentBlock>());
                default:
                    using (JsonDocument document = JsonDocument.ParseValue(ref reader))
                    {
                        return new MessagesContent(document.RootElement.Clone());
                    }
            }
        }

        public override void Write(Utf8JsonWriter writer, MessagesContent value, JsonSerializerOptions options)
        {
            if (value.Text is not null)
            {
                writer.WriteStringValue(value.Text);
                return;
            }

            if (value.Json is { } json)
            {
                json.WriteTo(writer);
                return;
            }

            writer.WriteStartArray();
            foreach (MessagesContentBlock block in value.Blocks!)
            {
                JsonSerializer.Serialize(writer, block, OpenRouterJsonContext.Default.MessagesContentBlock);
            }

            writer.WriteEndArray();
        }
    }
}
