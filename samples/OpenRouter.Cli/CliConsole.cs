namespace OpenRouter.Cli;

/// <summary>Where the CLI writes: answers to <see cref="Out"/>, notes and errors to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="IsInteractive">Whether standard output is a terminal (spinners only then).</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsInteractive)
{
    /// <summary>The process console.</summary>
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected);
}
