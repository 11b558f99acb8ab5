namespace OpenRouter.Cli.Commands;

/// <summary>
/// The site that <c>login</c>, <c>keys</c> and <c>activity</c> talk to: https://openrouter.ai, or the one given with
/// <c>--site</c> (an emulator such as <c>http://127.0.0.1:5080</c>). The API lives under <c>api/v1/</c>, the sign-in page at <c>auth</c>.
/// </summary>
public sealed class OpenRouterSite
{
    private OpenRouterSite(Uri root)
    {
        Root = root;
    }

    /// <summary>https://openrouter.ai/.</summary>
    public static OpenRouterSite Default { get; } = new(new Uri("https://openrouter.ai/"));

    /// <summary>The site's root, ending with a slash.</summary>
    public Uri Root { get; }

    /// <summary>The API's base URL, <c>{root}api/v1/</c>.</summary>
    public Uri ApiBaseUrl => new(Root, "api/v1/");

    /// <summary>The sign-in page, <c>{root}auth</c>.</summary>
    public Uri AuthorizationUrl => new(Root, "auth");

    /// <summary>
    /// Reads a site address: https, or http on 127.0.0.1/localhost. An API base URL (what the emulator prints,
    /// <c>http://127.0.0.1:5080/api/v1/</c>) is taken as its site.
    /// </summary>
    public static OpenRouterSite Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new CliUsageException($"--site must be a URL such as https://openrouter.ai or http://127.0.0.1:5080, not '{value}'.");
        }

        if (uri.Scheme == "http" && !uri.IsLoopback)
        {
            throw new CliUsageException("--site must use https; plain http is allowed only for 127.0.0.1 and localhost.");
        }

        string path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/api/v1", StringComparison.Ordinal))
        {
            path = path[..^"/api/v1".Length];
        }

        return new OpenRouterSite(new UriBuilder(uri) { Path = path + "/" }.Uri);
    }

    /// <summary>The site's root.</summary>
    public override string ToString() => Root.AbsoluteUri;

    /// <summary>The <c>--site URL</c> option.</summary>
    public static System.CommandLine.Option<string> Option() => CliOptions.Text("--site", "URL",
        "The site to talk to: https://openrouter.ai (the default), or an emulator such as http://127.0.0.1:5080.");
}
