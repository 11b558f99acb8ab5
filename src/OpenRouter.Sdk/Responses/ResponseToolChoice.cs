using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Which tool the model must use (<c>tool_choice</c>): <see cref="Auto"/>, <see cref="None"/>,
/// <see cref="Required"/>, or one function (<see cref="Function"/>, sent as <c>{"type": "function", "name": ...}</c>).
/// A choice of another shape received from the server is kept as <see cref="Json"/>.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class ResponseToolChoice
{
    private ResponseToolChoice(string? mode, string? functionName, JsonElement? json)
    {
        Mode = mode;
        FunctionName = functionName;
        Json = json;
    }

    /// <summary>The model decides (<c>"auto"</c>).</summary>
    public static ResponseToolChoice Auto { get; } = new("auto", null, null);

    /// <summary>The model uses no tool (<c>"none"</c>).</summary>
    public static ResponseToolChoice None { get; } = new("none", null, null);

    /// <summary>The model must use a tool (<c>"required"</c>).</summary>
    public static ResponseToolChoice Required { get; } = new("required", null, null);

    /// <summary>The string form (<c>auto</c>, <c>none</c>, <c>required</c>), or null for a function or another object.</summary>
    public string? Mode { get; }

    /// <summary>The function the model must call, or null.</summary>
    public string? FunctionName { get; }

    /// <summary>A choice of a shape not modelled here, as received; null otherwise.</summary>
    public JsonElement? Json { get; }

    /// <summary>The model must call the function named <paramref name="name"/>.</summary>
    /// <param name="name">The function's name.</param>
    /// <returns>The choice.</returns>
    public static ResponseToolChoice Function(string name) => new(null, Argument.NotBlank(name), null);

    /// <summary>A choice given by its string form.</summary>
    /// <param name="mode">The mode, such as <c>auto</c>.</param>
    /// <returns>The choice.</returns>
    public static ResponseToolChoice FromMode(string mode) => new(Argument.NotBlank(mode), null, null);

    /// <summary>Returns the string form or the function name.</summary>
    public override string ToString() => Mode ?? FunctionName ?? Json?.GetRawText() ?? string.Empty;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : JsonConverter<ResponseToolChoice>
    {
        public override ResponseToolChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return new ResponseToolChoice(reader.GetString(), null, null);
            }

            JsonElement element = JsonElement.ParseValue(ref reader);
            if (element.ValueKind == JsonValueKind.Object
                && element.TryGetProperty("type", out JsonElement type) && type.ValueEquals("function")
                && element.TryGetProperty("name", out JsonElement name) && name.ValueKind == JsonValueKind.String
                && CountMembers(element) == 2)
            {
                return new ResponseToolChoice(null, name.GetString(), null);
            }

            return new ResponseToolChoice(null, null, element);
        }

        public override void Write(Utf8JsonWriter writer, ResponseToolChoice value, JsonSerializerOptions options)
        {
            if (value.Mode is not null)
            {
                writer.WriteStringValue(value.Mode);
            }
            else if (value.FunctionName is not null)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "function");
                writer.WriteString("name", value.FunctionName);
                writer.WriteEndObject();
            }
            else
            {
                value.Json!.Value.WriteTo(writer);
            }
        }

        private static int CountMembers(JsonElement element)
        {
            int count = 0;
            foreach (JsonProperty unused in element.EnumerateObject())
            {
                count++;
            }

            return count;
        }
    }
}
