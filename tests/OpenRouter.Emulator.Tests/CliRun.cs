using OpenRouter.Cli;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>Runs one CLI command line in-process with captured output.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Out, string Error)> RunAsync(CliEnvironment environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await CliApp.RunAsync(args, new CliConsole(output, error, IsInteractive: false), environment, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The lines of <paramref name="text"/>, without empty ones.</summary>
    public static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
