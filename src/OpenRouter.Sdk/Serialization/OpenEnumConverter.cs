using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Reads and writes an open enum as its raw string. Unknown values are kept as they are: a server that adds a
/// finish reason tomorrow must not break a client compiled today.
/// </summary>
internal abstract class OpenEnumConverter<T> : JsonConverter<T>
    where T : struct, IOpenEnum
{
    /// <summary>Creates the value for a wire string (known strings should return their cached instance).</summary>
    protected abstract T Create(string value);

    /// <summary>Returns a cached string for a known wire value without allocating, or null.</summary>
    protected virtual string? TryGetKnown(ReadOnlySpan<byte> utf8) => null;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Only a non-nullable member sees null here (a nullable one reads null itself): the empty value, whose
        // Value is "", rather than failing the whole answer over one member.
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}.");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            string? known = TryGetKnown(reader.ValueSpan);
            if (known is not null)
            {
                return Create(known);
            }
        }

        return Create(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
