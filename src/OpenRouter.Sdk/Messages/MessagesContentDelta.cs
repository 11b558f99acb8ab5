using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The delta of a <c>content_block_delta</c> event. <see cref="Type"/> says which member it carries:
/// <c>text_delta</c> (<see cref="Text"/>), <c>input_json_delta</c> (<see cref="PartialJson"/>, a piece of a tool
/// call's input to join with the others), <c>thinking_delta</c> (<see cref="Thinking"/>), <c>signature_delta</c>
/// (<see cref="Signature"/>), <c>citations_delta</c> (<see cref="Citation"/>). Other kinds keep their members in
/// <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class MessagesContentDelta
{
    /// <summary>The kind of delta.</summary>
    [JsonPropertyName("type")]
    public MessagesContentDeltaType Type { get; set; }

    /// <summary>More text (<c>text_delta</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>A piece of a tool call's input JSON (<c>input_json_delta</c>); the pieces joined are the input.</summary>
    [JsonPropertyName("partial_json")]
    public string? PartialJson { get; set; }

    /// <summary>More thinking (<c>thinking_delta</c>).</summary>
    [JsonPropertyName("thinking")]
    public string? Thinking { get; set; }

    /// <summary>The thinking block's signature (<c>signature_delta</c>).</summary>
    [JsonPropertyName("signature")]
    public string? Signature { get; set; }

    /// <summary>A citation of the text block (<c>citations_delta</c>), as sent.</summary>
    [JsonPropertyName("citation")]
    public JsonElement? Citation { get; set; }

    /// <summary>Members not modelled above (a compaction's <c>content</c>, ...), kept as received.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }
}
