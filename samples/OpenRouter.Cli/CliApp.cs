using OpenRouter.Cli.Commands;
using OpenRouter.Emulator;
using OpenRouter.Sdk;

namespace OpenRouter.Cli;

/// <summary>The <c>openrouter</c> command: parses arguments, picks the real API or the emulator, runs a command.</summary>
public static class CliApp
{
    /// <summary>The key sent to the emulator, which accepts any; distinctive so that key redaction never hides real text.</summary>
    private const string EmulatorKey = "sk-or-v1-emulator-00000000000000000000";

    /// <summary>The application name sent to OpenRouter (<c>X-OpenRouter-Title</c>).</summary>
    public const string AppTitle = "OpenRouter.Sdk CLI";

    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: openrouter <command> [options]

          chat "prompt" [--model M] [--stream] [--fallback M ...] [--provider-order P ...]
                        [--sort price|throughput|latency] [--json]
          models [--sort price|context|name] [--supports PARAMETER]
          generation <id>
          key
          credits

          login [--out FILE [--force]] [--paste] [--no-browser] [--site URL]
          keys list [--include-disabled] [--json] [--site URL]
          keys create --name NAME [--limit USD] [--limit-reset daily|weekly|monthly]
                      [--expires-at 2026-12-31|2026-12-31T18:00:00Z] [--json] [--site URL]
          keys delete HASH [--yes] [--site URL]
          activity [--date YYYY-MM-DD] [--json] [--site URL]

        chat, models, generation, key and credits use https://openrouter.ai when OPENROUTER_API_KEY is set, otherwise a
        built-in emulator on 127.0.0.1 (models emulator/echo, emulator/lorem, emulator/slow, emulator/rate-limit,
        emulator/mid-stream-error, ...).

        login signs in with OpenRouter in your browser (PKCE, the browser comes back to 127.0.0.1) and prints your new
        API key, or writes it with --out to FILE, readable by you only (--force replaces an existing file). --paste signs
        in on any device and asks for the code the page shows; --no-browser only prints the address to open.

        keys and activity need a management key in the OPENROUTER_MANAGEMENT_KEY environment variable (it is never
        taken from the command line, nor printed). keys delete asks before deleting; without a terminal it needs --yes.

        login, keys and activity talk to https://openrouter.ai, or to --site URL (for example an emulator started with
        'dotnet run --project samples/OpenRouter.Emulator': --site http://127.0.0.1:5080).
        """;

    /// <summary>Runs one command line and returns the exit code (0 ok, 1 failed, 2 usage, 130 cancelled).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="apiKey">The OpenRouter key, or null to use the emulator.</param>
    /// <param name="cancellationToken">Cancels the command (Ctrl+C).</param>
    public static Task<int> RunAsync(string[] args, CliConsole console, string? apiKey, CancellationToken cancellationToken) =>
        RunAsync(args, console, new CliEnvironment { ApiKey = apiKey }, cancellationToken);

    /// <summary>Runs one command line and returns the exit code (0 ok, 1 failed, 2 usage, 130 cancelled).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="environment">The keys (the inference key, or null to use the emulator; the management key) and the browser.</param>
    /// <param name="cancellationToken">Cancels the command (Ctrl+C).</param>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(environment);
        string? apiKey = environment.ApiKey;
        try
        {
            CliArguments parsed = CliArguments.Parse(args);
            if (parsed.Command is "" or "help" or "--help" or "-h" || parsed.Has("--help"))
            {
                await console.Out.WriteLineAsync(Usage);
                return parsed.Command.Length == 0 ? 2 : 0;
            }

            // login, keys and activity talk to a site of their own with a key of their own, never to the built-in emulator.
            if (BindStandalone(parsed, console, environment, cancellationToken) is { } standalone)
            {
                return await standalone();
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
                AppTitle = AppTitle,
            });
            return await command(client);
        }
        catch (CliUsageException e)
        {
            await console.Error.WriteLineAsync($"openrouter: {e.Message} (see 'openrouter --help')");
            return 2;
        }
        catch (CliFailureException e)
        {
            await console.Error.WriteLineAsync($"openrouter: {e.Message}");
            return 1;
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

    /// <summary>Validates the command line of a command that makes its own client, and returns it; null for the other commands.</summary>
    private static Func<Task<int>>? BindStandalone(CliArguments args, CliConsole console, CliEnvironment environment, CancellationToken ct)
    {
        switch (args.Command)
        {
            case "login":
                LoginCommand.Options login = LoginCommand.Options.From(args);
                return () => LoginCommand.RunAsync(login, console, environment, ct);
            case "keys":
                return KeysCommands.Bind(args, console, environment, ct);
            case "activity":
                return ActivityCommand.Bind(args, console, environment, ct);
            default:
                return null;
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
