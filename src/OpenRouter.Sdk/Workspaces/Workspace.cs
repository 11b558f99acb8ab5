using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A workspace (<see cref="OpenRouterWorkspacesClient"/>): a group of API keys, members, budgets and guardrails with
/// its own defaults and logging settings.
/// </summary>
public sealed class Workspace
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _name = string.Empty;
    private string _slug = string.Empty;

    /// <summary>The workspace's id (a UUID). (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The workspace's name. (<c>name</c>)</summary>
    [JsonPropertyName("name")]
    public string Name { get => _name; set => _name = value ?? string.Empty; }

    /// <summary>The workspace's URL-friendly slug; the operations accept it in place of the id. (<c>slug</c>)</summary>
    [JsonPropertyName("slug")]
    public string Slug { get => _slug; set => _slug = value ?? string.Empty; }

    /// <summary>The description, if any. (<c>description</c>)</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>
    /// The id of the workspace's default guardrail, derived from the workspace id; the guardrail itself exists once its
    /// configuration is first written. (<c>default_guardrail_id</c>)
    /// </summary>
    [JsonPropertyName("default_guardrail_id")]
    public string? DefaultGuardrailId { get; set; }

    /// <summary>The default text model, if any. (<c>default_text_model</c>)</summary>
    [JsonPropertyName("default_text_model")]
    public string? DefaultTextModel { get; set; }

    /// <summary>The default image model, if any. (<c>default_image_model</c>)</summary>
    [JsonPropertyName("default_image_model")]
    public string? DefaultImageModel { get; set; }

    /// <summary>The default provider ordering, if any. (<c>default_provider_sort</c>)</summary>
    [JsonPropertyName("default_provider_sort")]
    public ProviderSort? DefaultProviderSort { get; set; }

    /// <summary>Whether private (I/O) logging is enabled. (<c>is_observability_io_logging_enabled</c>)</summary>
    [JsonPropertyName("is_observability_io_logging_enabled")]
    public bool IsObservabilityIOLoggingEnabled { get; set; }

    /// <summary>Whether broadcast to observability destinations is enabled. (<c>is_observability_broadcast_enabled</c>)</summary>
    [JsonPropertyName("is_observability_broadcast_enabled")]
    public bool IsObservabilityBroadcastEnabled { get; set; }

    /// <summary>Whether data discount logging is enabled. (<c>is_data_discount_logging_enabled</c>)</summary>
    [JsonPropertyName("is_data_discount_logging_enabled")]
    public bool IsDataDiscountLoggingEnabled { get; set; }

    /// <summary>The share of requests I/O logging records, 0.0001 to 1 (1 logs every request). (<c>io_logging_sampling_rate</c>)</summary>
    [JsonPropertyName("io_logging_sampling_rate")]
    public double? IOLoggingSamplingRate { get; set; }

    /// <summary>The API key ids whose requests I/O logging records; null records every key's. (<c>io_logging_api_key_ids</c>)</summary>
    [JsonPropertyName("io_logging_api_key_ids")]
    public IReadOnlyList<long>? IOLoggingApiKeyIds { get; set; }

    /// <summary>Whether BYOK (bring-your-own-key) spend counts toward the workspace's budgets. (<c>include_byok_in_budgets</c>)</summary>
    [JsonPropertyName("include_byok_in_budgets")]
    public bool IncludeByokInBudgets { get; set; }

    /// <summary>When the workspace was created. (<c>created_at</c>)</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the workspace was last updated; null if never. (<c>updated_at</c>)</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The user id of the workspace's creator, if known. (<c>created_by</c>)</summary>
    [JsonPropertyName("created_by")]
    public string? CreatedBy { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
