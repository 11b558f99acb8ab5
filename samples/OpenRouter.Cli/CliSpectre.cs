using Spectre.Console;

namespace OpenRouter.Cli;

/// <summary>Spectre.Console consoles over the CLI's writers: colours and live updates on a terminal, plain text otherwise.</summary>
public static class CliSpectre
{
    /// <summary>The width of tables when the output is not a terminal (a file, a pipe, a test): wide enough for answers to stay on few lines.</summary>
    public const int RedirectedWidth = 160;

    /// <summary>A console writing to <paramref name="writer"/>; <paramref name="terminal"/> says whether it is a terminal.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(writer);
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
