using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

// OpenRouter plugins: web search, file parsing, response healing, moderation, context compression, auto router.
public sealed partial class ChatRequestBuilder
{
    /// <summary>Adds a plugin (<c>plugins[]</c>); a plugin with the same id replaces the earlier one. The plugin is copied.</summary>
    public ChatRequestBuilder WithPlugin(Plugin plugin)
    {
        Argument.NotNull(plugin);

        _draft.Plugins ??= new List<Plugin>();
        for (int i = 0; i < _draft.Plugins.Count; i++)
        {
            if (string.Equals(_draft.Plugins[i].Id, plugin.Id, StringComparison.Ordinal))
            {
                _draft.Plugins[i] = RequestCopy.Of(plugin);
                return this;
            }
        }

        _draft.Plugins.Add(RequestCopy.Of(plugin));
        return this;
    }

    /// <summary>Adds any plugin by id with its fields as JSON, for plugins this library does not model yet.</summary>
    public ChatRequestBuilder WithPlugin(string id, JsonObject? fields = null) =>
        WithPlugin(Plugin.Create(id, (JsonObject?)fields?.DeepClone()));

    /// <summary>Adds the web search plugin (<c>{"id":"web"}</c>).</summary>
    public ChatRequestBuilder WithWebSearch(WebSearchEngine? engine = null, int? maxResults = null, string? searchPrompt = null,
        IEnumerable<string>? includeDomains = null, IEnumerable<string>? excludeDomains = null)
    {
        RequireNotNegative(maxResults, nameof(maxResults));
        return WithPlugin(Plugin.Web(engine, maxResults, searchPrompt, includeDomains, excludeDomains));
    }

    /// <summary>Adds the file parser plugin (<c>{"id":"file-parser","pdf":{"engine":..}}</c>) that reads PDFs.</summary>
    public ChatRequestBuilder WithFileParser(PdfEngine? pdfEngine = null) => WithPlugin(Plugin.FileParser(pdfEngine));

    /// <summary>Adds the response healing plugin, which repairs malformed JSON answers.</summary>
    public ChatRequestBuilder WithResponseHealing() => WithPlugin(Plugin.ResponseHealing());

    /// <summary>Adds the moderation plugin.</summary>
    public ChatRequestBuilder WithModeration() => WithPlugin(Plugin.Moderation());

    /// <summary>The <c>context-compression</c> plugin's middle-out engine (the spec's <c>ContextCompressionEngine</c>).</summary>
    private const string MiddleOutEngine = "middle-out";

    /// <summary>
    /// Adds the context compression plugin (<c>{"id":"context-compression","engine":...}</c>), the successor of the
    /// <c>middle-out</c> transform; <see cref="WithMiddleOut"/> adds it with the <c>middle-out</c> engine.
    /// </summary>
    public ChatRequestBuilder WithContextCompression(string? engine = null) => WithPlugin(Plugin.ContextCompression(engine));

    /// <summary>Configures the auto router (<see cref="OpenRouterModels.Auto"/>) through its plugin.</summary>
    public ChatRequestBuilder WithAutoRouter(IEnumerable<string>? allowedModels = null, IEnumerable<string>? excludedModels = null,
        string? costTier = null) => WithPlugin(Plugin.AutoRouter(allowedModels, excludedModels, costTier));
}
