using System.CommandLine;
using OpenRouter.Cli.Commands;

namespace OpenRouter.Cli;

/// <summary>What every command needs besides its own options: where to write, the environment, and the global options.</summary>
/// <param name="Console">Where to write.</param>
/// <param name="Environment">The keys, the API address, the clock and the browser.</param>
/// <param name="BaseUrl">The global <c>--base-url</c> option.</param>
public sealed record CliContext(CliConsole Console, CliEnvironment Environment, Option<string> BaseUrl)
{
    /// <summary>Connects the inference commands: <c>--base-url</c>, <c>OPENROUTER_BASE_URL</c>, openrouter.ai with a key, or the built-in emulator.</summary>
    public Task<CliConnection> ConnectAsync(ParseResult parse, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parse);
        Uri? baseUrl = parse.GetValue(BaseUrl) is { } value ? CliConnection.TryParseBaseUrl(value) : null;
        return CliConnection.OpenAsync(Environment, Console, baseUrl, ct);
    }

    /// <summary>
    /// The site of <c>login</c>, <c>keys</c> and <c>activity</c>: <c>--site</c>, else the site of <c>--base-url</c> or
    /// <c>OPENROUTER_BASE_URL</c>, else https://openrouter.ai.
    /// </summary>
    public OpenRouterSite Site(ParseResult parse, Option<string> site)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetValue(site) is { } explicitSite)
        {
            return OpenRouterSite.Parse(explicitSite);
        }

        string? api = parse.GetValue(BaseUrl) ?? (string.IsNullOrWhiteSpace(Environment.BaseUrl) ? null : Environment.BaseUrl);
        return api is null ? OpenRouterSite.Default : OpenRouterSite.Parse(api);
    }
}
