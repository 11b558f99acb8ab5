using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenRouter.Sdk;

public static partial class OpenRouterModelFactory
{
    /// <summary>
    /// Builds a <see cref="Sdk.VideoJob"/>, as <see cref="OpenRouterVideosClient.CreateAsync"/>,
    /// <see cref="OpenRouterVideosClient.GetAsync"/> and <see cref="OpenRouterVideosClient.WaitForCompletionAsync"/>
    /// return it, for a fake of that client.
    /// </summary>
    /// <param name="id">The job's id; null reads as empty.</param>
    /// <param name="pollingUrl">The path to poll; null reads as empty.</param>
    /// <param name="status">The job's state; null gives <see cref="VideoJobStatus.Pending"/>.</param>
    /// <param name="generationId">The generation id, if any.</param>
    /// <param name="error">Why the job failed, if it did.</param>
    /// <param name="unsignedUrls">The videos' addresses; null gives an empty list.</param>
    /// <param name="usage">The cost, once completed.</param>
    /// <returns>The job.</returns>
    public static VideoJob VideoJob(
        string? id = null,
        string? pollingUrl = null,
        VideoJobStatus? status = null,
        string? generationId = null,
        string? error = null,
        IEnumerable<string>? unsignedUrls = null,
        VideoUsage? usage = null) => new()
    {
        Id = id!,
        PollingUrl = pollingUrl!,
        Status = status ?? VideoJobStatus.Pending,
        GenerationId = generationId,
        Error = error,
        UnsignedUrls = unsignedUrls?.ToList() ?? [],
        Usage = usage,
    };

    /// <summary>Builds a <see cref="Sdk.VideoUsage"/>, the cost of a completed <see cref="Sdk.VideoJob"/>.</summary>
    /// <param name="cost">The cost in USD.</param>
    /// <param name="isByok">Whether your own provider key was used.</param>
    /// <returns>The usage.</returns>
    public static VideoUsage VideoUsage(decimal? cost = null, bool? isByok = null) => new()
    {
        Cost = cost,
        IsByok = isByok,
    };

    /// <summary>Builds a <see cref="Sdk.VideoModel"/>, as <see cref="OpenRouterVideosClient.ListModelsAsync"/> returns it.</summary>
    /// <param name="id">The model's id; null reads as empty.</param>
    /// <param name="canonicalSlug">The canonical slug; null reads as empty.</param>
    /// <param name="name">The display name; null reads as empty.</param>
    /// <param name="created">When the model was added.</param>
    /// <param name="description">The description.</param>
    /// <param name="huggingFaceId">The Hugging Face id.</param>
    /// <param name="supportedResolutions">The resolutions; null gives an empty list.</param>
    /// <param name="supportedAspectRatios">The aspect ratios; null gives an empty list.</param>
    /// <param name="supportedSizes">The exact sizes; null gives an empty list.</param>
    /// <param name="supportedDurations">The durations in seconds; null gives an empty list.</param>
    /// <param name="supportedFrameImages">The frame images accepted; null gives an empty list.</param>
    /// <param name="generateAudio">Whether it can generate audio.</param>
    /// <param name="seed">Whether it supports a seed.</param>
    /// <param name="creativity">The creativity levels of an upscaling model; null gives an empty list.</param>
    /// <param name="upscaleFactor">The upscale factor range of an upscaling model.</param>
    /// <param name="allowedPassthroughParameters">The parameters passed through; null gives an empty list.</param>
    /// <param name="pricingSkus">Prices per SKU in USD; null gives an empty dictionary.</param>
    /// <returns>The model.</returns>
    public static VideoModel VideoModel(
        string? id = null,
        string? canonicalSlug = null,
        string? name = null,
        DateTimeOffset? created = null,
        string? description = null,
        string? huggingFaceId = null,
        IEnumerable<string>? supportedResolutions = null,
        IEnumerable<string>? supportedAspectRatios = null,
        IEnumerable<string>? supportedSizes = null,
        IEnumerable<int>? supportedDurations = null,
        IEnumerable<VideoFrameType>? supportedFrameImages = null,
        bool? generateAudio = null,
        bool? seed = null,
        IEnumerable<int>? creativity = null,
        VideoUpscaleFactorRange? upscaleFactor = null,
        IEnumerable<string>? allowedPassthroughParameters = null,
        IReadOnlyDictionary<string, decimal>? pricingSkus = null) => new()
    {
        Id = id!,
        CanonicalSlug = canonicalSlug!,
        Name = name!,
        Created = created ?? default,
        Description = description,
        HuggingFaceId = huggingFaceId,
        SupportedResolutions = supportedResolutions?.ToList() ?? [],
        SupportedAspectRatios = supportedAspectRatios?.ToList() ?? [],
        SupportedSizes = supportedSizes?.ToList() ?? [],
        SupportedDurations = supportedDurations?.ToList() ?? [],
        SupportedFrameImages = supportedFrameImages?.ToList() ?? [],
        GenerateAudio = generateAudio,
        Seed = seed,
        Creativity = creativity?.ToList() ?? [],
        UpscaleFactor = upscaleFactor,
        AllowedPassthroughParameters = allowedPassthroughParameters?.ToList() ?? [],
        PricingSkus = pricingSkus ?? new Dictionary<string, decimal>(),
    };

    /// <summary>Builds a <see cref="Sdk.VideoUpscaleFactorRange"/>, the upscale factors of a <see cref="Sdk.VideoModel"/>.</summary>
    /// <param name="min">The smallest factor.</param>
    /// <param name="max">The largest factor.</param>
    /// <returns>The range.</returns>
    public static VideoUpscaleFactorRange VideoUpscaleFactorRange(double? min = null, double? max = null) => new()
    {
        Min = min,
        Max = max,
    };

    /// <summary>
    /// Builds an <see cref="Sdk.OpenRouterFile"/>, as <see cref="OpenRouterFilesClient"/> returns it, for a fake of that
    /// client. The defaults describe nothing; set the members of the shape you test (OpenRouter's: size, media type,
    /// downloadable; OpenAI's: bytes, purpose, status).
    /// </summary>
    /// <param name="id">The file's id; null reads as empty.</param>
    /// <param name="filename">The file's name; null reads as empty.</param>
    /// <param name="mimeType">The detected media type.</param>
    /// <param name="sizeBytes">The size in bytes (OpenRouter's and Anthropic's shape).</param>
    /// <param name="bytes">The size in bytes (OpenAI's shape).</param>
    /// <param name="createdAt">When the file was stored.</param>
    /// <param name="downloadable">Whether it can be downloaded.</param>
    /// <param name="type">The object's kind, <c>file</c>.</param>
    /// <param name="object">The object's kind in OpenAI's shape, <c>file</c>.</param>
    /// <param name="purpose">What the file is for (OpenAI's shape).</param>
    /// <param name="status">The processing state (OpenAI's shape).</param>
    /// <param name="shape">The answer's shape: <c>openrouter</c>, <c>openai</c> or <c>anthropic</c>.</param>
    /// <returns>The file.</returns>
    public static OpenRouterFile OpenRouterFile(
        string? id = null,
        string? filename = null,
        string? mimeType = null,
        long? sizeBytes = null,
        long? bytes = null,
        DateTimeOffset? createdAt = null,
        bool? downloadable = null,
        string? type = null,
        string? @object = null,
        FilePurpose? purpose = null,
        string? status = null,
        string? shape = null) => new()
    {
        Id = id!,
        Filename = filename!,
        MimeType = mimeType,
        SizeBytes = sizeBytes,
        Bytes = bytes,
        CreatedAt = createdAt,
        Downloadable = downloadable,
        Type = type,
        Object = @object,
        Purpose = purpose,
        Status = status,
        Shape = shape,
    };
}
