using OpenRouter.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C cancels the call cleanly; a second one ends the process.
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};
Console.OutputEncoding = System.Text.Encoding.UTF8;

return await CliApp.RunAsync(args, CliConsole.System, CliEnvironment.FromProcess(), cancel.Token);
