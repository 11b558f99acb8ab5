using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A document to rerank: a plain text (sent as a JSON string; a string converts implicitly), or a structured document
/// with a <see cref="Text"/> and/or an <see cref="Image"/> (an http(s) URL or a <c>data:image/...</c> URL) for
/// multimodal models.
/// </summary>
[JsonConverter(typeof(RerankDocumentConverter))]
public sealed class RerankDocument
{
    private RerankDocument(string? text, string? image, bool structured)
    {
        Text = text;
        Image = image;
        IsStructured = structured;
    }

    /// <summary>The document's text, if any.</summary>
    public string? Text { get; }

    /// <summary>The document's image (an http(s) URL or a data URL), if any.</summary>
    public string? Image { get; }

    /// <summary>Whether the document is sent as an object (<c>{"text":...,"image":...}</c>) rather than a plain string.</summary>
    public bool IsStructured { get; }

    /// <summary>A plain text document.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static RerankDocument FromText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null, structured: false);

    /// <summary>A structured document with a text and/or an image (at least one of them).</summary>
    /// <param name="text">The text, if any.</param>
    /// <param name="image">The image, as an http(s) URL or a <c>data:image/...</c> URL, if any.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">Both are null.</exception>
    public static RerankDocument FromContent(string? text, string? image)
    {
        if (text is null && image is null)
        {
            throw new ArgumentException("A structured rerank document needs a text or an image.", nameof(text));
        }

        return new RerankDocument(text, image, structured: true);
    }

    /// <summary>Converts a text to a plain text document.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator RerankDocument(string text) => FromText(text);

    /// <summary>Writes a document as a string or an object; reads either.</summary>
    internal sealed class RerankDocumentConverter : JsonConverter<RerankDocument>
    {
        public override RerankDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return FromText(reader.GetString()!);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected a string or an object for a rerank document, got {reader.TokenType}.");
            }

            string? text = null;
            string? image = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                if (name == "text" && reader.TokenType == JsonTokenType.String)
                {
                    text = reader.GetString();
                }
                else if (name == "image" && reader.TokenType == JsonTokenType.String)
                {
                    image = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }

            return new RerankDocument(text, image, structured: true);
        }

        public override void Write(Utf8JsonWriter writer, RerankDocument value, JsonSerializerOptions options)
        {
            if (!value.IsStructured)
            {
                writer.WriteStringValue(value.Text);
                return;
            }

            writer.WriteStartObject();
            if (value.Text is not null)
            {
                writer.WriteString("text", value.Text);
            }

            if (value.Image is not null)
            {
                writer.WriteString("image", value.Image);
            }

            writer.WriteEndObject();
        }
    }
}
