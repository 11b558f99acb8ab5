using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// A plugin that OpenRouter runs around the model (<c>plugins[]</c>), identified by <see cref="Id"/>.
/// Use the factory methods (<see cref="Web"/>, <see cref="FileParser"/>, ...) for the known plugins and
/// <see cref="Create"/> for new ones; fields a plugin does not use stay null and are not sent.
/// </summary>
public sealed class Plugin
{
    /// <summary>Creates a plugin with the given id.</summary>
    [JsonConstructor]
    public Plugin(string id)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(id), "A plugin id is required.", nameof(id));

        Id = id;
    }

    /// <summary>The plugin id: <c>web</c>, <c>file-parser</c>, <c>response-healing</c>, <c>moderation</c>, ...</summary>
    [JsonPropertyName("id")]
    public string Id { get; }

    /// <summary>Turns the plugin on or off (useful to disable one your account enables by default).</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>The engine: a <see cref="WebSearchEngine"/> for <c>web</c>, <c>middle-out</c> for <c>context-compression</c>.</summary>
    [JsonPropertyName("engine")]
    public string? Engine { get; set; }

    /// <summary>Web: how many results to include.</summary>
    [JsonPropertyName("max_results")]
    public int? MaxResults { get; set; }

    /// <summary>Web: the prompt that introduces the search results.</summary>
    [JsonPropertyName("search_prompt")]
    public string? SearchPrompt { get; set; }

    /// <summary>Web: only search these domains.</summary>
    [JsonPropertyName("include_domains")]
    public IList<string>? IncludeDomains { get; set; }

    /// <summary>Web: never search these domains.</summary>
    [JsonPropertyName("exclude_domains")]
    public IList<string>? ExcludeDomains { get; set; }

    /// <summary>Web and web-fetch: the most searches or fetches per request.</summary>
    [JsonPropertyName("max_uses")]
    public int? MaxUses { get; set; }

    /// <summary>File parser: PDF options.</summary>
    [JsonPropertyName("pdf")]
    public PdfParserOptions? Pdf { get; set; }

    /// <summary>Auto router: models it may choose from (wildcards allowed).</summary>
    [JsonPropertyName("allowed_models")]
    public IList<string>? AllowedModels { get; set; }

    /// <summary>Auto router: models it must not choose.</summary>
    [JsonPropertyName("excluded_models")]
    public IList<string>? ExcludedModels { get; set; }

    /// <summary>Auto router: the cost tier, <c>low</c> to <c>max</c>.</summary>
    [JsonPropertyName("cost_tier")]
    public string? CostTier { get; set; }

    /// <summary>Other plugin fields, written as-is.</summary>
    [JsonIgnore]
    public JsonObject? AdditionalProperties { get; set; }

    /// <summary>How the serializer sees <see cref="AdditionalProperties"/> (see <see cref="Serialization.JsonObjectExtensionData"/>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, System.Text.Json.JsonElement>? ExtensionData
    {
        get => Serialization.JsonObjectExtensionData.Wrap(AdditionalProperties);
        set => AdditionalProperties = Serialization.JsonObjectExtensionData.Unwrap(value);
    }

    /// <summary>The web search plugin (<c>{"id":"web"}</c>).</summary>
    public static Plugin Web(WebSearchEngine? engine = null, int? maxResults = null, string? searchPrompt = null,
        IEnumerable<string>? includeDomains = null, IEnumerable<string>? excludeDomains = null) => new("web")
    {
        Engine = engine?.Value,
        MaxResults = maxResults,
        SearchPrompt = searchPrompt,
        IncludeDomains = includeDomains is null ? null : new List<string>(includeDomains),
        ExcludeDomains = excludeDomains is null ? null : new List<string>(excludeDomains),
    };

    /// <summary>The file parser plugin (<c>{"id":"file-parser","pdf":{"engine":..}}</c>).</summary>
    public static Plugin FileParser(PdfEngine? pdfEngine = null) => new("file-parser")
    {
        Pdf = pdfEngine is null ? null : new PdfParserOptions { Engine = pdfEngine },
    };

    /// <summary>The response healing plugin, which repairs malformed JSON answers.</summary>
    public static Plugin ResponseHealing() => new("response-healing");

    /// <summary>The moderation plugin.</summary>
    public static Plugin Moderation() => new("moderation");

    /// <summary>The context compression plugin (the successor of <c>transforms: ["middle-out"]</c>).</summary>
    public static Plugin ContextCompression(string? engine = null) => new("context-compression") { Engine = engine };

    /// <summary>The auto router plugin, which configures <c>openrouter/auto</c>.</summary>
    public static Plugin AutoRouter(IEnumerable<string>? allowedModels = null, IEnumerable<string>? excludedModels = null,
        string? costTier = null) => new("auto-router")
    {
        AllowedModels = allowedModels is null ? null : new List<string>(allowedModels),
        ExcludedModels = excludedModels is null ? null : new List<string>(excludedModels),
        CostTier = costTier,
    };

    /// <summary>Any plugin by id, with its fields as JSON.</summary>
    public static Plugin Create(string id, JsonObject? fields = null) => new(id) { AdditionalProperties = fields };
}
