using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// The source-generated JSON metadata of every wire type. The SDK never uses reflection-based serialization, so it
/// is safe to trim and to publish with NativeAOT.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    Converters = new[] { typeof(FlexibleDecimalConverter) })]
// Chat
[JsonSerializable(typeof(ChatCompletionRequest))]
[JsonSerializable(typeof(ChatCompletion))]
[JsonSerializable(typeof(ChatCompletionChunk))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(ContentPart))]
[JsonSerializable(typeof(List<ContentPart>))]
[JsonSerializable(typeof(ToolCall))]
[JsonSerializable(typeof(ReasoningDetail))]
[JsonSerializable(typeof(ProviderPreferences))]
[JsonSerializable(typeof(Plugin))]
[JsonSerializable(typeof(ResponseFormat))]
[JsonSerializable(typeof(JsonElement))]

// Errors
[JsonSerializable(typeof(OpenRouterErrorResponse))]
[JsonSerializable(typeof(OpenRouterErrorDetail))]

// Catalog
[JsonSerializable(typeof(DataEnvelope<List<ModelInfo>>))]
[JsonSerializable(typeof(DataEnvelope<ModelEndpoints>))]
[JsonSerializable(typeof(DataEnvelope<List<ProviderInfo>>))]

// Account
[JsonSerializable(typeof(DataEnvelope<GenerationInfo>))]
[JsonSerializable(typeof(DataEnvelope<KeyInfo>))]
[JsonSerializable(typeof(DataEnvelope<CreditsInfo>))]
[JsonSerializable(typeof(EmbeddingsRequest))]
[JsonSerializable(typeof(EmbeddingsResponse))]

internal sealed partial class OpenRouterJsonContext : JsonSerializerContext
{
}
