using System;
using System.Collections.Generic;

namespace OpenRouter.Sdk;

public static partial class OpenRouterModelFactory
{
    /// <summary>Builds a <see cref="Sdk.ModelInfo"/>, a model of the catalog (<c>GET /models</c>).</summary>
    /// <param name="id">The id to send as <c>model</c>, for example <c>openai/gpt-4o</c>; null reads as empty.</param>
    /// <param name="canonicalSlug">The permanent slug of this exact model version.</param>
    /// <param name="huggingFaceId">The Hugging Face repository id of an open-weight model.</param>
    /// <param name="name">The display name; null reads as empty.</param>
    /// <param name="created">When the model was added; <c>default</c> (<see cref="DateTimeOffset.MinValue"/>) means unknown.</param>
    /// <param name="description">A description of the model.</param>
    /// <param name="contextLength">The largest context in tokens.</param>
    /// <param name="architecture">Modalities, tokenizer and instruction format; build it with <see cref="ModelArchitecture"/>.</param>
    /// <param name="pricing">Prices in USD per token; null gives all-zero prices (build them with <see cref="ModelPricing"/>).</param>
    /// <param name="topProvider">The limits of the provider OpenRouter routes to first.</param>
    /// <param name="perRequestLimits">Per-request token limits.</param>
    /// <param name="supportedParameters">The request parameters at least one provider supports, for example <c>tools</c>; null gives none.</param>
    /// <param name="defaultParameters">The sampling defaults the model applies.</param>
    /// <param name="supportedVoices">The voices of a text-to-speech model; null gives none.</param>
    /// <param name="knowledgeCutoff">The training data cutoff (<c>YYYY-MM-DD</c>).</param>
    /// <param name="expirationDate">The announced retirement date (<c>YYYY-MM-DD</c>).</param>
    /// <param name="links">Related API addresses.</param>
    /// <param name="reasoning">What the model supports for reasoning.</param>
    /// <param name="benchmarks">Third-party benchmark results.</param>
    /// <param name="aliasTarget">The model an alias currently points to.</param>
    /// <returns>The model.</returns>
    public static ModelInfo ModelInfo(
        string? id = null,
        string? canonicalSlug = null,
        string? huggingFaceId = null,
        string? name = null,
        DateTimeOffset created = default,
        string? description = null,
        int? contextLength = null,
        ModelArchitecture? architecture = null,
        ModelPricing? pricing = null,
        TopProvider? topProvider = null,
        PerRequestLimits? perRequestLimits = null,
        IEnumerable<string>? supportedParameters = null,
        DefaultParameters? defaultParameters = null,
        IEnumerable<string>? supportedVoices = null,
        string? knowledgeCutoff = null,
        string? expirationDate = null,
        ModelLinks? links = null,
        ModelReasoningCapabilities? reasoning = null,
        ModelBenchmarks? benchmarks = null,
        ModelAliasTarget? aliasTarget = null) => new()
    {
        Id = id!,
        CanonicalSlug = canonicalSlug,
        HuggingFaceId = huggingFaceId,
        Name = name!,
        Created = created,
        Description = description,
        ContextLength = contextLength,
        Architecture = architecture,
        Pricing = pricing ?? ModelPricing(),
        TopProvider = topProvider,
        PerRequestLimits = perRequestLimits,
        SupportedParameters = ListOf(supportedParameters, nameof(supportedParameters)),
        DefaultParameters = defaultParameters,
        SupportedVoices = ListOf(supportedVoices, nameof(supportedVoices)),
        KnowledgeCutoff = knowledgeCutoff,
        ExpirationDate = expirationDate,
        Links = links,
        Reasoning = reasoning,
        Benchmarks = benchmarks,
        AliasTarget = aliasTarget,
    };

    /// <summary>Builds a <see cref="Sdk.ModelPricing"/>. Token prices are USD <b>per token</b>, as on the wire.</summary>
    /// <param name="prompt">USD per prompt token (a negative value means the price is decided per request).</param>
    /// <param name="completion">USD per completion token.</param>
    /// <param name="request">USD per request.</param>
    /// <param name="image">USD per input image.</param>
    /// <param name="imageToken">USD per image input token.</param>
    /// <param name="imageOutput">USD per output image token.</param>
    /// <param name="audio">USD per audio input token.</param>
    /// <param name="audioOutput">USD per audio output token.</param>
    /// <param name="inputAudioCache">USD per cached audio input token.</param>
    /// <param name="webSearch">USD per web search.</param>
    /// <param name="internalReasoning">USD per internal reasoning token.</param>
    /// <param name="inputCacheRead">USD per prompt token read from the cache.</param>
    /// <param name="inputCacheWrite">USD per prompt token written to the cache.</param>
    /// <param name="inputCacheWrite1h">USD per prompt token written to the cache for one hour.</param>
    /// <param name="discount">A discount applied to the prices, for example 0.2 for 20 %.</param>
    /// <param name="overrides">Prices that replace these under conditions; null gives none.</param>
    /// <returns>The prices.</returns>
    public static ModelPricing ModelPricing(
        decimal prompt = 0m,
        decimal completion = 0m,
        decimal? request = null,
        decimal? image = null,
        decimal? imageToken = null,
        decimal? imageOutput = null,
        decimal? audio = null,
        decimal? audioOutput = null,
        decimal? inputAudioCache = null,
        decimal? webSearch = null,
        decimal? internalReasoning = null,
        decimal? inputCacheRead = null,
        decimal? inputCacheWrite = null,
        decimal? inputCacheWrite1h = null,
        decimal? discount = null,
        IEnumerable<ModelPricingOverride>? overrides = null) => new()
    {
        Prompt = prompt,
        Completion = completion,
        Request = request,
        Image = image,
        ImageToken = imageToken,
        ImageOutput = imageOutput,
        Audio = audio,
        AudioOutput = audioOutput,
        InputAudioCache = inputAudioCache,
        WebSearch = webSearch,
        InternalReasoning = internalReasoning,
        InputCacheRead = inputCacheRead,
        InputCacheWrite = inputCacheWrite,
        InputCacheWrite1h = inputCacheWrite1h,
        Discount = discount,
        Overrides = ListOf(overrides, nameof(overrides)),
    };

    /// <summary>Builds a <see cref="Sdk.ModelArchitecture"/>, what a model reads and writes.</summary>
    /// <param name="modality">A summary such as <c>text+image-&gt;text</c>.</param>
    /// <param name="inputModalities">The input modalities; null gives none.</param>
    /// <param name="outputModalities">The output modalities; null gives none.</param>
    /// <param name="tokenizer">The tokenizer family, for example <c>GPT</c>.</param>
    /// <param name="instructType">The instruction format of an open-weight model.</param>
    /// <returns>The architecture.</returns>
    public static ModelArchitecture ModelArchitecture(
        string? modality = null,
        IEnumerable<Modality>? inputModalities = null,
        IEnumerable<Modality>? outputModalities = null,
        string? tokenizer = null,
        string? instructType = null) => new()
    {
        Modality = modality,
        InputModalities = ListOf(inputModalities, nameof(inputModalities)),
        OutputModalities = ListOf(outputModalities, nameof(outputModalities)),
        Tokenizer = tokenizer,
        InstructType = instructType,
    };

    /// <summary>Builds a <see cref="Sdk.ModelEndpoints"/>, a model with the endpoints that serve it.</summary>
    /// <param name="id">The model id; null reads as empty.</param>
    /// <param name="name">The display name.</param>
    /// <param name="created">When the model was added; <c>default</c> means unknown.</param>
    /// <param name="description">A description of the model.</param>
    /// <param name="architecture">Modalities, tokenizer and instruction format.</param>
    /// <param name="endpoints">One entry per provider endpoint (build them with <see cref="ModelEndpoint"/>); null gives none.</param>
    /// <returns>The model and its endpoints.</returns>
    public static ModelEndpoints ModelEndpoints(
        string? id = null,
        string? name = null,
        DateTimeOffset created = default,
        string? description = null,
        ModelArchitecture? architecture = null,
        IEnumerable<ModelEndpoint>? endpoints = null) => new()
    {
        Id = id!,
        Name = name,
        Created = created,
        Description = description,
        Architecture = architecture,
        Endpoints = ListOf(endpoints, nameof(endpoints)),
    };

    /// <summary>Builds a <see cref="Sdk.ModelEndpoint"/>, one provider's deployment of a model.</summary>
    /// <param name="name">A display name.</param>
    /// <param name="modelId">The model id this endpoint serves.</param>
    /// <param name="modelName">The model's display name.</param>
    /// <param name="contextLength">The context length in tokens.</param>
    /// <param name="pricing">This endpoint's prices; null gives all-zero prices.</param>
    /// <param name="providerName">The provider's display name.</param>
    /// <param name="tag">The provider slug with an optional variant.</param>
    /// <param name="quantization">The weight quantization.</param>
    /// <param name="maxCompletionTokens">The most completion tokens per request.</param>
    /// <param name="maxPromptTokens">The most prompt tokens per request.</param>
    /// <param name="supportedParameters">The request parameters this endpoint honours; null gives none.</param>
    /// <param name="status">The health status: 0 or null is normal, negative values are degraded.</param>
    /// <param name="uptimeLast5m">Percent of successful requests over the last 5 minutes.</param>
    /// <param name="uptimeLast30m">Percent of successful requests over the last 30 minutes.</param>
    /// <param name="uptimeLast1d">Percent of successful requests over the last day.</param>
    /// <param name="supportsImplicitCaching">Whether the provider caches prompts without breakpoints.</param>
    /// <param name="latencyLast30m">Latency percentiles over the last 30 minutes.</param>
    /// <param name="throughputLast30m">Throughput percentiles over the last 30 minutes.</param>
    /// <param name="supportsVoiceCloning">Whether a text-to-speech endpoint can clone voices.</param>
    /// <returns>The endpoint.</returns>
    public static ModelEndpoint ModelEndpoint(
        string? name = null,
        string? modelId = null,
        string? modelName = null,
        int? contextLength = null,
        ModelPricing? pricing = null,
        string? providerName = null,
        string? tag = null,
        Quantization? quantization = null,
        int? maxCompletionTokens = null,
        int? maxPromptTokens = null,
        IEnumerable<string>? supportedParameters = null,
        int? status = null,
        double? uptimeLast5m = null,
        double? uptimeLast30m = null,
        double? uptimeLast1d = null,
        bool? supportsImplicitCaching = null,
        EndpointPercentiles? latencyLast30m = null,
        EndpointPercentiles? throughputLast30m = null,
        bool? supportsVoiceCloning = null) => new()
    {
        Name = name,
        ModelId = modelId,
        ModelName = modelName,
        ContextLength = contextLength,
        Pricing = pricing ?? ModelPricing(),
        ProviderName = providerName,
        Tag = tag,
        Quantization = quantization,
        MaxCompletionTokens = maxCompletionTokens,
        MaxPromptTokens = maxPromptTokens,
        SupportedParameters = ListOf(supportedParameters, nameof(supportedParameters)),
        Status = status,
        UptimeLast5m = uptimeLast5m,
        UptimeLast30m = uptimeLast30m,
        UptimeLast1d = uptimeLast1d,
        SupportsImplicitCaching = supportsImplicitCaching,
        LatencyLast30m = latencyLast30m,
        ThroughputLast30m = throughputLast30m,
        SupportsVoiceCloning = supportsVoiceCloning,
    };

    /// <summary>Builds a <see cref="Sdk.ProviderInfo"/>, an inference provider (<c>GET /providers</c>).</summary>
    /// <param name="name">The display name; null reads as empty.</param>
    /// <param name="slug">The slug, for example <c>google-ai-studio</c>; null reads as empty.</param>
    /// <param name="privacyPolicyUrl">The privacy policy.</param>
    /// <param name="termsOfServiceUrl">The terms of service.</param>
    /// <param name="statusPageUrl">The status page.</param>
    /// <param name="headquarters">The country of the headquarters (ISO 3166 alpha-2).</param>
    /// <param name="datacenters">The countries of the datacenters (ISO 3166 alpha-2); null gives none.</param>
    /// <returns>The provider.</returns>
    public static ProviderInfo ProviderInfo(
        string? name = null,
        string? slug = null,
        string? privacyPolicyUrl = null,
        string? termsOfServiceUrl = null,
        string? statusPageUrl = null,
        string? headquarters = null,
        IEnumerable<string>? datacenters = null) => new()
    {
        Name = name!,
        Slug = slug!,
        PrivacyPolicyUrl = privacyPolicyUrl,
        TermsOfServiceUrl = termsOfServiceUrl,
        StatusPageUrl = statusPageUrl,
        Headquarters = headquarters,
        Datacenters = ListOf(datacenters, nameof(datacenters)),
    };
}
