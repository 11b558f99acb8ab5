using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Generated images (the answer to <c>POST /images</c>).</summary>
public sealed class ImageGenerationResponse
{
    private IReadOnlyList<GeneratedImageData> _data = Array.Empty<GeneratedImageData>();

    /// <summary>When the images were generated (<c>created</c>, unix seconds).</summary>
    [JsonPropertyName("created")]
    [JsonConverter(typeof(UnixSecondsDateTimeOffsetConverter))]
    public DateTimeOffset Created { get; set; }

    /// <summary>The images, each base64-encoded until asked for (<see cref="GeneratedImageData.GetBytes"/>); never null.</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<GeneratedImageData> Data { get => _data; set => _data = value ?? Array.Empty<GeneratedImageData>(); }

    /// <summary>Tokens and cost (<see cref="Usage.Cost"/>, in USD), when the server reports them.</summary>
    [JsonPropertyName("usage")]
    public Usage? Usage { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
