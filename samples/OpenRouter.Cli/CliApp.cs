using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using OpenRouter.Sdk;

namespace OpenRouter.Cli;

/// <summary>The <c>openrouter</c> command: parses arguments (System.CommandLine), runs a command, and turns failures into exit codes.</summary>
public static class CliApp
{
    /// <summary>The application name sent to OpenRouter (<c>X-OpenRouter-Title</c>).</summary>
    public const string AppTitle = "OpenRouter.Sdk CLI";

    /// <summary>Exit code of a command that worked.</summary>
    public const int Success = 0;

    /// <summary>Exit code of a command that failed: an API error, a model of <c>compare</c> that failed, a file that could not be written.</summary>
    public const int Failed = 1;

    /// <summary>Exit code of a wrong command line (unknown option, stray or missing argument, bad value); nothing was sent.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code of a command cancelled with Ctrl+C.</summary>
    public const int Cancelled = 130;

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
    /// <param name="environment">The keys (the inference key, or null to use the emulator; the management key), the API address and the browser.</param>
    /// <param name="cancellationToken">Cancels the command (Ctrl+C).</param>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(environment);

        // 'openrouter help [command]' is 'openrouter [command] --help'.
        if (args is ["help", .. string[] rest])
        {
            args = [.. rest, "--help"];
        }

        RootCommand root = CliCommandLine.Create(console, environment);
        ParseResult parse = root.Parse(args);
        bool json = parse.Tokens.Any(t => t.Type == TokenType.Option && t.Value == "--json");
        if (parse.Action is ParseErrorAction)
        {
            string message = string.Join(" ", parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal));
            return await CliErrors.WriteAsync(console, json, new CliUsageException(message), cancellationToken);
        }

        CliConsole commandConsole = console;
        if (json)
        {
            // With --json, standard error carries a JSON error or nothing: notes (the emulator or placeholder-key notice,
            // summaries, counts) and spinners would be text a script has to skip, so the commands run without them.
            commandConsole = ForJson(console);
            parse = CliCommandLine.Create(commandConsole, environment).Parse(args);
        }

        var invocation = new InvocationConfiguration
        {
            Output = commandConsole.Out,
            Error = commandConsole.Error,

            // Failures are reported below, in one line (or JSON) and never with a stack trace; Ctrl+C is the caller's.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        catch (Exception e) when (e is CliUsageException or CliFailureException or OpenRouterException
            || (e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return await CliErrors.WriteAsync(console, json, e, CancellationToken.None);
        }
    }

    /// <summary>The console of a <c>--json</c> command: the same output and input, no notes on standard error, no spinners.</summary>
    internal static CliConsole ForJson(CliConsole console) => console with { Error = TextWriter.Null, IsInteractive = false };
}
