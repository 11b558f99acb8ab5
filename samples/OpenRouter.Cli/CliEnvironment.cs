using OpenRouter.Sdk;

namespace OpenRouter.Cli;

/// <summary>What the CLI takes from its surroundings rather than its command line: the keys, the API address, and how to open a browser.</summary>
public sealed class CliEnvironment
{
    /// <summary>The inference key (<c>OPENROUTER_API_KEY</c>), or null to use the built-in emulator.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The management key (<c>OPENROUTER_MANAGEMENT_KEY</c>) that <c>keys</c> and <c>activity</c> need; never taken from the command line.</summary>
    public string? ManagementKey { get; init; }

    /// <summary>
    /// The API's base URL (<c>OPENROUTER_BASE_URL</c>), or null. When set (or when <c>--base-url</c> is given), the inference
    /// commands talk to it instead of https://openrouter.ai or the built-in emulator.
    /// </summary>
    public string? BaseUrl { get; init; }

    /// <summary>Measures the times <c>compare</c> reports.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Opens an address in the user's browser; returns false when there is no browser to open (a headless machine).</summary>
    public Func<Uri, bool> OpenBrowser { get; init; } = SystemBrowser.TryOpen;

    /// <summary>The process's environment variables and the system's browser.</summary>
    public static CliEnvironment FromProcess() => new()
    {
        ApiKey = Environment.GetEnvironmentVariable(OpenRouterClientOptions.ApiKeyEnvironmentVariable),
        ManagementKey = Environment.GetEnvironmentVariable(OpenRouterClientOptions.ManagementKeyEnvironmentVariable),
        BaseUrl = Environment.GetEnvironmentVariable(OpenRouterClientOptions.BaseUrlEnvironmentVariable),
    };
}
