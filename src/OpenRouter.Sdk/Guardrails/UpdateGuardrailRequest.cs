using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The changes to a guardrail, for <see cref="OpenRouterGuardrailsClient.UpdateAsync"/> (<c>PATCH /guardrails/{id}</c>).
/// Members left null are not sent and stay as they are; a list that is set replaces the whole list (send the full
/// desired set).
/// </summary>
public sealed class UpdateGuardrailRequest
{
    /// <summary>The new name, 1 to 200 characters; a workspace's default guardrail cannot be renamed. (<c>name</c>)</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The description; at most 1000 characters. (<c>description</c>)</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The spending limit in USD. (<c>limit_usd</c>)</summary>
    [JsonPropertyName("limit_usd")]
    public decimal? LimitUsd { get; set; }

    /// <summary>How often the spending limit resets. (<c>reset_interval</c>)</summary>
    [JsonPropertyName("reset_interval")]
    public LimitResetInterval? ResetInterval { get; set; }

    /// <summary>Whether BYOK (bring-your-own-key) inference spend counts toward the limit. (<c>include_byok_in_budgets</c>)</summary>
    [JsonPropertyName("include_byok_in_budgets")]
    public bool? IncludeByokInBudgets { get; set; }

    /// <summary>The only models allowed (slug or canonical slug); at least one when set. (<c>allowed_models</c>)</summary>
    [JsonPropertyName("allowed_models")]
    public IList<string>? AllowedModels { get; set; }

    /// <summary>The only providers allowed, by id; at least one when set. (<c>allowed_providers</c>)</summary>
    [JsonPropertyName("allowed_providers")]
    public IList<string>? AllowedProviders { get; set; }

    /// <summary>Models excluded from routing (slug or canonical slug); at least one when set. (<c>ignored_models</c>)</summary>
    [JsonPropertyName("ignored_models")]
    public IList<string>? IgnoredModels { get; set; }

    /// <summary>Providers excluded from routing, by id; at least one when set. (<c>ignored_providers</c>)</summary>
    [JsonPropertyName("ignored_providers")]
    public IList<string>? IgnoredProviders { get; set; }

    /// <summary>The builtin content filters to apply. (<c>content_filter_builtins</c>)</summary>
    [JsonPropertyName("content_filter_builtins")]
    public IList<BuiltinContentFilter>? ContentFilterBuiltins { get; set; }

    /// <summary>The custom regex content filters to apply. (<c>content_filters</c>)</summary>
    [JsonPropertyName("content_filters")]
    public IList<ContentFilter>? ContentFilters { get; set; }

    /// <summary>Whether free endpoints that publish prompts are allowed. (<c>enable_free_model_publication</c>)</summary>
    [JsonPropertyName("enable_free_model_publication")]
    public bool? EnableFreeModelPublication { get; set; }

    /// <summary>Whether free endpoints that train on request data are allowed. (<c>enable_free_model_training</c>)</summary>
    [JsonPropertyName("enable_free_model_training")]
    public bool? EnableFreeModelTraining { get; set; }

    /// <summary>Whether paid endpoints that train on request data are allowed. (<c>enable_paid_model_training</c>)</summary>
    [JsonPropertyName("enable_paid_model_training")]
    public bool? EnablePaidModelTraining { get; set; }

    /// <summary>Whether to enforce zero data retention for Anthropic models. (<c>enforce_zdr_anthropic</c>)</summary>
    [JsonPropertyName("enforce_zdr_anthropic")]
    public bool? EnforceZdrAnthropic { get; set; }

    /// <summary>Whether to enforce zero data retention for OpenAI models. (<c>enforce_zdr_openai</c>)</summary>
    [JsonPropertyName("enforce_zdr_openai")]
    public bool? EnforceZdrOpenAI { get; set; }

    /// <summary>Whether to enforce zero data retention for Google models. (<c>enforce_zdr_google</c>)</summary>
    [JsonPropertyName("enforce_zdr_google")]
    public bool? EnforceZdrGoogle { get; set; }

    /// <summary>Whether to enforce zero data retention for xAI models. (<c>enforce_zdr_xai</c>)</summary>
    [JsonPropertyName("enforce_zdr_xai")]
    public bool? EnforceZdrXai { get; set; }

    /// <summary>Whether to enforce zero data retention for models of every other provider. (<c>enforce_zdr_other</c>)</summary>
    [JsonPropertyName("enforce_zdr_other")]
    public bool? EnforceZdrOther { get; set; }
}
