using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A new workspace, for <see cref="OpenRouterWorkspacesClient.CreateAsync"/> (<c>POST /workspaces</c>).
/// <see cref="Name"/> and <see cref="Slug"/> are required; members left null are not sent and take the server's defaults.
/// </summary>
public sealed class CreateWorkspaceRequest
{
    /// <summary>The name, 1 to 100 characters. (<c>name</c>, required)</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>
    /// The URL-friendly slug, 1 to 50 characters: lowercase letters and digits in segments joined by single hyphens,
    /// such as <c>production</c>. (<c>slug</c>, required)
    /// </summary>
    [JsonPropertyName("slug")]
    public string Slug { get; set; } = string.Empty;

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
}
