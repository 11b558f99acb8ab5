using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads an embedding sent either as a JSON number array (<c>encoding_format: "float"</c>) or as base64 of
/// little-endian 32-bit floats (<c>"base64"</c>) into a <c>float[]</c>; writes a number array.
/// </summary>
internal sealed class EmbeddingVectorConverter : JsonConverter<float[]>
{
    public override float[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var values = new List<float>(1536);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    values.Add(reader.GetSingle());
                }

                return values.ToArray();

            case JsonTokenType.String:
                return FromBase64(reader.GetBytesFromBase64());

            case JsonTokenType.Null:
                return Array.Empty<float>();

            default:
                throw new JsonException($"Expected an embedding as a number array or a base64 string, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, float[] value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (float item in value)
        {
            writer.WriteNumberValue(item);
        }

        writer.WriteEndArray();
    }

    internal static float[] FromBase64(byte[] bytes)
    {
        if (bytes.Length % sizeof(float) != 0)
        {
            throw new JsonException($"A base64 embedding must hold a whole number of 32-bit floats; got {bytes.Length} bytes.");
        }

        if (!BitConverter.IsLittleEndian)
        {
            for (int i = 0; i < bytes.Length; i += sizeof(float))
            {
                Array.Reverse(bytes, i, sizeof(float));
            }
        }

        return MemoryMarshal.Cast<byte, float>(bytes.AsSpan()).ToArray();
    }
}
