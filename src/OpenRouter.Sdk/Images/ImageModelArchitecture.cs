using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The modalities an image model takes and produces (<c>architecture</c>).</summary>
public sealed class ImageModelArchitecture
{
    private IReadOnlyList<Modality> _input = Array.Empty<Modality>();
    private IReadOnlyList<Modality> _output = Array.Empty<Modality>();

    /// <summary>What the model takes, such as <see cref="Modality.Text"/> and <see cref="Modality.Image"/>; never null.</summary>
    [JsonPropertyName("input_modalities")]
    public IReadOnlyList<Modality> InputModalities { get => _input; set => _input = value ?? Array.Empty<Modality>(); }

    /// <summary>What the model produces, such as <see cref="Modality.Image"/>; never null.</summary>
    [JsonPropertyName("output_modalities")]
    public IReadOnlyList<Modality> OutputModalities { get => _output; set => _output = value ?? Array.Empty<Modality>(); }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
