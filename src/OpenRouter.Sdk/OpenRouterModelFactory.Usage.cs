namespace OpenRouter.Sdk;

public static partial class OpenRouterModelFactory
{
    /// <summary>Builds a <see cref="Sdk.Usage"/>, the token counts and cost of a generation.</summary>
    /// <param name="promptTokens">Prompt tokens.</param>
    /// <param name="completionTokens">Completion tokens, reasoning included.</param>
    /// <param name="totalTokens">Prompt plus completion tokens; null gives their sum.</param>
    /// <param name="cost">What OpenRouter charged, in USD.</param>
    /// <param name="isByok">Whether your own provider key served the request.</param>
    /// <param name="promptTokensDetails">Prompt token breakdown; build it with <see cref="PromptTokensDetails"/>.</param>
    /// <param name="completionTokensDetails">Completion token breakdown; build it with <see cref="CompletionTokensDetails"/>.</param>
    /// <param name="costDetails">Upstream cost breakdown; build it with <see cref="CostDetails"/>.</param>
    /// <param name="serverToolUseDetails">Server tool usage; build it with <see cref="ServerToolUseDetails"/>.</param>
    /// <returns>The usage.</returns>
    public static Usage Usage(
        int promptTokens = 0,
        int completionTokens = 0,
        int? totalTokens = null,
        decimal? cost = null,
        bool? isByok = null,
        PromptTokensDetails? promptTokensDetails = null,
        CompletionTokensDetails? completionTokensDetails = null,
        CostDetails? costDetails = null,
        ServerToolUseDetails? serverToolUseDetails = null) => new()
    {
        PromptTokens = promptTokens,
        CompletionTokens = completionTokens,
        TotalTokens = totalTokens ?? (promptTokens + completionTokens),
        Cost = cost,
        IsByok = isByok,
        PromptTokensDetails = promptTokensDetails,
        CompletionTokensDetails = completionTokensDetails,
        CostDetails = costDetails,
        ServerToolUseDetails = serverToolUseDetails,
    };

    /// <summary>Builds a <see cref="Sdk.PromptTokensDetails"/>, the prompt token breakdown.</summary>
    /// <param name="cachedTokens">Tokens read from the prompt cache.</param>
    /// <param name="cacheWriteTokens">Tokens written to the prompt cache.</param>
    /// <param name="audioTokens">Audio input tokens.</param>
    /// <param name="videoTokens">Video input tokens.</param>
    /// <returns>The breakdown.</returns>
    public static PromptTokensDetails PromptTokensDetails(
        int? cachedTokens = null,
        int? cacheWriteTokens = null,
        int? audioTokens = null,
        int? videoTokens = null) => new()
    {
        CachedTokens = cachedTokens,
        CacheWriteTokens = cacheWriteTokens,
        AudioTokens = audioTokens,
        VideoTokens = videoTokens,
    };

    /// <summary>Builds a <see cref="Sdk.CompletionTokensDetails"/>, the completion token breakdown.</summary>
    /// <param name="reasoningTokens">Reasoning tokens.</param>
    /// <param name="imageTokens">Image output tokens.</param>
    /// <param name="audioTokens">Audio output tokens.</param>
    /// <param name="acceptedPredictionTokens">Predicted tokens that were used.</param>
    /// <param name="rejectedPredictionTokens">Predicted tokens that were discarded.</param>
    /// <returns>The breakdown.</returns>
    public static CompletionTokensDetails CompletionTokensDetails(
        int? reasoningTokens = null,
        int? imageTokens = null,
        int? audioTokens = null,
        int? acceptedPredictionTokens = null,
        int? rejectedPredictionTokens = null) => new()
    {
        ReasoningTokens = reasoningTokens,
        ImageTokens = imageTokens,
        AudioTokens = audioTokens,
        AcceptedPredictionTokens = acceptedPredictionTokens,
        RejectedPredictionTokens = rejectedPredictionTokens,
    };

    /// <summary>Builds a <see cref="Sdk.CostDetails"/>, the upstream cost breakdown in USD.</summary>
    /// <param name="upstreamInferenceCost">What the upstream provider charged.</param>
    /// <param name="upstreamInferencePromptCost">The prompt part of the upstream cost.</param>
    /// <param name="upstreamInferenceCompletionsCost">The completion part of the upstream cost.</param>
    /// <returns>The breakdown.</returns>
    public static CostDetails CostDetails(
        decimal? upstreamInferenceCost = null,
        decimal? upstreamInferencePromptCost = null,
        decimal? upstreamInferenceCompletionsCost = null) => new()
    {
        UpstreamInferenceCost = upstreamInferenceCost,
        UpstreamInferencePromptCost = upstreamInferencePromptCost,
        UpstreamInferenceCompletionsCost = upstreamInferenceCompletionsCost,
    };

    /// <summary>Builds a <see cref="Sdk.ServerToolUseDetails"/>, the server tool usage.</summary>
    /// <param name="webSearchRequests">Web searches performed.</param>
    /// <param name="toolCallsRequested">Server tool calls the model requested.</param>
    /// <param name="toolCallsExecuted">Server tool calls executed.</param>
    /// <returns>The usage.</returns>
    public static ServerToolUseDetails ServerToolUseDetails(
        int? webSearchRequests = null,
        int? toolCallsRequested = null,
        int? toolCallsExecuted = null) => new()
    {
        WebSearchRequests = webSearchRequests,
        ToolCallsRequested = toolCallsRequested,
        ToolCallsExecuted = toolCallsExecuted,
    };
}
