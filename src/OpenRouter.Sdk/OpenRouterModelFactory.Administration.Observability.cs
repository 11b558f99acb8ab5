using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenRouter.Sdk;

public static partial class OpenRouterModelFactory
{
    /// <summary>
    /// Builds an <see cref="Sdk.ObservabilityDestination"/>, as <see cref="OpenRouterObservabilityClient"/> returns it,
    /// for a fake of that client.
    /// </summary>
    /// <param name="id">The destination's id; null reads as empty.</param>
    /// <param name="workspaceId">The workspace it belongs to; null reads as empty.</param>
    /// <param name="name">Its name, if any.</param>
    /// <param name="type">Where the traces go; null leaves it empty.</param>
    /// <param name="enabled">Whether it receives traces.</param>
    /// <param name="privacyMode">Whether only metadata is forwarded.</param>
    /// <param name="broadcastGenerationCost">Whether cost metadata is included.</param>
    /// <param name="broadcastGenerationIdentity">Whether identity metadata is included.</param>
    /// <param name="broadcastGenerationRequestContext">Whether request-context metadata is included.</param>
    /// <param name="samplingRate">The share of events forwarded; 1, every event, unless given.</param>
    /// <param name="apiKeyHashes">The only API key hashes whose traffic is forwarded; null, as the server sends it, means every key's. It is copied.</param>
    /// <param name="filterRules">Which events are forwarded; null means every event.</param>
    /// <param name="config">The service's settings by wire name; null gives none. The entries are copied (the JSON values as they are).</param>
    /// <param name="createdAt">When it was created.</param>
    /// <param name="updatedAt">When it was last updated.</param>
    /// <returns>The destination.</returns>
    public static ObservabilityDestination ObservabilityDestination(
        string? id = null,
        string? workspaceId = null,
        string? name = null,
        ObservabilityDestinationType? type = null,
        bool enabled = false,
        bool privacyMode = false,
        bool broadcastGenerationCost = false,
        bool broadcastGenerationIdentity = false,
        bool broadcastGenerationRequestContext = false,
        double samplingRate = 1,
        IEnumerable<string>? apiKeyHashes = null,
        ObservabilityFilterRules? filterRules = null,
        IReadOnlyDictionary<string, JsonElement>? config = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? updatedAt = null) => new()
    {
        Id = id!,
        WorkspaceId = workspaceId!,
        Name = name,
        Type = type ?? default,
        Enabled = enabled,
        PrivacyMode = privacyMode,
        BroadcastGenerationCost = broadcastGenerationCost,
        BroadcastGenerationIdentity = broadcastGenerationIdentity,
        BroadcastGenerationRequestContext = broadcastGenerationRequestContext,
        SamplingRate = samplingRate,
        ApiKeyHashes = apiKeyHashes is null ? null : ListOf(apiKeyHashes, nameof(apiKeyHashes)),
        FilterRules = filterRules,
        Config = config is null ? new Dictionary<string, JsonElement>() : CopyOf(config),
        CreatedAt = createdAt,
        UpdatedAt = updatedAt,
    };

    // netstandard2.0 has no Dictionary constructor taking a sequence of pairs.
    private static Dictionary<string, JsonElement> CopyOf(IReadOnlyDictionary<string, JsonElement> source)
    {
        var copy = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonElement> entry in source)
        {
            copy.Add(entry.Key, entry.Value);
        }

        return copy;
    }
}
