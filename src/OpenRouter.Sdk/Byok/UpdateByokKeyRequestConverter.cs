using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Writes <see cref="UpdateByokKeyRequest"/>: by hand, because a PATCH has three states per member (left out: keep;
/// a value: change; an explicit <c>null</c>: remove) that a null-omitting serializer cannot express. Requests are
/// only written, never read.
/// </summary>
internal sealed class UpdateByokKeyRequestConverter : JsonConverter<UpdateByokKeyRequest>
{
    public override UpdateByokKeyRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("UpdateByokKeyRequest is only written.");

    public override void Write(Utf8JsonWriter writer, UpdateByokKeyRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.RemoveName)
        {
            writer.WriteNull("name");
        }
        else if (value.Name is not null)
        {
            writer.WriteString("name", value.Name);
        }

        if (value.Key is not null)
        {
            writer.WriteString("key", value.Key);
        }

        if (value.Disabled is { } disabled)
        {
            writer.WriteBoolean("disabled", disabled);
        }

        if (value.IsFallback is { } isFallback)
        {
            writer.WriteBoolean("is_fallback", isFallback);
        }

        if (value.IsByokOnly is { } isByokOnly)
        {
            writer.WriteBoolean("is_byok_only", isByokOnly);
        }

        if (value.IsRequired is { } isRequired)
        {
            writer.WriteBoolean("is_required", isRequired);
        }

        if (value.RemoveDeclaredZdr)
        {
            writer.WriteNull("declared_zdr");
        }
        else if (value.DeclaredZdr is { } declaredZdr)
        {
            writer.WriteBoolean("declared_zdr", declaredZdr);
        }

        WriteList(writer, "allowed_models", value.AllowedModels, value.AllowAllModels);
        WriteList(writer, "allowed_user_ids", value.AllowedUserIds, value.AllowAllUsers);
        WriteList(writer, "allowed_api_key_hashes", value.AllowedApiKeyHashes, value.AllowAllApiKeys);
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IList<string>? values, bool clear)
    {
        if (clear)
        {
            writer.WriteNull(name);
            return;
        }

        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (string item in values)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
