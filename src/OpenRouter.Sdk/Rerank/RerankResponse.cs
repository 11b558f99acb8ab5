using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The documents of a rerank request, most relevant first (the answer to <c>POST /rerank</c>).</summary>
public sealed class RerankResponse
{
    private string _model = string.Empty;
    private IReadOnlyList<RerankResult> _results = Array.Empty<RerankResult>();

    /// <summary>The generation id, for example <c>gen-rerank-1234567890-abc</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The model that ranked the documents.</summary>
    [JsonPropertyName("model")]
    public string Model { get => _model; set => _model = value ?? string.Empty; }

    /// <summary>The provider that served the request, for example <c>Cohere</c>.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; set; }

    /// <summary>The ranked documents, most relevant first (at most <see cref="RerankRequest.TopN"/>); never null.</summary>
    [JsonPropertyName("results")]
    public IReadOnlyList<RerankResult> Results { get => _results; set => _results = value ?? Array.Empty<RerankResult>(); }

    /// <summary>Usage and cost, when the server reports them.</summary>
    [JsonPropertyName("usage")]
    public RerankUsage? Usage { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One ranked document of <see cref="RerankResponse.Results"/>.</summary>
public sealed class RerankResult
{
    /// <summary>The document's position in <see cref="RerankRequest.Documents"/> (from 0).</summary>
    [JsonPropertyName("index")]
    public int Index { get; set; }

    /// <summary>How relevant the document is to the query; higher is more relevant.</summary>
    [JsonPropertyName("relevance_score")]
    public double RelevanceScore { get; set; }

    /// <summary>The document as the server echoes it (its text and/or image).</summary>
    [JsonPropertyName("document")]
    public RerankedDocument? Document { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A document echoed in a rerank result.</summary>
public sealed class RerankedDocument
{
    /// <summary>The document's text, if any.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>The document's image (a URL or data URL), if any.</summary>
    [JsonPropertyName("image")]
    public string? Image { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Usage of a rerank request (<c>usage</c>).</summary>
public sealed class RerankUsage
{
    /// <summary>What OpenRouter charged, in USD; exact as sent.</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; set; }

    /// <summary>Search units consumed (Cohere's billing unit).</summary>
    [JsonPropertyName("search_units")]
    public int? SearchUnits { get; set; }

    /// <summary>Tokens used.</summary>
    [JsonPropertyName("total_tokens")]
    public int? TotalTokens { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
