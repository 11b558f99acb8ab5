using System.Collections.Generic;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The changes to a guardrail, for <see cref="OpenRouterGuardrailsClient.UpdateAsync"/> (<c>PATCH /guardrails/{id}</c>).
/// Members left null are not sent and stay as they are; a list that is set replaces the whole list (send the full
/// desired set). To remove a setting, which the API does with an explicit JSON <c>null</c>, set its <c>Remove...</c>
/// property (<see cref="RemoveLimitUsd"/>, <see cref="RemoveAllowedModels"/>, ...).
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

    /// <summary>Removes the description: sends <c>"description": null</c>. Cannot be combined with <see cref="Description"/>.</summary>
    [JsonIgnore]
    public bool RemoveDescription { get; set; }

    /// <summary>Removes the spending limit (no limit): sends <c>"limit_usd": null</c>. Cannot be combined with <see cref="LimitUsd"/>.</summary>
    [JsonIgnore]
    public bool RemoveLimitUsd { get; set; }

    /// <summary>Removes the reset interval (the limit never resets): sends <c>"reset_interval": null</c>. Cannot be combined with <see cref="ResetInterval"/>.</summary>
    [JsonIgnore]
    public bool RemoveResetInterval { get; set; }

    /// <summary>Removes the model allowlist (every model allowed): sends <c>"allowed_models": null</c>. Cannot be combined with <see cref="AllowedModels"/>.</summary>
    [JsonIgnore]
    public bool RemoveAllowedModels { get; set; }

    /// <summary>Removes the provider allowlist (every provider allowed): sends <c>"allowed_providers": null</c>. Cannot be combined with <see cref="AllowedProviders"/>.</summary>
    [JsonIgnore]
    public bool RemoveAllowedProviders { get; set; }

    /// <summary>Removes the excluded models: sends <c>"ignored_models": null</c>. Cannot be combined with <see cref="IgnoredModels"/>.</summary>
    [JsonIgnore]
    public bool RemoveIgnoredModels { get; set; }

    /// <summary>Removes the excluded providers: sends <c>"ignored_providers": null</c>. Cannot be combined with <see cref="IgnoredProviders"/>.</summary>
    [JsonIgnore]
    public bool RemoveIgnoredProviders { get; set; }

    /// <summary>Removes the builtin content filters: sends <c>"content_filter_builtins": null</c>. Cannot be combined with <see cref="ContentFilterBuiltins"/>.</summary>
    [JsonIgnore]
    public bool RemoveContentFilterBuiltins { get; set; }

    /// <summary>Removes the custom content filters: sends <c>"content_filters": null</c>. Cannot be combined with <see cref="ContentFilters"/>.</summary>
    [JsonIgnore]
    public bool RemoveContentFilters { get; set; }

    /// <summary>The members to send as <c>null</c>; refuses a member both set and removed, before anything is sent.</summary>
    internal List<string> Removals()
    {
        var removals = new List<string>();
        ExplicitNulls.Collect(removals, RemoveDescription, Description is not null, "description", nameof(UpdateGuardrailRequest), nameof(Description));
        ExplicitNulls.Collect(removals, RemoveLimitUsd, LimitUsd is not null, "limit_usd", nameof(UpdateGuardrailRequest), nameof(LimitUsd));
        ExplicitNulls.Collect(removals, RemoveResetInterval, ResetInterval is not null, "reset_interval", nameof(UpdateGuardrailRequest), nameof(ResetInterval));
        ExplicitNulls.Collect(removals, RemoveAllowedModels, AllowedModels is not null, "allowed_models", nameof(UpdateGuardrailRequest), nameof(AllowedModels));
        ExplicitNulls.Collect(removals, RemoveAllowedProviders, AllowedProviders is not null, "allowed_providers", nameof(UpdateGuardrailRequest), nameof(AllowedProviders));
        ExplicitNulls.Collect(removals, RemoveIgnoredModels, IgnoredModels is not null, "ignored_models", nameof(UpdateGuardrailRequest), nameof(IgnoredModels));
        ExplicitNulls.Collect(removals, RemoveIgnoredProviders, IgnoredProviders is not null, "ignored_providers", nameof(UpdateGuardrailRequest), nameof(IgnoredProviders));
        ExplicitNulls.Collect(removals, RemoveContentFilterBuiltins, ContentFilterBuiltins is not null, "content_filter_builtins", nameof(UpdateGuardrailRequest), nameof(ContentFilterBuiltins));
        ExplicitNulls.Collect(removals, RemoveContentFilters, ContentFilters is not null, "content_filters", nameof(UpdateGuardrailRequest), nameof(ContentFilters));
        return removals;
    }
}
