using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using OpenRouter.Cli.Commands;
using OpenRouter.Sdk;

namespace OpenRouter.Cli;

/// <summary>The <c>openrouter</c> command tree: its commands, options and help.</summary>
public static class CliCommandLine
{
    /// <summary>What the generated help of <c>openrouter --help</c> is followed by: the commands at a glance, and where keys and addresses come from.</summary>
    public const string Notes = """
        Commands at a glance:
          chat "prompt" [--model M] [--stream] [--fallback M ...] [--provider-order P ...]
                        [--sort price|throughput|latency] [--json]
          compare "prompt" --models A B C [--json]
          models [--sort price|context|name] [--supports PARAMETER] [--json]
          models compare A B [...] [--json]
          generation <id> [--json]
          key [--json]
          credits [--json]

          login [--out FILE [--force]] [--paste] [--no-browser] [--site URL]
          keys list [--include-disabled] [--json] [--site URL]
          keys create --name NAME [--limit USD] [--limit-reset daily|weekly|monthly]
                      [--expires-at 2026-12-31|2026-12-31T18:00:00Z] [--json] [--site URL]
          keys delete HASH [--yes] [--site URL]
          activity [--date YYYY-MM-DD] [--json] [--site URL]

        chat, compare, models, generation, key and credits use https://openrouter.ai when OPENROUTER_API_KEY is set; the
        API of --base-url URL or OPENROUTER_BASE_URL when either is set; otherwise a built-in emulator on 127.0.0.1 (models
        emulator/echo, emulator/lorem, emulator/slow, emulator/rate-limit, emulator/mid-stream-error, ...).

        login signs in with OpenRouter in your browser (PKCE, the browser comes back to 127.0.0.1) and prints your new
        API key, or writes it with --out to FILE, readable by you only (--force replaces an existing file). --paste signs
        in on any device and asks for the code the page shows; --no-browser only prints the address to open.

        keys and activity need a management key in the OPENROUTER_MANAGEMENT_KEY environment variable (it is never
        taken from the command line, nor printed). keys delete asks before deleting; without a terminal it needs --yes.

        login, keys and activity talk to https://openrouter.ai, or to --site URL (for example an emulator started with
        'dotnet run --project samples/OpenRouter.Emulator': --site http://127.0.0.1:5080).

        Options take their value as '--model M' or '--model=M'; '@FILE' reads more arguments from FILE.
        Exit codes: 0 done, 1 failed (API error, a failed model in compare), 2 wrong command line, 130 cancelled.
        """;

    /// <summary>Builds the command tree; the commands write to <paramref name="console"/>.</summary>
    public static RootCommand Create(CliConsole console, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(environment);
        var root = new RootCommand("openrouter: chat with, compare and manage OpenRouter models from the command line (OpenRouter.Sdk).");
        Option<string> baseUrl = CliOptions.BaseUrl();
        root.Options.Add(baseUrl);
        root.Options.Add(CliOptions.RefusedKey("--management-key", OpenRouterClientOptions.ManagementKeyEnvironmentVariable));
        root.Options.Add(CliOptions.RefusedKey("--api-key", OpenRouterClientOptions.ApiKeyEnvironmentVariable));
        var context = new CliContext(console, environment, baseUrl);

        root.Subcommands.Add(ChatCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(ModelsCommand.Create(context));
        root.Subcommands.Add(AccountCommands.CreateGeneration(context));
        root.Subcommands.Add(AccountCommands.CreateKey(context));
        root.Subcommands.Add(AccountCommands.CreateCredits(context));
        root.Subcommands.Add(LoginCommand.Create(context));
        root.Subcommands.Add(KeysCommands.Create(context));
        root.Subcommands.Add(ActivityCommand.Create(context));

        HelpOption help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithNotes((HelpAction)help.Action!);

        // No command: the help, on standard error, as a usage error.
        root.SetAction(async (parse, ct) =>
        {
            await root.Parse(["--help"]).InvokeAsync(new InvocationConfiguration { Output = console.Error, Error = console.Error }, ct);
            await console.Error.WriteLineAsync($"openrouter: a command is required {CliErrors.HelpHint}");
            return CliApp.UsageError;
        });
        return root;
    }

    /// <summary>The generated help, followed on the root command by <see cref="Notes"/>.</summary>
    private sealed class HelpWithNotes(HelpAction generated) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            generated.Invoke(parseResult);
            if (parseResult.CommandResult.Command is RootCommand)
            {
                parseResult.InvocationConfiguration.Output.WriteLine(Notes);
            }

            return CliApp.Success;
        }
    }
}
