using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>An image generation model (<c>GET /images/models</c>).</summary>
public sealed class ImageModel
{
    private string _id = string.Empty;
    private string _name = string.Empty;
    private IReadOnlyDictionary<string, ImageParameterCapability> _supportedParameters = new Dictionary<string, ImageParameterCapability>();

    /// <summary>The id to send as <see cref="ImageGenerationRequest.Model"/>, for example <c>bytedance-seed/seedream-4.5</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The display name, for example <c>Seedream 4.5</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get => _name; set => _name = value ?? string.Empty; }

    /// <summary>A description of the model.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>When the model was added (<c>created</c>, unix seconds).</summary>
    [JsonPropertyName("created")]
    [JsonConverter(typeof(UnixSecondsDateTimeOffsetConverter))]
    public DateTimeOffset Created { get; set; }

    /// <summary>The modalities the model takes and produces.</summary>
    [JsonPropertyName("architecture")]
    public ImageModelArchitecture? Architecture { get; set; }

    /// <summary>
    /// The request parameters some endpoint of the model accepts, by name (<c>resolution</c>, <c>seed</c>, ...): a coarse
    /// guide; <see cref="OpenRouterImagesClient.ListModelEndpointsAsync"/> has each endpoint's definitive set. Never null.
    /// </summary>
    [JsonPropertyName("supported_parameters")]
    public IReadOnlyDictionary<string, ImageParameterCapability> SupportedParameters
    {
        get => _supportedParameters;
        set => _supportedParameters = value ?? new Dictionary<string, ImageParameterCapability>();
    }

    /// <summary>Whether any endpoint of the model streams partial images.</summary>
    [JsonPropertyName("supports_streaming")]
    public bool SupportsStreaming { get; set; }

    /// <summary>The relative URL of the model's endpoint records, for example <c>/api/v1/images/models/bytedance-seed/seedream-4.5/endpoints</c>.</summary>
    [JsonPropertyName("endpoints")]
    public string? EndpointsUrl { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
