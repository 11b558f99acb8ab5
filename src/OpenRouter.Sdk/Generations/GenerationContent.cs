using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// What OpenRouter stored of a generation (<c>GET /generation/content</c>): the prompt, the completion and the error,
/// kept only when the account logs inputs and outputs.
/// </summary>
public sealed class GenerationContent
{
    /// <summary>What was sent: a prompt or chat messages. (<c>input</c>)</summary>
    [JsonPropertyName("input")]
    public GenerationContentInput? Input { get; set; }

    /// <summary>What the model answered. (<c>output</c>)</summary>
    [JsonPropertyName("output")]
    public GenerationContentOutput? Output { get; set; }

    /// <summary>Why the generation failed; null when it did not. (<c>error</c>)</summary>
    [JsonPropertyName("error")]
    public GenerationContentError? Error { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The stored input of a generation: a completion prompt or chat messages, as sent.</summary>
public sealed class GenerationContentInput
{
    /// <summary>The prompt of a completion request; null for a chat request. (<c>prompt</c>)</summary>
    [JsonPropertyName("prompt")]
    public string? Prompt { get; set; }

    /// <summary>The messages of a chat request, as sent (each a JSON object with <c>role</c> and <c>content</c>); null for a prompt. (<c>messages</c>)</summary>
    [JsonPropertyName("messages")]
    public IReadOnlyList<JsonElement>? Messages { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The stored output of a generation.</summary>
public sealed class GenerationContentOutput
{
    /// <summary>The completion text; null when there was none. (<c>completion</c>)</summary>
    [JsonPropertyName("completion")]
    public string? Completion { get; set; }

    /// <summary>The reasoning text; null when the model gave none. (<c>reasoning</c>)</summary>
    [JsonPropertyName("reasoning")]
    public string? Reasoning { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The stored error of a failed generation, with the attempts that failed before it.</summary>
public sealed class GenerationContentError
{
    private IReadOnlyList<GenerationContentErrorAttempt> _previousErrors = new List<GenerationContentErrorAttempt>();

    /// <summary>The HTTP status of the failure, if known. (<c>status</c>)</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>The error message. (<c>message</c>)</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The provider that failed, if any. (<c>provider_name</c>)</summary>
    [JsonPropertyName("provider_name")]
    public string? ProviderName { get; set; }

    /// <summary>The provider's raw error, as it sent it. (<c>raw</c>)</summary>
    [JsonPropertyName("raw")]
    public string? Raw { get; set; }

    /// <summary>Earlier attempts (fallbacks) that failed too, oldest first. (<c>previous_errors</c>)</summary>
    [JsonPropertyName("previous_errors")]
    [JsonConverter(typeof(NonNullReadOnlyListConverter<GenerationContentErrorAttempt>))]
    public IReadOnlyList<GenerationContentErrorAttempt> PreviousErrors { get => _previousErrors; set => _previousErrors = value ?? new List<GenerationContentErrorAttempt>(); }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One failed attempt before a generation's final error.</summary>
public sealed class GenerationContentErrorAttempt
{
    /// <summary>The attempt's error code (an HTTP status). (<c>code</c>)</summary>
    [JsonPropertyName("code")]
    public int Code { get; set; }

    /// <summary>The error message. (<c>message</c>)</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The provider of the attempt, if any. (<c>provider_name</c>)</summary>
    [JsonPropertyName("provider_name")]
    public string? ProviderName { get; set; }

    /// <summary>The provider's raw error. (<c>raw</c>)</summary>
    [JsonPropertyName("raw")]
    public string? Raw { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>data</c> of <c>POST /generation/feedback</c>.</summary>
internal sealed class GenerationFeedbackResult
{
    [JsonPropertyName("success")]
    public bool Success { get; set; }
}
