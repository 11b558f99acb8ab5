using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A model with the provider endpoints that serve it (<c>GET /models/{author}/{slug}/endpoints</c>).</summary>
public sealed class ModelEndpoints
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private IList<ModelEndpoint> _endpoints = new List<ModelEndpoint>();

    /// <summary>The model id.</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>
    /// When the model was added (sent as unix seconds; milliseconds are recognised).
    /// <see cref="DateTimeOffset.MinValue"/> when the server sent no usable time.
    /// </summary>
    [JsonPropertyName("created")]
    [JsonConverter(typeof(UnixSecondsDateTimeOffsetConverter))]
    public DateTimeOffset Created { get; set; }

    /// <summary>A description of the model.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Modalities, tokenizer and instruction format.</summary>
    [JsonPropertyName("architecture")]
    public ModelArchitecture? Architecture { get; set; }

    /// <summary>One entry per provider endpoint, each with its own price, limits and health.</summary>
    [JsonPropertyName("endpoints")]
    public IList<ModelEndpoint> Endpoints { get => _endpoints; set => _endpoints = value ?? new List<ModelEndpoint>(); }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
