using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The endpoints serving an image model (<c>GET /images/models/{author}/{slug}/endpoints</c>).</summary>
public sealed class ImageModelEndpoints
{
    private string _id = string.Empty;
    private IReadOnlyList<ImageEndpoint> _endpoints = Array.Empty<ImageEndpoint>();

    /// <summary>The model's id, for example <c>bytedance-seed/seedream-4.5</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The endpoints, one per provider; never null.</summary>
    [JsonPropertyName("endpoints")]
    public IReadOnlyList<ImageEndpoint> Endpoints { get => _endpoints; set => _endpoints = value ?? Array.Empty<ImageEndpoint>(); }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
