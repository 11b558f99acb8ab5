using System;
using System.Collections.Generic;

namespace OpenRouter.Sdk;

public static partial class OpenRouterModelFactory
{
    /// <summary>Builds a <see cref="Sdk.KeyInfo"/>, the calling key's limit and spending (<c>GET /key</c>), in USD.</summary>
    /// <param name="label">A masked form of the key.</param>
    /// <param name="limit">The spending limit; null for none.</param>
    /// <param name="limitRemaining">What is left of the limit in the current period; null for no limit.</param>
    /// <param name="limitReset">How often the limit resets; null when it never does.</param>
    /// <param name="includeByokInLimit">Whether BYOK usage counts against the limit.</param>
    /// <param name="usage">All-time spending of the key.</param>
    /// <param name="usageDaily">Spending in the current UTC day.</param>
    /// <param name="usageWeekly">Spending in the current UTC week.</param>
    /// <param name="usageMonthly">Spending in the current UTC month.</param>
    /// <param name="byokUsage">All-time BYOK usage.</param>
    /// <param name="byokUsageDaily">BYOK usage in the current UTC day.</param>
    /// <param name="byokUsageWeekly">BYOK usage in the current UTC week.</param>
    /// <param name="byokUsageMonthly">BYOK usage in the current UTC month.</param>
    /// <param name="isFreeTier">Whether the account never purchased credits.</param>
    /// <param name="isManagementKey">Whether this is a management key.</param>
    /// <param name="isProvisioningKey">Whether this is a provisioning key (the older name of a management key).</param>
    /// <param name="expiresAt">When the key expires; null when it does not.</param>
    /// <param name="rateLimit">The deprecated per-key rate limit.</param>
    /// <param name="creatorUserId">The user who created the key; null when not sent.</param>
    /// <returns>The key's information.</returns>
    public static KeyInfo KeyInfo(
        string? label = null,
        decimal? limit = null,
        decimal? limitRemaining = null,
        LimitResetInterval? limitReset = null,
        bool? includeByokInLimit = null,
        decimal usage = 0m,
        decimal? usageDaily = null,
        decimal? usageWeekly = null,
        decimal? usageMonthly = null,
        decimal? byokUsage = null,
        decimal? byokUsageDaily = null,
        decimal? byokUsageWeekly = null,
        decimal? byokUsageMonthly = null,
        bool isFreeTier = false,
        bool? isManagementKey = null,
        bool? isProvisioningKey = null,
        DateTimeOffset? expiresAt = null,
        KeyRateLimit? rateLimit = null,
        string? creatorUserId = null) => new()
    {
        Label = label,
        Limit = limit,
        LimitRemaining = limitRemaining,
        LimitReset = limitReset,
        IncludeByokInLimit = includeByokInLimit,
        Usage = usage,
        UsageDaily = usageDaily,
        UsageWeekly = usageWeekly,
        UsageMonthly = usageMonthly,
        ByokUsage = byokUsage,
        ByokUsageDaily = byokUsageDaily,
        ByokUsageWeekly = byokUsageWeekly,
        ByokUsageMonthly = byokUsageMonthly,
        IsFreeTier = isFreeTier,
        IsManagementKey = isManagementKey,
        IsProvisioningKey = isProvisioningKey,
        ExpiresAt = expiresAt,
        RateLimit = rateLimit,
        CreatorUserId = creatorUserId,
    };

    /// <summary>Builds a <see cref="Sdk.CreditsInfo"/>, the account's credits (<c>GET /credits</c>), in USD.</summary>
    /// <param name="totalCredits">All credits ever purchased or granted.</param>
    /// <param name="totalUsage">All credits ever used.</param>
    /// <returns>The credits; <see cref="Sdk.CreditsInfo.Remaining"/> is their difference.</returns>
    public static CreditsInfo CreditsInfo(decimal totalCredits = 0m, decimal totalUsage = 0m) => new()
    {
        TotalCredits = totalCredits,
        TotalUsage = totalUsage,
    };

    /// <summary>Builds an <see cref="Sdk.EmbeddingsResponse"/> (<c>object: "list"</c>).</summary>
    /// <param name="id">The generation id.</param>
    /// <param name="model">The model that produced the vectors.</param>
    /// <param name="data">The vectors, one per input (build them with <see cref="EmbeddingData"/>); null gives none.</param>
    /// <param name="usage">Tokens and cost; build it with <see cref="EmbeddingsUsage"/>.</param>
    /// <returns>The response.</returns>
    public static EmbeddingsResponse EmbeddingsResponse(
        string? id = null,
        string? model = null,
        IEnumerable<EmbeddingData>? data = null,
        EmbeddingsUsage? usage = null) => new()
    {
        Id = id,
        Object = "list",
        Model = model,
        Data = ListOf(data, nameof(data)),
        Usage = usage,
    };

    /// <summary>Builds an <see cref="Sdk.EmbeddingData"/>, one vector of an embeddings response (<c>object: "embedding"</c>).</summary>
    /// <param name="index">The position of the input this vector belongs to.</param>
    /// <param name="vector">The vector; null gives an empty one. It is copied.</param>
    /// <returns>The embedding.</returns>
    public static EmbeddingData EmbeddingData(int index = 0, IEnumerable<float>? vector = null) => new()
    {
        Object = "embedding",
        Index = index,
        Vector = ListOf(vector, nameof(vector)).ToArray(),
    };

    /// <summary>Builds an <see cref="Sdk.EmbeddingsUsage"/>, the tokens and cost of an embeddings request.</summary>
    /// <param name="promptTokens">Input tokens.</param>
    /// <param name="totalTokens">Total tokens; null gives <paramref name="promptTokens"/>, as for every embeddings request.</param>
    /// <param name="cost">What OpenRouter charged, in USD.</param>
    /// <param name="isByok">Whether your own provider key served the request.</param>
    /// <param name="costDetails">Upstream cost breakdown; build it with <see cref="CostDetails"/>.</param>
    /// <param name="promptTokensDetails">Input tokens by modality.</param>
    /// <returns>The usage.</returns>
    public static EmbeddingsUsage EmbeddingsUsage(
        int promptTokens = 0,
        int? totalTokens = null,
        decimal? cost = null,
        bool? isByok = null,
        CostDetails? costDetails = null,
        EmbeddingsPromptTokensDetails? promptTokensDetails = null) => new()
    {
        PromptTokens = promptTokens,
        TotalTokens = totalTokens ?? promptTokens,
        Cost = cost,
        IsByok = isByok,
        CostDetails = costDetails,
        PromptTokensDetails = promptTokensDetails,
    };

    /// <summary>Builds a <see cref="Sdk.GenerationInfo"/>, the stats and cost of one generation (<c>GET /generation</c>), in USD.</summary>
    /// <param name="id">The generation id (<c>gen-...</c>); null reads as empty.</param>
    /// <param name="upstreamId">The provider's own id of the request.</param>
    /// <param name="totalCost">What OpenRouter charged for the generation, in USD.</param>
    /// <param name="cacheDiscount">The saving from prompt caching, in USD (may be negative when cache writes cost extra).</param>
    /// <param name="upstreamInferenceCost">What the upstream provider charged, in USD; meaningful for BYOK requests.</param>
    /// <param name="createdAt">When the generation was created; null when the server sent no usable time.</param>
    /// <param name="model">The model that served the request.</param>
    /// <param name="appId">The OpenRouter app id of the caller, when attributed.</param>
    /// <param name="streamed">Whether the response was streamed.</param>
    /// <param name="cancelled">Whether the request was cancelled before it finished.</param>
    /// <param name="providerName">The provider that served the request.</param>
    /// <param name="latency">Time to the first token, in milliseconds.</param>
    /// <param name="moderationLatency">Time spent in moderation, in milliseconds.</param>
    /// <param name="generationTime">Time the generation took, in milliseconds.</param>
    /// <param name="finishReason">The normalized finish reason.</param>
    /// <param name="nativeFinishReason">The provider's own finish reason, as sent.</param>
    /// <param name="tokensPrompt">Prompt tokens counted with a normalized (GPT) tokenizer.</param>
    /// <param name="tokensCompletion">Completion tokens counted with a normalized (GPT) tokenizer.</param>
    /// <param name="nativeTokensPrompt">Prompt tokens by the model's own tokenizer (what is billed).</param>
    /// <param name="nativeTokensCompletion">Completion tokens by the model's own tokenizer (what is billed).</param>
    /// <param name="nativeTokensCompletionImages">Image tokens in the completion.</param>
    /// <param name="nativeTokensReasoning">Reasoning tokens.</param>
    /// <param name="nativeTokensCached">Prompt tokens read from the cache.</param>
    /// <param name="numMediaPrompt">Media items in the prompt.</param>
    /// <param name="numInputAudioPrompt">Audio inputs in the prompt.</param>
    /// <param name="numMediaCompletion">Media items in the completion.</param>
    /// <param name="numSearchResults">Web search results used.</param>
    /// <param name="numFetches">Web pages fetched.</param>
    /// <param name="origin">The origin (site) the request came from.</param>
    /// <param name="usage">What the generation cost the account, in USD.</param>
    /// <param name="isByok">Whether your own provider key (BYOK) served the request.</param>
    /// <param name="externalUser">The request's <c>user</c> value.</param>
    /// <param name="apiType">The API the generation was made through.</param>
    /// <param name="router">The router that picked the model (for example <c>openrouter/auto</c>), if any.</param>
    /// <param name="httpReferer">The <c>HTTP-Referer</c> the request carried.</param>
    /// <param name="userAgent">The <c>User-Agent</c> the request carried.</param>
    /// <param name="presetId">The preset used, if any.</param>
    /// <param name="sessionId">The request's <c>session_id</c>.</param>
    /// <param name="requestId">OpenRouter's request id.</param>
    /// <param name="responseCacheSourceId">The generation whose cached response was served, when response caching hit.</param>
    /// <param name="serviceTier">The service tier that served the request.</param>
    /// <param name="webSearchEngine">The web search engine used, if any.</param>
    /// <param name="dataRegion">Where the request was processed.</param>
    /// <param name="workspaceId">The workspace the key belongs to.</param>
    /// <param name="providerResponses">Every provider attempt, fallbacks included; null gives none.</param>
    /// <returns>The generation's stats.</returns>
    public static GenerationInfo GenerationInfo(
        string? id = null,
        string? upstreamId = null,
        decimal totalCost = 0m,
        decimal? cacheDiscount = null,
        decimal? upstreamInferenceCost = null,
        DateTimeOffset? createdAt = null,
        string? model = null,
        long? appId = null,
        bool? streamed = null,
        bool? cancelled = null,
        string? providerName = null,
        double? latency = null,
        double? moderationLatency = null,
        double? generationTime = null,
        FinishReason? finishReason = null,
        string? nativeFinishReason = null,
        int? tokensPrompt = null,
        int? tokensCompletion = null,
        int? nativeTokensPrompt = null,
        int? nativeTokensCompletion = null,
        int? nativeTokensCompletionImages = null,
        int? nativeTokensReasoning = null,
        int? nativeTokensCached = null,
        int? numMediaPrompt = null,
        int? numInputAudioPrompt = null,
        int? numMediaCompletion = null,
        int? numSearchResults = null,
        int? numFetches = null,
        string? origin = null,
        decimal? usage = null,
        bool? isByok = null,
        string? externalUser = null,
        GenerationApiType? apiType = null,
        string? router = null,
        string? httpReferer = null,
        string? userAgent = null,
        string? presetId = null,
        string? sessionId = null,
        string? requestId = null,
        string? responseCacheSourceId = null,
        ServiceTier? serviceTier = null,
        string? webSearchEngine = null,
        DataRegion? dataRegion = null,
        string? workspaceId = null,
        IEnumerable<GenerationProviderResponse>? providerResponses = null) => new()
    {
        Id = id!,
        UpstreamId = upstreamId,
        TotalCost = totalCost,
        CacheDiscount = cacheDiscount,
        UpstreamInferenceCost = upstreamInferenceCost,
        CreatedAt = createdAt,
        Model = model,
        AppId = appId,
        Streamed = streamed,
        Cancelled = cancelled,
        ProviderName = providerName,
        Latency = latency,
        ModerationLatency = moderationLatency,
        GenerationTime = generationTime,
        FinishReason = finishReason,
        NativeFinishReason = nativeFinishReason,
        TokensPrompt = tokensPrompt,
        TokensCompletion = tokensCompletion,
        NativeTokensPrompt = nativeTokensPrompt,
        NativeTokensCompletion = nativeTokensCompletion,
        NativeTokensCompletionImages = nativeTokensCompletionImages,
        NativeTokensReasoning = nativeTokensReasoning,
        NativeTokensCached = nativeTokensCached,
        NumMediaPrompt = numMediaPrompt,
        NumInputAudioPrompt = numInputAudioPrompt,
        NumMediaCompletion = numMediaCompletion,
        NumSearchResults = numSearchResults,
        NumFetches = numFetches,
        Origin = origin,
        Usage = usage,
        IsByok = isByok,
        ExternalUser = externalUser,
        ApiType = apiType,
        Router = router,
        HttpReferer = httpReferer,
        UserAgent = userAgent,
        PresetId = presetId,
        SessionId = sessionId,
        RequestId = requestId,
        ResponseCacheSourceId = responseCacheSourceId,
        ServiceTier = serviceTier,
        WebSearchEngine = webSearchEngine,
        DataRegion = dataRegion,
        WorkspaceId = workspaceId,
        ProviderResponses = ListOf(providerResponses, nameof(providerResponses)),
    };
}
