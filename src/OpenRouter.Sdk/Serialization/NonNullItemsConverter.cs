using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads a JSON array of a response into a list, leaving out <c>null</c> items: the item types are declared
/// non-nullable, so a <c>[null]</c> from the server must not become a null the caller trips over (the readers and the
/// accumulator index choices and tool calls by their <c>index</c> member, not by position). Writes every item.
/// Registered for the list types only responses use (<see cref="OpenRouterJsonContext"/>), and on the response
/// properties whose list type requests share.
/// </summary>
internal static class NonNullItems
{
    /// <summary>Reads the array at the reader into a list without its null items; throws <see cref="JsonException"/> for anything but an array.</summary>
    public static List<T> Read<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> item)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array, got {reader.TokenType}.");
        }

        var items = new List<T>();
        while (true)
        {
            if (!reader.Read())
            {
                throw new JsonException("The JSON ended inside an array.");
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return items;
            }

            if (reader.TokenType != JsonTokenType.Null)
            {
                items.Add(JsonSerializer.Deserialize(ref reader, item)!);
            }
        }
    }

    public static void Write<T>(Utf8JsonWriter writer, IEnumerable<T> items, JsonTypeInfo<T> item)
    {
        writer.WriteStartArray();
        foreach (T value in items)
        {
            JsonSerializer.Serialize(writer, value, item);
        }

        writer.WriteEndArray();
    }

    public static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options, ref JsonTypeInfo<T>? cached)
    {
        JsonTypeInfo<T>? info = cached;
        if (info is null || info.Options != options)
        {
            info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            cached = info;
        }

        return info;
    }
}

/// <summary>An <see cref="IReadOnlyList{T}"/> read without null items (see <see cref="NonNullItems"/>).</summary>
internal sealed class NonNullReadOnlyListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    private JsonTypeInfo<T>? _item;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NonNullItems.Read(ref reader, NonNullItems.Info(options, ref _item));

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options) =>
        NonNullItems.Write(writer, value, NonNullItems.Info(options, ref _item));
}

/// <summary>An <see cref="IList{T}"/> read without null items (see <see cref="NonNullItems"/>).</summary>
internal sealed class NonNullListConverter<T> : JsonConverter<IList<T>>
{
    private JsonTypeInfo<T>? _item;

    public override IList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NonNullItems.Read(ref reader, NonNullItems.Info(options, ref _item));

    public override void Write(Utf8JsonWriter writer, IList<T> value, JsonSerializerOptions options) =>
        NonNullItems.Write(writer, value, NonNullItems.Info(options, ref _item));
}

/// <summary>A <see cref="List{T}"/> read without null items (see <see cref="NonNullItems"/>).</summary>
internal sealed class NonNullConcreteListConverter<T> : JsonConverter<List<T>>
{
    private JsonTypeInfo<T>? _item;

    public override List<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NonNullItems.Read(ref reader, NonNullItems.Info(options, ref _item));

    public override void Write(Utf8JsonWriter writer, List<T> value, JsonSerializerOptions options) =>
        NonNullItems.Write(writer, value, NonNullItems.Info(options, ref _item));
}
