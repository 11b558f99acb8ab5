using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

// Compiled while the SDK lacks its catalog and account API; AccountCommands.cs replaces this file when the build
// sets OpenRouterHasAccountApi=true (see OpenRouter.Cli.csproj).

/// <summary>Placeholders for <c>models</c>, <c>generation</c>, <c>key</c> and <c>credits</c>.</summary>
public static class AccountCommands
{
    /// <summary>Not available in this build.</summary>
    public static Task<int> ModelsAsync(IOpenRouterClient client, string sort, string? supports, CliConsole console, CancellationToken ct) =>
        NotAvailableAsync("models", console);

    /// <summary>Not available in this build.</summary>
    public static Task<int> GenerationAsync(IOpenRouterClient client, string id, CliConsole console, CancellationToken ct) =>
        NotAvailableAsync("generation", console);

    /// <summary>Not available in this build.</summary>
    public static Task<int> KeyAsync(IOpenRouterClient client, CliConsole console, CancellationToken ct) => NotAvailableAsync("key", console);

    /// <summary>Not available in this build.</summary>
    public static Task<int> CreditsAsync(IOpenRouterClient client, CliConsole console, CancellationToken ct) => NotAvailableAsync("credits", console);

    private static async Task<int> NotAvailableAsync(string command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        await console.Error.WriteLineAsync($"openrouter: '{command}' is not available in this build (it needs the SDK's catalog and account API).");
        return 1;
    }
}
