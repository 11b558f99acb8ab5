using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A guardrail: a spending limit and the model, provider, data-policy and content rules enforced on the API keys and
/// organization members assigned to it (<see cref="OpenRouterGuardrailsClient"/>). A guardrail enforces nothing until
/// something is assigned to it.
/// </summary>
public sealed class Guardrail
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _name = string.Empty;

    /// <summary>The guardrail's id (a UUID). (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The guardrail's name. (<c>name</c>)</summary>
    [JsonPropertyName("name")]
    public string Name { get => _name; set => _name = value ?? string.Empty; }

    /// <summary>The guardrail's description, if any. (<c>description</c>)</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The spending limit in USD; null means no limit. (<c>limit_usd</c>)</summary>
    [JsonPropertyName("limit_usd")]
    public decimal? LimitUsd { get; set; }

    /// <summary>How often the spending limit resets; null means it never resets. (<c>reset_interval</c>)</summary>
    [JsonPropertyName("reset_interval")]
    public LimitResetInterval? ResetInterval { get; set; }

    /// <summary>Whether BYOK (bring-your-own-key) inference spend counts toward <see cref="LimitUsd"/>. (<c>include_byok_in_budgets</c>)</summary>
    [JsonPropertyName("include_byok_in_budgets")]
    public bool IncludeByokInBudgets { get; set; }

    /// <summary>The only models allowed, as canonical slugs; null allows every model. (<c>allowed_models</c>)</summary>
    [JsonPropertyName("allowed_models")]
    public IReadOnlyList<string>? AllowedModels { get; set; }

    /// <summary>The only providers allowed, by id; null allows every provider. (<c>allowed_providers</c>)</summary>
    [JsonPropertyName("allowed_providers")]
    public IReadOnlyList<string>? AllowedProviders { get; set; }

    /// <summary>Models excluded from routing, as canonical slugs. (<c>ignored_models</c>)</summary>
    [JsonPropertyName("ignored_models")]
    public IReadOnlyList<string>? IgnoredModels { get; set; }

    /// <summary>Providers excluded from routing, by id. (<c>ignored_providers</c>)</summary>
    [JsonPropertyName("ignored_providers")]
    public IReadOnlyList<string>? IgnoredProviders { get; set; }

    /// <summary>The builtin content filters (PII detectors, prompt injection detector). (<c>content_filter_builtins</c>)</summary>
    [JsonPropertyName("content_filter_builtins")]
    public IReadOnlyList<BuiltinContentFilter>? ContentFilterBuiltins { get; set; }

    /// <summary>The custom regex content filters. (<c>content_filters</c>)</summary>
    [JsonPropertyName("content_filters")]
    public IReadOnlyList<ContentFilter>? ContentFilters { get; set; }

    /// <summary>Whether free endpoints that publish prompts are allowed. (<c>enable_free_model_publication</c>)</summary>
    [JsonPropertyName("enable_free_model_publication")]
    public bool? EnableFreeModelPublication { get; set; }

    /// <summary>Whether free endpoints that train on request data are allowed. (<c>enable_free_model_training</c>)</summary>
    [JsonPropertyName("enable_free_model_training")]
    public bool? EnableFreeModelTraining { get; set; }

    /// <summary>Whether paid endpoints that train on request data are allowed. (<c>enable_paid_model_training</c>)</summary>
    [JsonPropertyName("enable_paid_model_training")]
    public bool? EnablePaidModelTraining { get; set; }

    /// <summary>Whether zero data retention is enforced for Anthropic models. (<c>enforce_zdr_anthropic</c>)</summary>
    [JsonPropertyName("enforce_zdr_anthropic")]
    public bool? EnforceZdrAnthropic { get; set; }

    /// <summary>Whether zero data retention is enforced for OpenAI models. (<c>enforce_zdr_openai</c>)</summary>
    [JsonPropertyName("enforce_zdr_openai")]
    public bool? EnforceZdrOpenAI { get; set; }

    /// <summary>Whether zero data retention is enforced for Google models. (<c>enforce_zdr_google</c>)</summary>
    [JsonPropertyName("enforce_zdr_google")]
    public bool? EnforceZdrGoogle { get; set; }

    /// <summary>Whether zero data retention is enforced for xAI models. (<c>enforce_zdr_xai</c>)</summary>
    [JsonPropertyName("enforce_zdr_xai")]
    public bool? EnforceZdrXai { get; set; }

    /// <summary>Whether zero data retention is enforced for models of every other provider. (<c>enforce_zdr_other</c>)</summary>
    [JsonPropertyName("enforce_zdr_other")]
    public bool? EnforceZdrOther { get; set; }

    /// <summary>
    /// The workspace the guardrail belongs to, or null for a legacy guardrail older than workspaces. Belonging to a
    /// workspace does not apply the guardrail to that workspace's traffic. (<c>workspace_id</c>)
    /// </summary>
    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; set; }

    /// <summary>When the guardrail was created. (<c>created_at</c>)</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the guardrail was last updated; null if never. (<c>updated_at</c>)</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>
    /// Members the server sent that this type does not model, such as the deprecated <c>enforce_zdr</c> (replaced by
    /// the per-provider <c>enforce_zdr_*</c> members).
    /// </summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
