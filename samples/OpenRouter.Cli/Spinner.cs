namespace OpenRouter.Cli;

/// <summary>A spinner on standard error while a long call runs; does nothing when output is not a terminal.</summary>
public sealed class Spinner : IAsyncDisposable
{
    private static readonly string[] Frames = ["|", "/", "-", "\\"];
    private readonly TextWriter? _error;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop = Task.CompletedTask;

    /// <summary>Starts spinning with <paramref name="label"/> if the console is interactive.</summary>
    public Spinner(CliConsole console, string label)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (!console.IsInteractive)
        {
            return;
        }

        _error = console.Error;
        _loop = SpinAsync(label);
    }

    /// <summary>Stops and erases the spinner.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task SpinAsync(string label)
    {
        // Wait a moment first, so fast answers never flash a spinner.
        int frame = 0;
        try
        {
            await Task.Delay(300, _stop.Token);
            while (true)
            {
                _error!.Write($"\r{Frames[frame++ % Frames.Length]} {label}");
                await Task.Delay(100, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }

        if (frame > 0)
        {
            _error!.Write("\r" + new string(' ', label.Length + 2) + "\r");
        }
    }
}
