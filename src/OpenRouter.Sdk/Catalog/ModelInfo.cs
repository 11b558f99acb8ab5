using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>A model in the OpenRouter catalog (<c>GET /models</c>).</summary>
public sealed class ModelInfo
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _name = string.Empty;
    private ModelPricing _pricing = new();
    private IList<string> _supportedParameters = new List<string>();

    /// <summary>The id to send as <c>model</c>, for example <c>anthropic/claude-sonnet-4</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The permanent slug of this exact model version, for example <c>anthropic/claude-4-sonnet-20250522</c>; responses name the model by it.</summary>
    [JsonPropertyName("canonical_slug")]
    public string? CanonicalSlug { get; set; }

    /// <summary>The Hugging Face repository id for open-weight models; null or empty otherwise.</summary>
    [JsonPropertyName("hugging_face_id")]
    public string? HuggingFaceId { get; set; }

    /// <summary>The display name, for example <c>Anthropic: Claude Sonnet 4</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get => _name; set => _name = value ?? string.Empty; }

    /// <summary>
    /// When the model was added to OpenRouter (sent as unix seconds; milliseconds are recognised).
    /// <see cref="DateTimeOffset.MinValue"/> when the server sent no usable time.
    /// </summary>
    [JsonPropertyName("created")]
    [JsonConverter(typeof(UnixSecondsDateTimeOffsetConverter))]
    public DateTimeOffset Created { get; set; }

    /// <summary>A description of the model.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The largest context, in tokens, across the model's providers.</summary>
    [JsonPropertyName("context_length")]
    public int? ContextLength { get; set; }

    /// <summary>Modalities, tokenizer and instruction format.</summary>
    [JsonPropertyName("architecture")]
    public ModelArchitecture? Architecture { get; set; }

    /// <summary>Prices in USD per token (or per request, image, search, ...).</summary>
    [JsonPropertyName("pricing")]
    public ModelPricing Pricing { get => _pricing; set => _pricing = value ?? new(); }

    /// <summary>The limits of the provider OpenRouter routes to first.</summary>
    [JsonPropertyName("top_provider")]
    public TopProvider? TopProvider { get; set; }

    /// <summary>Per-request token limits, when the model has any.</summary>
    [JsonPropertyName("per_request_limits")]
    public PerRequestLimits? PerRequestLimits { get; set; }

    /// <summary>The request parameters at least one provider supports (<c>tools</c>, <c>reasoning</c>, <c>response_format</c>, ...); an open set.</summary>
    [JsonPropertyName("supported_parameters")]
    [JsonConverter(typeof(NonNullListConverter<string>))]
    public IList<string> SupportedParameters { get => _supportedParameters; set => _supportedParameters = value ?? new List<string>(); }

    /// <summary>The sampling defaults the model applies when a request leaves them out.</summary>
    [JsonPropertyName("default_parameters")]
    public DefaultParameters? DefaultParameters { get; set; }

    /// <summary>The voices a text-to-speech model offers.</summary>
    [JsonPropertyName("supported_voices")]
    [JsonConverter(typeof(NonNullListConverter<string>))]
    public IList<string>? SupportedVoices { get; set; }

    /// <summary>The training data cutoff as sent (<c>YYYY-MM-DD</c>).</summary>
    [JsonPropertyName("knowledge_cutoff")]
    public string? KnowledgeCutoff { get; set; }

    /// <summary>The date the model is retired, as sent (<c>YYYY-MM-DD</c>), when one is announced.</summary>
    [JsonPropertyName("expiration_date")]
    public string? ExpirationDate { get; set; }

    /// <summary>Related API addresses.</summary>
    [JsonPropertyName("links")]
    public ModelLinks? Links { get; set; }

    /// <summary>What the model supports for reasoning; absent for models that do not reason.</summary>
    [JsonPropertyName("reasoning")]
    public ModelReasoningCapabilities? Reasoning { get; set; }

    /// <summary>Third-party benchmark results, when published.</summary>
    [JsonPropertyName("benchmarks")]
    public ModelBenchmarks? Benchmarks { get; set; }

    /// <summary>The model a <c>~author/family-latest</c> alias currently points to.</summary>
    [JsonPropertyName("alias_target")]
    public ModelAliasTarget? AliasTarget { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Whether any provider of the model supports a request parameter, for example <c>"tools"</c> (case-insensitive).</summary>
    /// <param name="parameter">The wire name of the parameter.</param>
    /// <returns>True when <see cref="SupportedParameters"/> lists it.</returns>
    public bool SupportsParameter(string parameter)
    {
        if (SupportedParameters is null)
        {
            return false;
        }

        foreach (string supported in SupportedParameters)
        {
            if (string.Equals(supported, parameter, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the id.</summary>
    public override string ToString() => Id;
}
