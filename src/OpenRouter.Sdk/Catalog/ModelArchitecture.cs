using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>What a model reads and writes (<c>architecture</c>).</summary>
public sealed class ModelArchitecture
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private IList<Modality> _inputModalities = new List<Modality>();
    private IList<Modality> _outputModalities = new List<Modality>();

    /// <summary>A summary such as <c>text+image-&gt;text</c>.</summary>
    [JsonPropertyName("modality")]
    public string? Modality { get; set; }

    /// <summary>The input modalities (<c>text</c>, <c>image</c>, <c>file</c>, <c>audio</c>, <c>video</c>).</summary>
    [JsonPropertyName("input_modalities")]
    [JsonConverter(typeof(NonNullListConverter<Modality>))]
    public IList<Modality> InputModalities { get => _inputModalities; set => _inputModalities = value ?? new List<Modality>(); }

    /// <summary>The output modalities (<c>text</c>, <c>image</c>, <c>embeddings</c>, <c>audio</c>, ...).</summary>
    [JsonPropertyName("output_modalities")]
    [JsonConverter(typeof(NonNullListConverter<Modality>))]
    public IList<Modality> OutputModalities { get => _outputModalities; set => _outputModalities = value ?? new List<Modality>(); }

    /// <summary>The tokenizer family (<c>GPT</c>, <c>Claude</c>, <c>Gemini</c>, <c>Router</c>, <c>Other</c>, ...); an open set.</summary>
    [JsonPropertyName("tokenizer")]
    public string? Tokenizer { get; set; }

    /// <summary>The instruction format of open-weight models (<c>chatml</c>, <c>llama3</c>, ...), or null.</summary>
    [JsonPropertyName("instruct_type")]
    public string? InstructType { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
