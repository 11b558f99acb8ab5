using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// The <c>input</c> of an embeddings request: a string, an array of strings, token ids, batches of token ids, or
/// multimodal content as raw JSON. Strings and string arrays convert implicitly.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class EmbeddingInput
{
    private EmbeddingInput(string? text, IReadOnlyList<string>? texts, IReadOnlyList<int>? tokens, IReadOnlyList<IReadOnlyList<int>>? tokenBatches, JsonElement? json)
    {
        Text = text;
        Texts = texts;
        Tokens = tokens;
        TokenBatches = tokenBatches;
        Json = json;
    }

    /// <summary>The single text, when the input is one string.</summary>
    public string? Text { get; }

    /// <summary>The texts, when the input is an array of strings (one vector each, in order).</summary>
    public IReadOnlyList<string>? Texts { get; }

    /// <summary>The token ids, when the input is one tokenized text.</summary>
    public IReadOnlyList<int>? Tokens { get; }

    /// <summary>The token id batches, when the input is several tokenized texts.</summary>
    public IReadOnlyList<IReadOnlyList<int>>? TokenBatches { get; }

    /// <summary>Raw JSON input (multimodal content such as <c>[{"content":[{"type":"image_url",...}]}]</c>).</summary>
    public JsonElement? Json { get; }

    /// <summary>One text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The input.</returns>
    public static EmbeddingInput FromText(string text) =>
        new(Argument.NotNull(text), null, null, null, null);

    /// <summary>Several texts; the response has one vector per text, in order.</summary>
    /// <param name="texts">The texts.</param>
    /// <returns>The input.</returns>
    public static EmbeddingInput FromTexts(IEnumerable<string> texts) =>
        new(null, Argument.NotNull(texts).ToArray(), null, null, null);

    /// <summary>One tokenized text.</summary>
    /// <param name="tokens">The token ids.</param>
    /// <returns>The input.</returns>
    public static EmbeddingInput FromTokens(IEnumerable<int> tokens) =>
        new(null, null, Argument.NotNull(tokens).ToArray(), null, null);

    /// <summary>Several tokenized texts.</summary>
    /// <param name="batches">The token ids of each text.</param>
    /// <returns>The input.</returns>
    public static EmbeddingInput FromTokenBatches(IEnumerable<IEnumerable<int>> batches) =>
        new(null, null, null, Argument.NotNull(batches).Select(b => (IReadOnlyList<int>)b.ToArray()).ToArray(), null);

    /// <summary>Any input as raw JSON, for multimodal content the typed forms do not cover.</summary>
    /// <param name="json">The JSON value sent as <c>input</c>.</param>
    /// <returns>The input.</returns>
    public static EmbeddingInput FromJson(JsonElement json) => new(null, null, null, null, json.Clone());

    /// <summary>One text.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator EmbeddingInput(string text) => FromText(text);

    /// <summary>Several texts.</summary>
    /// <param name="texts">The texts.</param>
    public static implicit operator EmbeddingInput(string[] texts) => FromTexts(texts);

    /// <summary>Whether there is nothing to embed (an empty text or an empty array).</summary>
    internal bool IsEmpty =>
        Text is { Length: 0 } || Texts is { Count: 0 } || Tokens is { Count: 0 } || TokenBatches is { Count: 0 }
        || (Json is { } j && (j.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined || (j.ValueKind == JsonValueKind.Array && j.GetArrayLength() == 0)));

    internal sealed class Converter : JsonConverter<EmbeddingInput>
    {
        public override EmbeddingInput? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return FromText(reader.GetString()!);
            }

            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            JsonElement root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                List<JsonElement> items = root.EnumerateArray().ToList();
                if (items.All(i => i.ValueKind == JsonValueKind.String))
                {
                    return FromTexts(items.Select(i => i.GetString()!));
                }

                if (items.Count > 0 && items.All(i => i.ValueKind == JsonValueKind.Number))
                {
                    return FromTokens(items.Select(i => i.GetInt32()));
                }

                if (items.Count > 0 && items.All(i => i.ValueKind == JsonValueKind.Array && i.EnumerateArray().All(t => t.ValueKind == JsonValueKind.Number)))
                {
                    return FromTokenBatches(items.Select(i => i.EnumerateArray().Select(t => t.GetInt32())));
                }
            }

            return FromJson(root);
        }

        public override void Write(Utf8JsonWriter writer, EmbeddingInput value, JsonSerializerOptions options)
        {
            if (value.Text is not null)
            {
                writer.WriteStringValue(value.Text);
            }
            else if (value.Texts is not null)
            {
                writer.WriteStartArray();
                foreach (string text in value.Texts)
                {
                    writer.WriteStringValue(text);
                }

                writer.WriteEndArray();
            }
            else if (value.Tokens is not null)
            {
                WriteTokens(writer, value.Tokens);
            }
            else if (value.TokenBatches is not null)
            {
                writer.WriteStartArray();
                foreach (IReadOnlyList<int> batch in value.TokenBatches)
                {
                    WriteTokens(writer, batch);
                }

                writer.WriteEndArray();
            }
            else if (value.Json is { } json)
            {
                json.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        private static void WriteTokens(Utf8JsonWriter writer, IReadOnlyList<int> tokens)
        {
            writer.WriteStartArray();
            foreach (int token in tokens)
            {
                writer.WriteNumberValue(token);
            }

            writer.WriteEndArray();
        }
    }
}
