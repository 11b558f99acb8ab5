using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

/// <summary>
/// What <c>keys</c> and <c>activity</c> need: the site and the management key. The key comes only from
/// <c>OPENROUTER_MANAGEMENT_KEY</c> (a key on the command line stays in shell history and process lists) and is
/// never printed, not even in an error.
/// </summary>
public sealed class ManagementAccess
{
    /// <summary>Where management keys are created, for the error that asks for one.</summary>
    public const string ManagementKeysPage = "https://openrouter.ai/settings/management-keys";

    private readonly string _managementKey;

    private ManagementAccess(OpenRouterSite site, string managementKey)
    {
        Site = site;
        _managementKey = managementKey;
    }

    /// <summary>The site the commands talk to.</summary>
    public OpenRouterSite Site { get; }

    /// <summary>Checks that a usable management key is set, for <paramref name="command"/> (named in the error).</summary>
    public static ManagementAccess From(OpenRouterSite site, string command, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(environment);
        string key = environment.ManagementKey?.Trim() ?? string.Empty;
        if (key.Length == 0)
        {
            throw new CliUsageException(
                $"'{command}' needs a management key: set {OpenRouterClientOptions.ManagementKeyEnvironmentVariable} (create one at {ManagementKeysPage}).");
        }

        if (key.Any(c => c <= ' ' || c >= '\u007f'))
        {
            throw new CliUsageException(
                $"{OpenRouterClientOptions.ManagementKeyEnvironmentVariable} contains whitespace or a character that cannot be in a key; a key is one token such as sk-or-v1-... (the key is not shown).");
        }

        return new ManagementAccess(site, key);
    }

    /// <summary>A client that sends the management key to the site; dispose it.</summary>
    public OpenRouterClient CreateClient() => new(new OpenRouterClientOptions
    {
        ManagementKey = _managementKey,
        BaseUrl = Site.ApiBaseUrl,
        AppTitle = CliApp.AppTitle,
    });

    /// <summary>Describes the access without the key.</summary>
    public override string ToString() => $"ManagementAccess {{ Site = {Site}, ManagementKey = *** }}";
}
