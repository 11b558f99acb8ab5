using OpenRouter.Cli.Commands;
using OpenRouter.Emulator;
using OpenRouter.Sdk;

namespace OpenRouter.Cli;

/// <summary>The <c>openrouter</c> command: parses arguments, picks the real API or the emulator, runs a command.</summary>
public static class CliApp
{
    /// <summary>The key sent to the emulator, which accepts any; distinctive so that key redaction never hides real text.</summary>
    private const string EmulatorKey = "sk-or-v1-emulator-00000000000000000000";

    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: openrouter <command> [options]

          chat "prompt" [--model M] [--stream] [--fallback M ...] [--provider-order P ...]
                        [--sort price|throughput|latency] [--json]
          models [--sort price|context|name] [--supports PARAMETER]
          generation <id>
          key
          credits

        Uses https://openrouter.ai when OPENROUTER_API_KEY is set, otherwise a built-in emulator on 127.0.0.1
        (models emulator/echo, emulator/lorem, emulator/slow, emulator/rate-limit, emulator/mid-stream-error, ...).
        """;

    /// <summary>Runs one command line and returns the exit code (0 ok, 1 failed, 2 usage, 130 cancelled).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="apiKey">The OpenRouter key, or null to use the emulator.</param>
    /// <param name="cancellationToken">Cancels the command (Ctrl+C).</param>
    public static async Task<int> RunAsync(string[] args, CliConsole console, string? apiKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            CliArguments parsed = CliArguments.Parse(args);
            if (parsed.Command is "" or "help" or "--help" or "-h" || parsed.Has("--help"))
            {
                await console.Out.WriteLineAsync(Usage);
                return parsed.Command.Length == 0 ? 2 : 0;
            }

            Func<IOpenRouterClient, Task<int>> command = Bind(parsed, console, emulated: string.IsNullOrWhiteSpace(apiKey), cancellationToken);
            await using OpenRouterEmulator? emulator = string.IsNullOrWhiteSpace(apiKey) ? await OpenRouterEmulator.StartAsync(cancellationToken: cancellationToken) : null;
            if (emulator is not null)
            {
                await console.Error.WriteLineAsync($"OPENROUTER_API_KEY is not set: using the built-in emulator at {emulator.BaseUrl}");
            }

            using var client = new OpenRouterClient(new OpenRouterClientOptions
            {
                ApiKey = apiKey ?? EmulatorKey,
                BaseUrl = emulator?.BaseUrl ?? OpenRouterClientOptions.DefaultBaseUrl,
                AppTitle = "OpenRouter.Sdk CLI",
            });
            return await command(client);
        }
        catch (CliUsageException e)
        {
            await console.Error.WriteLineAsync($"openrouter: {e.Message} (see 'openrouter --help')");
            return 2;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync();
            await console.Error.WriteLineAsync("openrouter: cancelled");
            return 130;
        }
        catch (OpenRouterException e)
        {
            await console.Error.WriteLineAsync();
            await console.Error.WriteLineAsync($"openrouter: {e.Message}");
            return 1;
        }
    }

    /// <summary>Validates the command line before anything starts, and returns the command to run.</summary>
    private static Func<IOpenRouterClient, Task<int>> Bind(CliArguments args, CliConsole console, bool emulated, CancellationToken ct)
    {
        switch (args.Command)
        {
            case "chat":
                ChatOptions chat = ChatOptions.From(args, emulated);
                return client => ChatCommand.RunAsync(client, chat, console, ct);
            case "models":
                args.AllowOnly("--sort", "--supports");
                string sort = args.Single("--sort") ?? "price";
                if (sort is not ("price" or "context" or "name"))
                {
                    throw new CliUsageException($"--sort must be price, context or name, not '{sort}'.");
                }

                string? supports = args.Single("--supports");
                return client => AccountCommands.ModelsAsync(client, sort, supports, console, ct);
            case "generation":
                args.AllowOnly();
                string id = args.Positional.Count == 1 ? args.Positional[0] : throw new CliUsageException("generation takes one generation id (gen-...).");
                return client => AccountCommands.GenerationAsync(client, id, console, ct);
            case "key":
                args.AllowOnly();
                return client => AccountCommands.KeyAsync(client, console, ct);
            case "credits":
                args.AllowOnly();
                return client => AccountCommands.CreditsAsync(client, console, ct);
            default:
                throw new CliUsageException($"Unknown command '{args.Command}'.");
        }
    }
}
