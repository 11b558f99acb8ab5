using System.Collections.Generic;

namespace OpenRouter.Sdk;

public static partial class OpenRouterModelFactory
{
    /// <summary>Builds a <see cref="Sdk.ChatCompletion"/> (<c>object: "chat.completion"</c>).</summary>
    /// <param name="id">The generation id (<c>gen-...</c>); null reads as empty, as from the server.</param>
    /// <param name="created">Creation time in Unix seconds.</param>
    /// <param name="model">The model that answered; null reads as empty.</param>
    /// <param name="provider">The provider that served the request.</param>
    /// <param name="systemFingerprint">The provider's backend fingerprint.</param>
    /// <param name="serviceTier">The service tier that served the request.</param>
    /// <param name="choices">The answers; null gives none.</param>
    /// <param name="usage">Token counts and cost; build it with <see cref="Usage"/>.</param>
    /// <returns>The completion.</returns>
    public static ChatCompletion ChatCompletion(
        string? id = null,
        long created = 0,
        string? model = null,
        string? provider = null,
        string? systemFingerprint = null,
        ServiceTier? serviceTier = null,
        IEnumerable<ChatCompletionChoice>? choices = null,
        Usage? usage = null) => new()
    {
        Id = id!,
        Object = "chat.completion",
        Created = created,
        Model = model!,
        Provider = provider,
        SystemFingerprint = systemFingerprint,
        ServiceTier = serviceTier,
        Choices = ListOf(choices, nameof(choices)),
        Usage = usage,
    };

    /// <summary>Builds a <see cref="Sdk.ChatCompletionChoice"/>, one answer of a completion.</summary>
    /// <param name="index">The choice index.</param>
    /// <param name="message">The answer; null gives an empty assistant message.</param>
    /// <param name="finishReason">Why generation stopped, for example <see cref="FinishReason.Stop"/>.</param>
    /// <param name="nativeFinishReason">The provider's own finish reason.</param>
    /// <param name="logprobs">Log probabilities.</param>
    /// <param name="error">A provider error embedded in the choice.</param>
    /// <returns>The choice.</returns>
    public static ChatCompletionChoice ChatCompletionChoice(
        int index = 0,
        ChatCompletionMessage? message = null,
        FinishReason? finishReason = null,
        FinishReason? nativeFinishReason = null,
        ChatLogprobs? logprobs = null,
        OpenRouterErrorDetail? error = null) => new()
    {
        Index = index,
        Message = message ?? ChatCompletionMessage(),
        FinishReason = finishReason,
        NativeFinishReason = nativeFinishReason,
        Logprobs = logprobs,
        Error = error,
    };

    /// <summary>Builds a <see cref="Sdk.ChatCompletionMessage"/>, the assistant message of a choice.</summary>
    /// <param name="role">The author; null gives <see cref="MessageRole.Assistant"/>, as every answer has.</param>
    /// <param name="content">The text of the answer.</param>
    /// <param name="refusal">A refusal, when the model declined.</param>
    /// <param name="reasoning">The reasoning as plain text.</param>
    /// <param name="reasoningDetails">The reasoning as typed entries; null gives none.</param>
    /// <param name="toolCalls">Tool calls the model made (build them with <see cref="ToolCall"/>); null gives none.</param>
    /// <param name="annotations">Citations and parsed-file annotations; null gives none.</param>
    /// <param name="images">Generated images; null gives none.</param>
    /// <param name="audio">Generated audio.</param>
    /// <returns>The message.</returns>
    public static ChatCompletionMessage ChatCompletionMessage(
        MessageRole? role = null,
        string? content = null,
        string? refusal = null,
        string? reasoning = null,
        IEnumerable<ReasoningDetail>? reasoningDetails = null,
        IEnumerable<ToolCall>? toolCalls = null,
        IEnumerable<Annotation>? annotations = null,
        IEnumerable<GeneratedImage>? images = null,
        GeneratedAudio? audio = null) => new()
    {
        Role = role ?? MessageRole.Assistant,
        Content = content,
        Refusal = refusal,
        Reasoning = reasoning,
        ReasoningDetails = ListOf(reasoningDetails, nameof(reasoningDetails)),
        ToolCalls = ListOf(toolCalls, nameof(toolCalls)),
        Annotations = ListOf(annotations, nameof(annotations)),
        Images = ListOf(images, nameof(images)),
        Audio = audio,
    };

    /// <summary>Builds a <see cref="Sdk.ChatCompletionChunk"/>, one streamed event (<c>object: "chat.completion.chunk"</c>).</summary>
    /// <param name="id">The generation id, the same on every chunk of a stream; null reads as empty.</param>
    /// <param name="created">Creation time in Unix seconds.</param>
    /// <param name="model">The model that is answering; null reads as empty.</param>
    /// <param name="provider">The provider that is serving the stream.</param>
    /// <param name="systemFingerprint">The provider's backend fingerprint.</param>
    /// <param name="serviceTier">The service tier.</param>
    /// <param name="choices">The deltas of this event; null gives none (as on the final usage chunk).</param>
    /// <param name="usage">Token counts and cost, for the final usage chunk.</param>
    /// <param name="error">An error sent after the stream started.</param>
    /// <returns>The chunk.</returns>
    public static ChatCompletionChunk ChatCompletionChunk(
        string? id = null,
        long created = 0,
        string? model = null,
        string? provider = null,
        string? systemFingerprint = null,
        ServiceTier? serviceTier = null,
        IEnumerable<ChatCompletionChunkChoice>? choices = null,
        Usage? usage = null,
        OpenRouterErrorDetail? error = null) => new()
    {
        Id = id!,
        Object = "chat.completion.chunk",
        Created = created,
        Model = model!,
        Provider = provider,
        SystemFingerprint = systemFingerprint,
        ServiceTier = serviceTier,
        Choices = ListOf(choices, nameof(choices)),
        Usage = usage,
        Error = error,
    };

    /// <summary>Builds a <see cref="Sdk.ChatCompletionChunkChoice"/>, one choice of a streamed event.</summary>
    /// <param name="index">The choice index.</param>
    /// <param name="delta">What this event adds; null gives an empty delta.</param>
    /// <param name="finishReason">Why generation stopped; null until the end.</param>
    /// <param name="nativeFinishReason">The provider's own finish reason.</param>
    /// <param name="logprobs">Log probabilities.</param>
    /// <param name="error">A provider error embedded in the choice.</param>
    /// <returns>The choice.</returns>
    public static ChatCompletionChunkChoice ChatCompletionChunkChoice(
        int index = 0,
        ChatCompletionDelta? delta = null,
        FinishReason? finishReason = null,
        FinishReason? nativeFinishReason = null,
        ChatLogprobs? logprobs = null,
        OpenRouterErrorDetail? error = null) => new()
    {
        Index = index,
        Delta = delta ?? ChatCompletionDelta(),
        FinishReason = finishReason,
        NativeFinishReason = nativeFinishReason,
        Logprobs = logprobs,
        Error = error,
    };

    /// <summary>Builds a <see cref="Sdk.ChatCompletionDelta"/>, what one streamed event adds to the answer.</summary>
    /// <param name="role">The author; usually set on the first delta only, so null stays null.</param>
    /// <param name="content">A fragment of the answer text.</param>
    /// <param name="refusal">A fragment of a refusal.</param>
    /// <param name="reasoning">A fragment of the reasoning text.</param>
    /// <param name="reasoningDetails">Reasoning entries or their fragments; null gives none.</param>
    /// <param name="toolCalls">Tool call fragments, merged by <see cref="Sdk.ToolCall.Index"/>; null gives none.</param>
    /// <param name="annotations">Citations and parsed-file annotations; null gives none.</param>
    /// <param name="images">Generated images; null gives none.</param>
    /// <param name="audio">Generated audio.</param>
    /// <returns>The delta.</returns>
    public static ChatCompletionDelta ChatCompletionDelta(
        MessageRole? role = null,
        string? content = null,
        string? refusal = null,
        string? reasoning = null,
        IEnumerable<ReasoningDetail>? reasoningDetails = null,
        IEnumerable<ToolCall>? toolCalls = null,
        IEnumerable<Annotation>? annotations = null,
        IEnumerable<GeneratedImage>? images = null,
        GeneratedAudio? audio = null) => new()
    {
        Role = role,
        Content = content,
        Refusal = refusal,
        Reasoning = reasoning,
        ReasoningDetails = ListOf(reasoningDetails, nameof(reasoningDetails)),
        ToolCalls = ListOf(toolCalls, nameof(toolCalls)),
        Annotations = ListOf(annotations, nameof(annotations)),
        Images = ListOf(images, nameof(images)),
        Audio = audio,
    };

    /// <summary>Builds a <see cref="Sdk.ToolCall"/> of a function, with its <see cref="FunctionCall"/>.</summary>
    /// <param name="index">The position among parallel calls (always present in streams).</param>
    /// <param name="id">The provider's id for the call.</param>
    /// <param name="type">The call type; <c>function</c> unless given (stream fragments after the first carry none: pass null).</param>
    /// <param name="functionName">The function name.</param>
    /// <param name="functionArguments">The arguments as JSON text, for example <c>{"city":"Paris"}</c>.</param>
    /// <returns>The tool call.</returns>
    public static ToolCall ToolCall(
        int? index = null,
        string? id = null,
        string? type = "function",
        string? functionName = null,
        string? functionArguments = null) => new()
    {
        Index = index,
        Id = id,
        Type = type,
        Function = new FunctionCall { Name = functionName, Arguments = functionArguments },
    };
}
