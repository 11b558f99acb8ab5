using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads an <c>error</c> member in either form the server sends: the usual object, or a bare message string
/// (<c>"error":"Upstream failed"</c>), which becomes an <see cref="OpenRouterErrorDetail"/> with only
/// <see cref="OpenRouterErrorDetail.Message"/> set. Both mean the answer is an error, so neither may be lost or fail
/// the read. Writes the object form.
/// </summary>
internal sealed class OpenRouterErrorDetailConverter : JsonConverter<OpenRouterErrorDetail>
{
    private JsonTypeInfo<OpenRouterErrorDetail>? _info;

    public override OpenRouterErrorDetail? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, Info(options));

    public override void Write(Utf8JsonWriter writer, OpenRouterErrorDetail value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, Info(options));

    /// <summary>
    /// Reads the error at the reader (also for the hand-written chunk reader): null for JSON null, a detail for an
    /// object or a string; a <see cref="JsonException"/> for anything else.
    /// </summary>
    public static OpenRouterErrorDetail? Read(ref Utf8JsonReader reader, JsonTypeInfo<OpenRouterErrorDetail> objectInfo)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return new OpenRouterErrorDetail { Message = ChatCompletionChunkReader.Text(ref reader) };
            case JsonTokenType.StartObject:
                return JsonSerializer.Deserialize(ref reader, objectInfo);
            default:
                throw new JsonException($"Expected an error object or message, got {reader.TokenType}.");
        }
    }

    /// <summary>The detail of an <c>error</c> member already parsed (a 200 body that is an error): an object or a message string.</summary>
    public static OpenRouterErrorDetail? FromElement(JsonElement error) =>
        error.ValueKind == JsonValueKind.String
            ? new OpenRouterErrorDetail { Message = error.GetString() }
            : error.Deserialize(OpenRouterJsonContext.Default.OpenRouterErrorDetail);

    // The type's own metadata reads the object form; this converter sits on the properties, not on the type.
    private JsonTypeInfo<OpenRouterErrorDetail> Info(JsonSerializerOptions options) =>
        NonNullItems.Info(options, ref _info);
}
