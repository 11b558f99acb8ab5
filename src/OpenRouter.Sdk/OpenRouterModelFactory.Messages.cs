using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace OpenRouter.Sdk;

public static partial class OpenRouterModelFactory
{
    /// <summary>
    /// Builds a <see cref="Sdk.MessagesResponse"/>, as <see cref="OpenRouterMessagesClient.CreateAsync"/> returns it
    /// (and <see cref="MessagesAccumulator.ToResponse"/> folds it), for a fake of that client.
    /// </summary>
    /// <param name="id">The message's id; null reads as empty.</param>
    /// <param name="type">The wire type; null gives <c>message</c>.</param>
    /// <param name="role">The role; null gives <see cref="MessageRole.Assistant"/>.</param>
    /// <param name="model">The model; null reads as empty.</param>
    /// <param name="content">The content blocks (kept as given); null gives an empty list.</param>
    /// <param name="stopReason">Why the model stopped.</param>
    /// <param name="stopSequence">The stop sequence written, if any.</param>
    /// <param name="stopDetails">The stop's details, as JSON.</param>
    /// <param name="container">The code execution container, as JSON.</param>
    /// <param name="usage">The token counts and cost.</param>
    /// <param name="provider">The provider that served the answer.</param>
    /// <param name="contextManagement">The context edits applied, as JSON.</param>
    /// <param name="openRouterMetadata">OpenRouter's routing metadata, as JSON.</param>
    /// <returns>The answer.</returns>
    public static MessagesResponse MessagesResponse(
        string? id = null,
        string? type = null,
        MessageRole? role = null,
        string? model = null,
        IEnumerable<MessagesContentBlock>? content = null,
        MessagesStopReason? stopReason = null,
        string? stopSequence = null,
        JsonElement? stopDetails = null,
        JsonElement? container = null,
        MessagesUsage? usage = null,
        string? provider = null,
        JsonElement? contextManagement = null,
        JsonElement? openRouterMetadata = null) => new()
    {
        Id = id ?? string.Empty,
        Type = type ?? "message",
        Role = role ?? MessageRole.Assistant,
        Model = model ?? string.Empty,
        Content = content?.ToList() ?? [],
        StopReason = stopReason,
        StopSequence = stopSequence,
        StopDetails = stopDetails,
        Container = container,
        Usage = usage,
        Provider = provider,
        ContextManagement = contextManagement,
        OpenRouterMetadata = openRouterMetadata,
    };

    /// <summary>Builds a <see cref="Sdk.MessagesUsage"/>, the usage of a <see cref="Sdk.MessagesResponse"/> or a <see cref="MessagesDeltaEvent"/>.</summary>
    /// <param name="inputTokens">Input tokens outside the cache.</param>
    /// <param name="outputTokens">Output tokens.</param>
    /// <param name="cacheCreationInputTokens">Input tokens written to the cache.</param>
    /// <param name="cacheReadInputTokens">Input tokens read from the cache.</param>
    /// <param name="cacheCreation">The cache writes by time to live, as JSON.</param>
    /// <param name="outputTokensDetails">Details of the output tokens, as JSON.</param>
    /// <param name="serverToolUse">Server tool requests, as JSON.</param>
    /// <param name="serviceTier">The service tier.</param>
    /// <param name="inferenceGeo">The inference region.</param>
    /// <param name="speed">The output speed.</param>
    /// <param name="cost">The cost in credits (US dollars).</param>
    /// <param name="costDetails">The cost's parts.</param>
    /// <param name="isByok">Whether your own provider key was used.</param>
    /// <param name="iterations">The usage per loop iteration, as JSON.</param>
    /// <returns>The usage.</returns>
    public static MessagesUsage MessagesUsage(
        int? inputTokens = null,
        int outputTokens = 0,
        int? cacheCreationInputTokens = null,
        int? cacheReadInputTokens = null,
        JsonElement? cacheCreation = null,
        JsonElement? outputTokensDetails = null,
        JsonElement? serverToolUse = null,
        string? serviceTier = null,
        string? inferenceGeo = null,
        string? speed = null,
        decimal? cost = null,
        CostDetails? costDetails = null,
        bool? isByok = null,
        JsonElement? iterations = null) => new()
    {
        InputTokens = inputTokens,
        OutputTokens = outputTokens,
        CacheCreationInputTokens = cacheCreationInputTokens,
        CacheReadInputTokens = cacheReadInputTokens,
        CacheCreation = cacheCreation,
        OutputTokensDetails = outputTokensDetails,
        ServerToolUse = serverToolUse,
        ServiceTier = serviceTier,
        InferenceGeo = inferenceGeo,
        Speed = speed,
        Cost = cost,
        CostDetails = costDetails,
        IsByok = isByok,
        Iterations = iterations,
    };
}
