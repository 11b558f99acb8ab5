using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Writes <see cref="UpdateApiKeyRequest"/>: by hand, because a PATCH has three states per member (left out: keep;
/// a value: change; an explicit <c>null</c>: remove) that a null-omitting serializer cannot express. Requests are
/// only written, never read.
/// </summary>
internal sealed class UpdateApiKeyRequestConverter : JsonConverter<UpdateApiKeyRequest>
{
    public override UpdateApiKeyRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("UpdateApiKeyRequest is only written.");

    public override void Write(Utf8JsonWriter writer, UpdateApiKeyRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Name is not null)
        {
            writer.WriteString("name", value.Name);
        }

        if (value.Disabled is { } disabled)
        {
            writer.WriteBoolean("disabled", disabled);
        }

        if (value.RemoveLimit)
        {
            writer.WriteNull("limit");
        }
        else if (value.Limit is { } limit)
        {
            writer.WriteNumber("limit", limit);
        }

        if (value.RemoveLimitReset)
        {
            writer.WriteNull("limit_reset");
        }
        else if (value.LimitReset is { } reset)
        {
            writer.WriteString("limit_reset", reset.Value);
        }

        if (value.IncludeByokInLimit is { } includeByok)
        {
            writer.WriteBoolean("include_byok_in_limit", includeByok);
        }

        writer.WriteEndObject();
    }
}
