using System;
using System.Collections.Generic;

namespace OpenRouter.Sdk;

public static partial class OpenRouterModelFactory
{
    /// <summary>Builds an <see cref="Sdk.ImageGenerationResponse"/>, as <see cref="OpenRouterImagesClient.GenerateAsync"/> returns it.</summary>
    /// <param name="data">The images; empty when null.</param>
    /// <param name="created">When they were generated; <see cref="DateTimeOffset.MinValue"/> when null.</param>
    /// <param name="usage">Tokens and cost, if any.</param>
    /// <returns>The response.</returns>
    public static ImageGenerationResponse ImageGenerationResponse(
        IEnumerable<GeneratedImageData>? data = null,
        DateTimeOffset? created = null,
        Usage? usage = null) => new()
    {
        Data = ListOf(data, nameof(data)),
        Created = created ?? default,
        Usage = usage,
    };

    /// <summary>Builds a <see cref="Sdk.GeneratedImageData"/> (for bytes, pass <c>Convert.ToBase64String(bytes)</c>).</summary>
    /// <param name="base64">The image bytes, base64-encoded as the server sends them; empty when null.</param>
    /// <param name="mediaType">The media type, such as <c>image/png</c>, if known.</param>
    /// <returns>The image.</returns>
    public static GeneratedImageData GeneratedImageData(string? base64 = null, string? mediaType = null) => new()
    {
        Base64 = base64!,
        MediaType = mediaType,
    };

    /// <summary>Builds an <see cref="Sdk.ImageModel"/>, as <see cref="OpenRouterImagesClient.ListModelsAsync"/> returns it.</summary>
    /// <param name="id">The model id; empty when null.</param>
    /// <param name="name">The display name; empty when null.</param>
    /// <param name="description">The description, if any.</param>
    /// <param name="created">When the model was added; <see cref="DateTimeOffset.MinValue"/> when null.</param>
    /// <param name="inputModalities">What the model takes; empty when null.</param>
    /// <param name="outputModalities">What the model produces; empty when null.</param>
    /// <param name="supportedParameters">The parameters it accepts, by name; none when null.</param>
    /// <param name="supportsStreaming">Whether it streams partial images.</param>
    /// <param name="endpointsUrl">The relative URL of its endpoint records, if any.</param>
    /// <returns>The model.</returns>
    public static ImageModel ImageModel(
        string? id = null,
        string? name = null,
        string? description = null,
        DateTimeOffset? created = null,
        IEnumerable<Modality>? inputModalities = null,
        IEnumerable<Modality>? outputModalities = null,
        IReadOnlyDictionary<string, ImageParameterCapability>? supportedParameters = null,
        bool supportsStreaming = false,
        string? endpointsUrl = null) => new()
    {
        Id = id!,
        Name = name!,
        Description = description,
        Created = created ?? default,
        Architecture = new ImageModelArchitecture
        {
            InputModalities = ListOf(inputModalities, nameof(inputModalities)),
            OutputModalities = ListOf(outputModalities, nameof(outputModalities)),
        },
        SupportedParameters = supportedParameters ?? new Dictionary<string, ImageParameterCapability>(),
        SupportsStreaming = supportsStreaming,
        EndpointsUrl = endpointsUrl,
    };

    /// <summary>Builds an <see cref="Sdk.ImageParameterCapability"/>.</summary>
    /// <param name="kind">The kind of descriptor; <see cref="ImageParameterKind.Boolean"/> when null.</param>
    /// <param name="values">The accepted strings of an enum parameter, if any.</param>
    /// <param name="min">The smallest value of a range parameter, if any.</param>
    /// <param name="max">The largest value of a range parameter, if any.</param>
    /// <returns>The descriptor.</returns>
    public static ImageParameterCapability ImageParameterCapability(
        ImageParameterKind? kind = null,
        IEnumerable<string>? values = null,
        double? min = null,
        double? max = null) => new()
    {
        Kind = kind ?? ImageParameterKind.Boolean,
        Values = values is null ? null : ListOf(values, nameof(values)),
        Min = min,
        Max = max,
    };

    /// <summary>Builds an <see cref="Sdk.ImageModelEndpoints"/>, as <see cref="OpenRouterImagesClient.ListModelEndpointsAsync"/> returns it.</summary>
    /// <param name="id">The model id; empty when null.</param>
    /// <param name="endpoints">The endpoints; empty when null.</param>
    /// <returns>The model's endpoints.</returns>
    public static ImageModelEndpoints ImageModelEndpoints(string? id = null, IEnumerable<ImageEndpoint>? endpoints = null) => new()
    {
        Id = id!,
        Endpoints = ListOf(endpoints, nameof(endpoints)),
    };

    /// <summary>Builds an <see cref="Sdk.ImageEndpoint"/>.</summary>
    /// <param name="providerName">The provider's display name; empty when null.</param>
    /// <param name="providerSlug">The provider's slug; empty when null.</param>
    /// <param name="providerTag">The provider tag, if any.</param>
    /// <param name="pricing">The pricing lines; empty when null.</param>
    /// <param name="supportedParameters">The parameters it accepts, by name; none when null.</param>
    /// <param name="allowedPassthroughParameters">The passthrough options; empty when null.</param>
    /// <param name="supportsStreaming">Whether it streams partial images.</param>
    /// <returns>The endpoint.</returns>
    public static ImageEndpoint ImageEndpoint(
        string? providerName = null,
        string? providerSlug = null,
        string? providerTag = null,
        IEnumerable<ImagePricing>? pricing = null,
        IReadOnlyDictionary<string, ImageParameterCapability>? supportedParameters = null,
        IEnumerable<string>? allowedPassthroughParameters = null,
        bool supportsStreaming = false) => new()
    {
        ProviderName = providerName!,
        ProviderSlug = providerSlug!,
        ProviderTag = providerTag,
        Pricing = ListOf(pricing, nameof(pricing)),
        SupportedParameters = supportedParameters ?? new Dictionary<string, ImageParameterCapability>(),
        AllowedPassthroughParameters = ListOf(allowedPassthroughParameters, nameof(allowedPassthroughParameters)),
        SupportsStreaming = supportsStreaming,
    };

    /// <summary>Builds an <see cref="Sdk.ImagePricing"/> line.</summary>
    /// <param name="billable">What is charged for; <see cref="ImagePricingBillable.OutputImage"/> when null.</param>
    /// <param name="unit">The unit; <see cref="ImagePricingUnit.Image"/> when null.</param>
    /// <param name="costUsd">The price per unit, in USD.</param>
    /// <param name="variant">The variant the line applies to, if any.</param>
    /// <returns>The pricing line.</returns>
    public static ImagePricing ImagePricing(
        ImagePricingBillable? billable = null,
        ImagePricingUnit? unit = null,
        decimal costUsd = 0m,
        string? variant = null) => new()
    {
        Billable = billable ?? ImagePricingBillable.OutputImage,
        Unit = unit ?? ImagePricingUnit.Image,
        CostUsd = costUsd,
        Variant = variant,
    };

    /// <summary>Builds a <see cref="Sdk.Transcription"/>, as <see cref="OpenRouterAudioClient.TranscribeAsync"/> returns it.</summary>
    /// <param name="text">The transcribed text; empty when null.</param>
    /// <param name="usage">Usage and cost, if any.</param>
    /// <param name="language">The language, if any.</param>
    /// <param name="task">The task performed, such as <c>transcribe</c>, if any.</param>
    /// <param name="duration">The audio's length in seconds, if any.</param>
    /// <param name="segments">Timestamped segments, if any; null (not verbose) when null.</param>
    /// <param name="words">Timestamped words, if any.</param>
    /// <returns>The transcription.</returns>
    public static Transcription Transcription(
        string? text = null,
        TranscriptionUsage? usage = null,
        string? language = null,
        string? task = null,
        double? duration = null,
        IEnumerable<TranscriptionSegment>? segments = null,
        IEnumerable<TranscriptionWord>? words = null) => new()
    {
        Text = text!,
        Usage = usage,
        Language = language,
        Task = task,
        Duration = duration,
        Segments = segments is null ? null : ListOf(segments, nameof(segments)),
        Words = words is null ? null : ListOf(words, nameof(words)),
    };

    /// <summary>Builds a <see cref="Sdk.TranscriptionUsage"/>.</summary>
    /// <param name="cost">The cost in USD, if any.</param>
    /// <param name="inputTokens">Input tokens, if any.</param>
    /// <param name="outputTokens">Output tokens, if any.</param>
    /// <param name="totalTokens">Total tokens, if any.</param>
    /// <param name="seconds">The audio's length in seconds, if any.</param>
    /// <returns>The usage.</returns>
    public static TranscriptionUsage TranscriptionUsage(
        decimal? cost = null,
        int? inputTokens = null,
        int? outputTokens = null,
        int? totalTokens = null,
        double? seconds = null) => new()
    {
        Cost = cost,
        InputTokens = inputTokens,
        OutputTokens = outputTokens,
        TotalTokens = totalTokens,
        Seconds = seconds,
    };

    /// <summary>Builds a <see cref="Sdk.RerankResponse"/>, as <see cref="OpenRouterRerankClient.RerankAsync"/> returns it.</summary>
    /// <param name="results">The ranked documents, most relevant first; empty when null.</param>
    /// <param name="model">The model; empty when null.</param>
    /// <param name="id">The generation id, if any.</param>
    /// <param name="provider">The provider, if any.</param>
    /// <param name="usage">Usage and cost, if any.</param>
    /// <returns>The response.</returns>
    public static RerankResponse RerankResponse(
        IEnumerable<RerankResult>? results = null,
        string? model = null,
        string? id = null,
        string? provider = null,
        RerankUsage? usage = null) => new()
    {
        Results = ListOf(results, nameof(results)),
        Model = model!,
        Id = id,
        Provider = provider,
        Usage = usage,
    };

    /// <summary>Builds a <see cref="Sdk.RerankResult"/>.</summary>
    /// <param name="index">The document's position in the request.</param>
    /// <param name="relevanceScore">Its relevance score.</param>
    /// <param name="text">The echoed document text, if any.</param>
    /// <param name="image">The echoed document image, if any.</param>
    /// <returns>The result.</returns>
    public static RerankResult RerankResult(int index = 0, double relevanceScore = 0, string? text = null, string? image = null) => new()
    {
        Index = index,
        RelevanceScore = relevanceScore,
        Document = new RerankedDocument { Text = text, Image = image },
    };

    /// <summary>Builds a <see cref="Sdk.RerankUsage"/>.</summary>
    /// <param name="cost">The cost in USD, if any.</param>
    /// <param name="searchUnits">Search units, if any.</param>
    /// <param name="totalTokens">Tokens, if any.</param>
    /// <returns>The usage.</returns>
    public static RerankUsage RerankUsage(decimal? cost = null, int? searchUnits = null, int? totalTokens = null) => new()
    {
        Cost = cost,
        SearchUnits = searchUnits,
        TotalTokens = totalTokens,
    };
}
