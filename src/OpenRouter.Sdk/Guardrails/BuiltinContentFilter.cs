using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A builtin content filter of a guardrail (<c>content_filter_builtins</c>): a PII detector or the regex-based prompt
/// injection detector, chosen by <see cref="Slug"/>. Read from a guardrail and sent when one is created or updated.
/// </summary>
public sealed class BuiltinContentFilter
{
    /// <summary>Which builtin filter. (<c>slug</c>, required)</summary>
    [JsonPropertyName("slug")]
    public ContentFilterBuiltinSlug Slug { get; set; }

    /// <summary>What happens when it triggers; every slug supports all three actions. (<c>action</c>, required)</summary>
    [JsonPropertyName("action")]
    public ContentFilterAction Action { get; set; }

    /// <summary>
    /// Which messages the prompt injection detector scans; only for <see cref="ContentFilterBuiltinSlug.RegexPromptInjection"/>,
    /// null leaves the server's default (all messages). (<c>scan_scope</c>)
    /// </summary>
    [JsonPropertyName("scan_scope")]
    public PromptInjectionScanScope? ScanScope { get; set; }

    /// <summary>
    /// The redaction placeholder the server assigned, for example <c>[EMAIL]</c>. (<c>label</c>) Read-only on the
    /// server: it is never sent, so a filter read from a guardrail can be sent back as it is.
    /// </summary>
    [JsonPropertyName("label")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWriting)]
    public string? Label { get; set; }

    /// <summary>Members the server sent that this type does not model; sent back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
