using System.Collections.Generic;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The changes to a workspace, for <see cref="OpenRouterWorkspacesClient.UpdateAsync"/> (<c>PATCH /workspaces/{id}</c>).
/// Members left null are not sent and stay as they are.
/// </summary>
public sealed class UpdateWorkspaceRequest
{
    /// <summary>The new name, 1 to 100 characters. (<c>name</c>)</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The new slug, 1 to 50 characters: lowercase letters and digits in segments joined by single hyphens. (<c>slug</c>)</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; set; }

    /// <summary>The description; at most 500 characters. (<c>description</c>)</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The default text model, such as <c>openai/gpt-4o</c>. (<c>default_text_model</c>)</summary>
    [JsonPropertyName("default_text_model")]
    public string? DefaultTextModel { get; set; }

    /// <summary>The default image model, such as <c>openai/dall-e-3</c>. (<c>default_image_model</c>)</summary>
    [JsonPropertyName("default_image_model")]
    public string? DefaultImageModel { get; set; }

    /// <summary>The default provider ordering. (<c>default_provider_sort</c>)</summary>
    [JsonPropertyName("default_provider_sort")]
    public ProviderSort? DefaultProviderSort { get; set; }

    /// <summary>Whether private (I/O) logging is enabled. (<c>is_observability_io_logging_enabled</c>)</summary>
    [JsonPropertyName("is_observability_io_logging_enabled")]
    public bool? IsObservabilityIOLoggingEnabled { get; set; }

    /// <summary>Whether broadcast to observability destinations is enabled. (<c>is_observability_broadcast_enabled</c>)</summary>
    [JsonPropertyName("is_observability_broadcast_enabled")]
    public bool? IsObservabilityBroadcastEnabled { get; set; }

    /// <summary>Whether data discount logging is enabled. (<c>is_data_discount_logging_enabled</c>)</summary>
    [JsonPropertyName("is_data_discount_logging_enabled")]
    public bool? IsDataDiscountLoggingEnabled { get; set; }

    /// <summary>The share of requests I/O logging records, 0.0001 to 1. (<c>io_logging_sampling_rate</c>)</summary>
    [JsonPropertyName("io_logging_sampling_rate")]
    public double? IOLoggingSamplingRate { get; set; }

    /// <summary>The API key ids whose requests I/O logging records. (<c>io_logging_api_key_ids</c>)</summary>
    [JsonPropertyName("io_logging_api_key_ids")]
    public IList<long>? IOLoggingApiKeyIds { get; set; }

    /// <summary>Removes the description: sends <c>"description": null</c>. Cannot be combined with <see cref="Description"/>.</summary>
    [JsonIgnore]
    public bool RemoveDescription { get; set; }

    /// <summary>Removes the default text model: sends <c>"default_text_model": null</c>. Cannot be combined with <see cref="DefaultTextModel"/>.</summary>
    [JsonIgnore]
    public bool RemoveDefaultTextModel { get; set; }

    /// <summary>Removes the default image model: sends <c>"default_image_model": null</c>. Cannot be combined with <see cref="DefaultImageModel"/>.</summary>
    [JsonIgnore]
    public bool RemoveDefaultImageModel { get; set; }

    /// <summary>Removes the default provider sort: sends <c>"default_provider_sort": null</c>. Cannot be combined with <see cref="DefaultProviderSort"/>.</summary>
    [JsonIgnore]
    public bool RemoveDefaultProviderSort { get; set; }

    /// <summary>Removes the API-key filter of I/O logging (every key logged): sends <c>"io_logging_api_key_ids": null</c>. Cannot be combined with <see cref="IOLoggingApiKeyIds"/>.</summary>
    [JsonIgnore]
    public bool RemoveIOLoggingApiKeyIds { get; set; }

    /// <summary>The members to send as <c>null</c>; refuses a member both set and removed, before anything is sent.</summary>
    internal List<string> Removals()
    {
        var removals = new List<string>();
        ExplicitNulls.Collect(removals, RemoveDescription, Description is not null, "description", nameof(UpdateWorkspaceRequest), nameof(Description));
        ExplicitNulls.Collect(removals, RemoveDefaultTextModel, DefaultTextModel is not null, "default_text_model", nameof(UpdateWorkspaceRequest), nameof(DefaultTextModel));
        ExplicitNulls.Collect(removals, RemoveDefaultImageModel, DefaultImageModel is not null, "default_image_model", nameof(UpdateWorkspaceRequest), nameof(DefaultImageModel));
        ExplicitNulls.Collect(removals, RemoveDefaultProviderSort, DefaultProviderSort is not null, "default_provider_sort", nameof(UpdateWorkspaceRequest), nameof(DefaultProviderSort));
        ExplicitNulls.Collect(removals, RemoveIOLoggingApiKeyIds, IOLoggingApiKeyIds is not null, "io_logging_api_key_ids", nameof(UpdateWorkspaceRequest), nameof(IOLoggingApiKeyIds));
        return removals;
    }
}
