using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The request's <c>input</c>: a plain string (one user message) or a list of items (messages, function calls and
/// their outputs, reasoning items, ...). A string or a list of items converts to it implicitly.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class ResponseInput
{
    /// <summary>Creates an input that is one user message's text.</summary>
    /// <param name="text">The text.</param>
    public ResponseInput(string text)
    {
        Text = Argument.NotNull(text);
    }

    /// <summary>Creates an input made of items.</summary>
    /// <param name="items">The items, oldest first.</param>
    public ResponseInput(IEnumerable<ResponseItem> items)
    {
        Items = new List<ResponseItem>(Argument.NotNull(items));
    }

    /// <summary>The input when it is a plain string; null when it is made of items.</summary>
    public string? Text { get; }

    /// <summary>The items (which can be changed) when the input is a list; null when it is a plain string.</summary>
    public IList<ResponseItem>? Items { get; }

    /// <summary>Converts a string to an input.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator ResponseInput(string text) => new(text);

    /// <summary>Converts items to an input.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator ResponseInput(ResponseItem[] items) => new(items);

    /// <summary>Converts items to an input.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator ResponseInput(List<ResponseItem> items) => new(items);

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : JsonConverter<ResponseInput>
    {
        public override ResponseInput? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return new ResponseInput(reader.GetString()!);
            }

            List<ResponseItem>? items = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.ListResponseItem);
            return new ResponseInput(items ?? new List<ResponseItem>());
        }

        public override void Write(Utf8JsonWriter writer, ResponseInput value, JsonSerializerOptions options)
        {
            if (value.Text is not null)
            {
                writer.WriteStringValue(value.Text);
                return;
            }

            writer.WriteStartArray();
            foreach (ResponseItem item in value.Items!)
            {
                JsonSerializer.Serialize(writer, item, OpenRouterJsonContext.Default.ResponseItem);
            }

            writer.WriteEndArray();
        }
    }
}
