using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The request's <c>metadata</c>: an id of the end user the request is made for.</summary>
public sealed class MessagesMetadata
{
    /// <summary>An opaque id of the end user (no personal data), for abuse detection.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }
}
