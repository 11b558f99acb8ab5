namespace OpenRouter.Cli;

/// <summary>Where the CLI writes: answers to <see cref="Out"/>, notes and errors to <see cref="Error"/>; what the user types comes from <see cref="In"/>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="IsInteractive">Whether standard output is a terminal (spinners only then).</param>
/// <param name="In">Standard input, or null when there is none.</param>
/// <param name="IsInputInteractive">Whether standard input is a terminal, so a question can be asked (<c>keys delete</c> without <c>--yes</c>).</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsInteractive, TextReader? In = null, bool IsInputInteractive = false)
{
    /// <summary>The process console.</summary>
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected, Console.In, !Console.IsInputRedirected);

    /// <summary>
    /// Reads one line the user types; null at the end of input. Ctrl+C ends the wait at once (a console read cannot be
    /// cancelled, so it is left behind on a pool thread).
    /// </summary>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        if (In is null)
        {
            return null;
        }

        TextReader input = In;
        return await Task.Run(() => input.ReadLineAsync(cancellationToken).AsTask(), cancellationToken).WaitAsync(cancellationToken);
    }
}
