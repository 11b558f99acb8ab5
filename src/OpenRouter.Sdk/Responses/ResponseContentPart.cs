using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// One content part of a Responses API item: <c>input_text</c>, <c>input_image</c> and <c>input_file</c> in what is
/// sent; <c>output_text</c> and <c>refusal</c> in a message the model wrote; <c>reasoning_text</c> and
/// <c>summary_text</c> in a reasoning item. <see cref="Type"/> says which members apply. Parts of types not known
/// here keep all their members (<see cref="AdditionalProperties"/>), so they can be sent back unchanged.
/// </summary>
public sealed class ResponseContentPart
{
    /// <summary>The kind of part.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public ResponseContentPartType Type { get; set; }

    /// <summary>The text (<c>input_text</c>, <c>output_text</c>, <c>reasoning_text</c>, <c>summary_text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>The refusal's explanation (<c>refusal</c>).</summary>
    [JsonPropertyName("refusal")]
    public string? Refusal { get; set; }

    /// <summary>The image's URL or <c>data:</c> URL (<c>input_image</c>).</summary>
    [JsonPropertyName("image_url")]
    public string? ImageUrl { get; set; }

    /// <summary>The image detail level (<c>input_image</c>): <c>auto</c>, <c>low</c> or <c>high</c>.</summary>
    [JsonPropertyName("detail")]
    public ImageDetail? Detail { get; set; }

    /// <summary>The id of an uploaded file (<c>input_file</c>, <c>input_image</c>).</summary>
    [JsonPropertyName("file_id")]
    public string? FileId { get; set; }

    /// <summary>The file's content as a <c>data:</c> URL (<c>input_file</c>).</summary>
    [JsonPropertyName("file_data")]
    public string? FileData { get; set; }

    /// <summary>The file's URL (<c>input_file</c>).</summary>
    [JsonPropertyName("file_url")]
    public string? FileUrl { get; set; }

    /// <summary>The file's name (<c>input_file</c>).</summary>
    [JsonPropertyName("filename")]
    public string? Filename { get; set; }

    /// <summary>Citations and file references in the text (<c>output_text</c>), as sent.</summary>
    [JsonPropertyName("annotations")]
    public JsonElement? Annotations { get; set; }

    /// <summary>Token log probabilities of the text (<c>output_text</c>), as sent.</summary>
    [JsonPropertyName("logprobs")]
    public JsonElement? Logprobs { get; set; }

    /// <summary>
    /// Members not modelled above, sent and received as they are (such as <c>prompt_cache_breakpoint</c> on an
    /// <c>input_text</c> part).
    /// </summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }

    /// <summary>Creates an <c>input_text</c> part.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The part.</returns>
    public static ResponseContentPart InputText(string text) =>
        new() { Type = ResponseContentPartType.InputText, Text = Argument.NotNull(text) };

    /// <summary>Creates an <c>input_image</c> part.</summary>
    /// <param name="imageUrl">The image's URL or <c>data:</c> URL.</param>
    /// <param name="detail">The detail level, or null for the provider's default.</param>
    /// <returns>The part.</returns>
    public static ResponseContentPart InputImage(string imageUrl, ImageDetail? detail = null) =>
        new() { Type = ResponseContentPartType.InputImage, ImageUrl = Argument.NotBlank(imageUrl), Detail = detail };

    /// <summary>Creates an <c>input_file</c> part from the file's bytes, sent as a <c>data:</c> URL.</summary>
    /// <param name="filename">The file's name, such as <c>report.pdf</c>.</param>
    /// <param name="dataUrl">The file as a <c>data:</c> URL, such as <c>data:application/pdf;base64,...</c>.</param>
    /// <returns>The part.</returns>
    public static ResponseContentPart InputFile(string filename, string dataUrl) =>
        new() { Type = ResponseContentPartType.InputFile, Filename = Argument.NotBlank(filename), FileData = Argument.NotBlank(dataUrl) };

    /// <summary>Creates an <c>output_text</c> part (the model's own text, when a conversation is sent back).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The part.</returns>
    public static ResponseContentPart OutputText(string text) =>
        new() { Type = ResponseContentPartType.OutputText, Text = Argument.NotNull(text) };
}
