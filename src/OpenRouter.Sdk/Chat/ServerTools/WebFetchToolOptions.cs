using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace OpenRouter.Sdk;

/// <summary>
/// Settings of the <c>openrouter:web_fetch</c> server tool (its <c>parameters</c>), which fetches a web page or PDF
/// the model asks for; for <see cref="ChatTool.CreateWebFetchTool"/>, <see cref="ChatRequestBuilder.WithWebFetchTool"/>
/// and <see cref="ResponseTool.WebFetch"/>. Only what is set is sent.
/// </summary>
public sealed class WebFetchToolOptions
{
    /// <summary>The fetch engine (<c>engine</c>; <see cref="WebFetchEngine.Auto"/> by default).</summary>
    public WebFetchEngine? Engine { get; set; }

    /// <summary>Fetches per request (<c>max_uses</c>); later calls get an error result.</summary>
    public int? MaxUses { get; set; }

    /// <summary>Content length, in approximate tokens, beyond which a page is truncated (<c>max_content_tokens</c>).</summary>
    public int? MaxContentTokens { get; set; }

    /// <summary>Only fetch from these domains (<c>allowed_domains</c>).</summary>
    public IList<string>? AllowedDomains { get; set; }

    /// <summary>Never fetch from these domains (<c>blocked_domains</c>).</summary>
    public IList<string>? BlockedDomains { get; set; }

    /// <summary>The parameters as sent, or null when nothing is set.</summary>
    internal JsonObject? ToParameters() => new ServerToolParameters()
        .Add("engine", Engine?.Value)
        .Add("max_uses", MaxUses, "options.MaxUses")
        .Add("max_content_tokens", MaxContentTokens, "options.MaxContentTokens")
        .Add("allowed_domains", AllowedDomains, "options.AllowedDomains")
        .Add("blocked_domains", BlockedDomains, "options.BlockedDomains")
        .Result;
}
