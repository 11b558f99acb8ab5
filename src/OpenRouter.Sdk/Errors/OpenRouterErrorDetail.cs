using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The <c>error</c> object OpenRouter sends in error bodies, inside streams and inside choices. An error sent as a
/// bare string (<c>"error":"..."</c>) reads as a detail with only <see cref="Message"/> set.
/// </summary>
public sealed class OpenRouterErrorDetail
{
    /// <summary>The error code: usually the HTTP status as a number, sometimes a string such as <c>server_error</c>.</summary>
    [JsonPropertyName("code")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Code { get; set; }

    /// <summary>The message. For provider errors it is the generic <c>Provider returned error</c>; see <c>metadata.raw</c>.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Details: <c>provider_name</c>, <c>raw</c>, moderation <c>reasons</c>/<c>flagged_input</c>, <c>error_type</c>, ...</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>A typed error category (2026 errors), for example <c>rate_limit_exceeded</c>.</summary>
    [JsonPropertyName("error_type")]
    public string? ErrorType { get; set; }

    /// <summary>The HTTP status, on errors that carry it in the body instead of <see cref="Code"/>.</summary>
    [JsonPropertyName("http_status")]
    public int? HttpStatus { get; set; }

    /// <summary>Availability details of routing errors (<c>code</c>, <c>retryable</c>, <c>retry_after</c>, ...).</summary>
    [JsonPropertyName("availability")]
    public JsonElement? Availability { get; set; }

    /// <summary>Members not modelled here.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The body of an error response: <c>{"error":{...},"user_id":"..."}</c>.</summary>
internal sealed class OpenRouterErrorResponse
{
    [JsonPropertyName("error")]
    [JsonConverter(typeof(OpenRouterErrorDetailConverter))]
    public OpenRouterErrorDetail? Error { get; set; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }
}
