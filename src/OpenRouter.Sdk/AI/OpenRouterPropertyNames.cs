namespace OpenRouter.Sdk;

/// <summary>
/// Keys of the <c>AdditionalProperties</c> dictionaries that the OpenRouter <c>IChatClient</c> reads from
/// <c>ChatOptions</c> and writes on <c>ChatResponse</c>, <c>ChatResponseUpdate</c> and <c>ChatMessage</c>, and that
/// the other Microsoft.Extensions.AI adapters (embeddings, images, speech) read from their options and write on their
/// answers.
/// </summary>
/// <remarks>
/// Request keys accept the SDK's own types (for example <see cref="ProviderPreferences"/>), a
/// <see cref="System.Text.Json.JsonElement"/> or <see cref="System.Text.Json.Nodes.JsonNode"/> with the wire JSON,
/// or, for the string-valued ones, a string. Keys not listed here are not sent; use
/// <c>ChatOptions.RawRepresentationFactory</c> returning a <see cref="ChatCompletionRequest"/> for anything else.
/// </remarks>
public static class OpenRouterPropertyNames
{
    /// <summary>Request: provider routing preferences (<see cref="ProviderPreferences"/>), sent as <c>provider</c>.</summary>
    public const string Provider = "provider";

    /// <summary>Request: fallback models (a list of model ids), sent as <c>models</c>.</summary>
    public const string Models = "models";

    /// <summary>Request: plugins (a list of <see cref="Plugin"/>), sent as <c>plugins</c>.</summary>
    public const string Plugins = "plugins";

    /// <summary>Request: prompt transforms (a list of strings such as <c>middle-out</c>), sent as <c>transforms</c>.</summary>
    public const string Transforms = "transforms";

    /// <summary>Request: the routing strategy (<see cref="ModelRoute"/> or a string), sent as <c>route</c>.</summary>
    public const string Route = "route";

    /// <summary>
    /// Request: reasoning settings (<see cref="ReasoningConfig"/>), sent as <c>reasoning</c>. Wins over
    /// <c>ChatOptions.Reasoning</c>.
    /// </summary>
    public const string Reasoning = "reasoning";

    /// <summary>Request: your end user's id (a string), sent as <c>user</c>.</summary>
    public const string User = "user";

    /// <summary>Request: a session id (a string), sent as <c>session_id</c>.</summary>
    public const string SessionId = "session_id";

    /// <summary>Request: a preset (<c>@preset/slug</c>), sent as <c>preset</c>.</summary>
    public const string Preset = "preset";

    /// <summary>
    /// Request (in <c>ChatOptions.AdditionalProperties</c>, or in an <c>AIFunction</c>'s own, which wins for that
    /// function): whether the JSON schemas of the response format and of function tools are enforced exactly (a bool),
    /// the key Microsoft.Extensions.AI.OpenAI reads too. When true the schemas are rewritten as strict mode requires:
    /// <c>additionalProperties: false</c> on every object, every property required (the optional ones nullable), and
    /// <c>default</c> moved into the description. Not set or false, schemas are sent as given.
    /// </summary>
    public const string Strict = "strict";

    /// <summary>Request: the earlier name of <see cref="Strict"/>, still read when <see cref="Strict"/> is not set (a bool).</summary>
    public const string StrictJsonSchema = "strictJsonSchema";

    /// <summary>
    /// Response and update: what OpenRouter charged, in USD, as a <see cref="decimal"/> (token counts are in
    /// <c>UsageDetails</c>, which can only hold whole numbers).
    /// </summary>
    public const string Cost = "cost";

    /// <summary>Response and update: whether your own provider key (BYOK) served the request (a bool).</summary>
    public const string IsByok = "is_byok";

    /// <summary>Response and update: the upstream provider that served the request (a string such as <c>Amazon Bedrock</c>).</summary>
    public const string ServedBy = "provider";

    /// <summary>Response and update: the provider's own finish reason (a string such as <c>tool_use</c>).</summary>
    public const string NativeFinishReason = "native_finish_reason";

    /// <summary>Message and update: a refusal the model gave (a string).</summary>
    public const string Refusal = "refusal";

    /// <summary>
    /// Message and update: the complete <c>reasoning_details</c> of an assistant turn (a list of
    /// <see cref="ReasoningDetail"/>, or their JSON after the message was serialized). Sent back unchanged when the
    /// message is part of the next request, which reasoning models need for multi-turn tool use.
    /// </summary>
    public const string ReasoningDetails = "reasoning_details";

    /// <summary>
    /// Embedding request: how vectors travel on the wire (<see cref="EmbeddingEncodingFormat"/> or a string such as
    /// <c>base64</c>), sent as <c>encoding_format</c>. Either way the embeddings hold the decoded floats.
    /// </summary>
    public const string EncodingFormat = "encoding_format";

    /// <summary>Embedding request: a hint for retrieval models (a string such as <c>search_query</c>), sent as <c>input_type</c>.</summary>
    public const string InputType = "input_type";

    /// <summary>Embedding answer: the generation id (a string), usable with <c>GetGenerationAsync</c>.</summary>
    public const string GenerationId = "generation_id";

    /// <summary>Image request: the aspect ratio (<see cref="ImageAspectRatio"/> or a string such as <c>16:9</c>), sent as <c>aspect_ratio</c>.</summary>
    public const string AspectRatio = "aspect_ratio";

    /// <summary>Image request: the resolution tier (<see cref="ImageResolution"/> or a string such as <c>2K</c>), sent as <c>resolution</c>.</summary>
    public const string Resolution = "resolution";

    /// <summary>Image request: the rendering quality (<see cref="ImageQuality"/> or a string such as <c>high</c>), sent as <c>quality</c>.</summary>
    public const string Quality = "quality";

    /// <summary>Image request: the background (<see cref="ImageBackground"/> or a string such as <c>transparent</c>), sent as <c>background</c>.</summary>
    public const string Background = "background";

    /// <summary>Image request: a seed for deterministic sampling (a whole number), sent as <c>seed</c>.</summary>
    public const string Seed = "seed";

    /// <summary>Image request: the compression level (0-100) of webp or jpeg output (a whole number), sent as <c>output_compression</c>.</summary>
    public const string OutputCompression = "output_compression";

    /// <summary>
    /// Transcription request: the format of the audio stream (a string such as <c>wav</c> or <c>mp3</c>), sent as
    /// <c>input_audio.format</c>. Needed only when neither a file stream's extension nor the audio's first bytes tell.
    /// </summary>
    public const string AudioFormat = "audio_format";
}
