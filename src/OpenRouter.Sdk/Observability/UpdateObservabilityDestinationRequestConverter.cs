using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Writes <see cref="UpdateObservabilityDestinationRequest"/>: by hand, because a PATCH has three states for the key
/// allowlist and the filter rules (left out: keep; a value: replace; an explicit <c>null</c>: remove) that a
/// null-omitting serializer cannot express. Requests are only written, never read.
/// </summary>
internal sealed class UpdateObservabilityDestinationRequestConverter : JsonConverter<UpdateObservabilityDestinationRequest>
{
    public override UpdateObservabilityDestinationRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("UpdateObservabilityDestinationRequest is only written.");

    public override void Write(Utf8JsonWriter writer, UpdateObservabilityDestinationRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Name is not null)
        {
            writer.WriteString("name", value.Name);
        }

        WriteFlag(writer, "enabled", value.Enabled);
        WriteFlag(writer, "privacy_mode", value.PrivacyMode);
        WriteFlag(writer, "broadcast_generation_cost", value.BroadcastGenerationCost);
        WriteFlag(writer, "broadcast_generation_identity", value.BroadcastGenerationIdentity);
        WriteFlag(writer, "broadcast_generation_request_context", value.BroadcastGenerationRequestContext);
        if (value.SamplingRate is { } rate)
        {
            writer.WriteNumber("sampling_rate", rate);
        }

        if (value.Config is not null)
        {
            writer.WritePropertyName("config");
            value.Config.WriteTo(writer, options);
        }

        if (value.ForwardAllApiKeys)
        {
            writer.WriteNull("api_key_hashes");
        }
        else if (value.ApiKeyHashes is not null)
        {
            WriteList(writer, "api_key_hashes", value.ApiKeyHashes);
        }

        if (value.RemoveFilterRules)
        {
            writer.WriteNull("filter_rules");
        }
        else if (value.FilterRules is not null)
        {
            writer.WritePropertyName("filter_rules");
            JsonSerializer.Serialize(writer, value.FilterRules, OpenRouterJsonContext.Default.ObservabilityFilterRules);
        }

        writer.WriteEndObject();
    }

    private static void WriteFlag(Utf8JsonWriter writer, string name, bool? flag)
    {
        if (flag is { } value)
        {
            writer.WriteBoolean(name, value);
        }
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string item in values)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
