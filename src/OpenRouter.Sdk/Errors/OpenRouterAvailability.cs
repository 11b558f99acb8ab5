using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Why a model could not be served (<c>error.availability</c>, sent with routing errors since 2026-08): what was
/// unavailable, whether trying again can help (<see cref="Retryable"/>), after how long, and which models would serve
/// the request instead (<see cref="FallbackModels"/>). The SDK does not retry an error whose <see cref="Retryable"/> is
/// false, and waits <see cref="RetryAfter"/> when the response has no <c>Retry-After</c> header.
/// </summary>
public sealed class OpenRouterAvailability
{
    /// <summary>What was unavailable, for example <see cref="OpenRouterAvailabilityCode.CapacityExhausted"/>.</summary>
    [JsonPropertyName("code")]
    public OpenRouterAvailabilityCode? Code { get; set; }

    /// <summary>Whether the same request may succeed later; false when only a change of request can help.</summary>
    [JsonPropertyName("retryable")]
    public bool? Retryable { get; set; }

    /// <summary>The suggested wait in seconds before trying again (<c>retry_after</c>), when sent.</summary>
    [JsonPropertyName("retry_after")]
    public double? RetryAfterSeconds { get; set; }

    /// <summary><see cref="RetryAfterSeconds"/> as a wait; null when absent, negative or too large.</summary>
    [JsonIgnore]
    public TimeSpan? RetryAfter =>
        RetryAfterSeconds is { } s && s >= 0 && s < TimeSpan.MaxValue.TotalSeconds ? TimeSpan.FromTicks((long)(s * TimeSpan.TicksPerSecond)) : null;

    /// <summary>The models the request asked for.</summary>
    [JsonPropertyName("requested_models")]
    public IReadOnlyList<string>? RequestedModels { get; set; }

    /// <summary>The providers affected, when known.</summary>
    [JsonPropertyName("affected_providers")]
    public IReadOnlyList<string>? AffectedProviders { get; set; }

    /// <summary>What excluded the endpoints (routing preferences, data policy, ...), when the request's own settings did.</summary>
    [JsonPropertyName("excluded_by")]
    public IReadOnlyList<string>? ExcludedBy { get; set; }

    /// <summary>Models that would serve the request instead; pass them in <c>models</c> to fall back automatically.</summary>
    [JsonPropertyName("fallback_models")]
    public IReadOnlyList<string>? FallbackModels { get; set; }

    /// <summary>The request constraint that no endpoint met (<c>constraint</c>), when one did not.</summary>
    [JsonPropertyName("constraint")]
    public OpenRouterAvailabilityConstraint? Constraint { get; set; }

    /// <summary>The documentation page of <see cref="Code"/>.</summary>
    [JsonPropertyName("docs_url")]
    public string? DocsUrl { get; set; }

    /// <summary>Members not modelled here.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The request constraint no endpoint met (<c>error.availability.constraint</c>).</summary>
public sealed class OpenRouterAvailabilityConstraint
{
    /// <summary>The request field, for example <c>max_tokens</c>.</summary>
    [JsonPropertyName("field")]
    public string? Field { get; set; }

    /// <summary>What was wrong with it.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; set; }

    /// <summary>Members not modelled here.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
