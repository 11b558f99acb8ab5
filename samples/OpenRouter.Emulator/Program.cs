using OpenRouter.Emulator;

// dotnet run --project samples/OpenRouter.Emulator -- [--port N | --urls http://127.0.0.1:N]
// Listens on 127.0.0.1 only. Prints "listening on <base url>" once ready; Ctrl+C stops it.
int port = 5080;
for (int i = 0; i < args.Length; i++)
{
    string? value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--port" when int.TryParse(value, out int p) && p is >= 0 and <= 65535:
            port = p;
            i++;
            break;
        case "--urls" when Uri.TryCreate(value?.Split(';')[0], UriKind.Absolute, out Uri? url) && url.IsLoopback && url.Scheme == "http":
            port = url.Port;
            i++;
            break;
        default:
            Console.Error.WriteLine($"emulator: unexpected argument '{args[i]}'. Usage: OpenRouter.Emulator [--port N | --urls http://127.0.0.1:N] (loopback only; port 0 picks a free one)");
            return 2;
    }
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();

await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { Port = port });
Console.WriteLine($"OpenRouter emulator listening on {emulator.BaseUrl}");
Console.WriteLine($"Models: {string.Join(", ", EmulatorCatalog.Models.Select(m => m.Id))} (any other id echoes)");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

return 0;
