using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Settings of the <c>openrouter:web_search</c> server tool (its <c>parameters</c>), for
/// <see cref="ChatTool.CreateWebSearchTool"/>, <see cref="ChatRequestBuilder.WithWebSearchTool"/> and
/// <see cref="ResponseTool.WebSearch"/>. Only what is set is sent.
/// </summary>
public sealed class WebSearchToolOptions
{
    /// <summary>
    /// The search engine (<c>engine</c>): <c>auto</c> (the default: the provider's own search when it has one,
    /// otherwise Exa), <see cref="WebSearchEngine.Native"/>, <see cref="WebSearchEngine.Exa"/>,
    /// <see cref="WebSearchEngine.Parallel"/>, <see cref="WebSearchEngine.Firecrawl"/> or <see cref="WebSearchEngine.Perplexity"/>.
    /// </summary>
    public WebSearchEngine? Engine { get; set; }

    /// <summary>Results per search call (<c>max_results</c>; 5 by default; Exa, Firecrawl, Parallel and Perplexity).</summary>
    public int? MaxResults { get; set; }

    /// <summary>Results across all search calls of the request (<c>max_total_results</c>; 50 by default).</summary>
    public int? MaxTotalResults { get; set; }

    /// <summary>Searches the model may make in the request (<c>max_uses</c>); later calls get an error result.</summary>
    public int? MaxUses { get; set; }

    /// <summary>Characters of content per result (<c>max_characters</c>; Exa, Parallel and Perplexity); wins over <see cref="SearchContextSize"/>.</summary>
    public int? MaxCharacters { get; set; }

    /// <summary>How much content to retrieve per result (<c>search_context_size</c>).</summary>
    public WebSearchContextSize? SearchContextSize { get; set; }

    /// <summary>The engine's own search mode (<c>mode</c>).</summary>
    public WebSearchMode? Mode { get; set; }

    /// <summary>Only results from these domains (<c>allowed_domains</c>); cannot be combined with <see cref="ExcludedDomains"/>.</summary>
    public IList<string>? AllowedDomains { get; set; }

    /// <summary>No results from these domains (<c>excluded_domains</c>); cannot be combined with <see cref="AllowedDomains"/>.</summary>
    public IList<string>? ExcludedDomains { get; set; }

    /// <summary>The user's approximate location, for location-biased results (<c>user_location</c>).</summary>
    public WebSearchUserLocation? UserLocation { get; set; }

    /// <summary>The parameters as sent, or null when nothing is set.</summary>
    internal JsonObject? ToParameters()
    {
        Argument.Requires(AllowedDomains is null || ExcludedDomains is null,
            "WebSearchToolOptions.AllowedDomains and ExcludedDomains cannot be used together.", "options");
        return new ServerToolParameters()
            .Add("engine", Engine?.Value)
            .Add("max_results", MaxResults, "options.MaxResults")
            .Add("max_total_results", MaxTotalResults, "options.MaxTotalResults")
            .Add("max_uses", MaxUses, "options.MaxUses")
            .Add("max_characters", MaxCharacters, "options.MaxCharacters")
            .Add("search_context_size", SearchContextSize?.Value)
            .Add("mode", Mode?.Value)
            .Add("allowed_domains", AllowedDomains, "options.AllowedDomains")
            .Add("excluded_domains", ExcludedDomains, "options.ExcludedDomains")
            .Add("user_location", UserLocation?.ToJson())
            .Result;
    }
}
