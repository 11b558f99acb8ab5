using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A custom regex content filter of a guardrail (<c>content_filters</c>): scans request messages for
/// <see cref="Pattern"/> and applies <see cref="Action"/> to a match. Read from a guardrail and sent when one is
/// created or updated.
/// </summary>
public sealed class ContentFilter
{
    /// <summary>The regex matched against request content. (<c>pattern</c>, required, at least one character)</summary>
    [JsonPropertyName("pattern")]
    public string Pattern { get; set; } = string.Empty;

    /// <summary>What happens on a match. (<c>action</c>, required)</summary>
    [JsonPropertyName("action")]
    public ContentFilterAction Action { get; set; }

    /// <summary>The label used in the redaction placeholder or error message, for example <c>[API_KEY]</c>; at most 100 characters. (<c>label</c>)</summary>
    [JsonPropertyName("label")]
    public string? Label { get; set; }

    /// <summary>Members the server sent that this type does not model; sent back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
