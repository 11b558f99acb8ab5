using System.Globalization;

namespace OpenRouter.Emulator;

/// <summary>
/// The standalone emulator program: reads the arguments, starts the emulator, waits for the stop signal, stops it.
/// Exit codes: 0 stopped normally (or <c>--help</c>), 1 the port could not be taken, 2 bad arguments.
/// </summary>
internal static class EmulatorCommandLine
{
    /// <summary>The port used when none is given.</summary>
    public const int DefaultPort = 5080;

    /// <summary>What <c>--help</c> prints.</summary>
    public const string Usage = """
        Usage: openrouter-emulator [--port N | --urls http://127.0.0.1:N] [--management-key KEY]

        An offline stand-in for the OpenRouter API on 127.0.0.1 (loopback only).
          --port N               the port to listen on (default 5080; 0 picks a free one)
          --urls URL             the same as a loopback http URL, as ASP.NET Core spells it
          --management-key KEY   the key management routes (/credits, /keys, /activity, ...) demand; other keys get
                                 OpenRouter's 403. Without it, any key is accepted there.
          -h, --help             print this help

        Prints "OpenRouter emulator listening on <base url>" once ready; Ctrl+C or SIGTERM stops it (exit code 0).
        """;

    /// <summary>Runs the program until <paramref name="stop"/> is cancelled; returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var options = new OpenRouterEmulatorOptions { Port = DefaultPort };
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (name is "-h" or "--help" or "-?" or "/?")
            {
                await output.WriteLineAsync(Usage);
                return 0;
            }

            if (name is not ("--port" or "--urls" or "--management-key"))
            {
                return await FailAsync(error, $"unknown argument '{name}'.");
            }

            if (i + 1 >= args.Count)
            {
                return await FailAsync(error, $"{name} needs a value.");
            }

            string value = args[++i];
            switch (name)
            {
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= 65535:
                    options.Port = port;
                    break;
                case "--port":
                    return await FailAsync(error, $"invalid value '{value}' for --port: expected a number from 0 to 65535.");
                case "--urls" when Uri.TryCreate(value.Split(';')[0], UriKind.Absolute, out Uri? url) && url.IsLoopback && url.Scheme == Uri.UriSchemeHttp:
                    options.Port = url.Port;
                    break;
                case "--urls":
                    return await FailAsync(error, $"invalid value '{value}' for --urls: expected a loopback http URL such as http://127.0.0.1:5080.");
                case "--management-key" when value.Trim().Length > 0:
                    options.ManagementKey = value.Trim();
                    break;
                default:
                    return await FailAsync(error, "--management-key needs a non-empty key.");
            }
        }

        OpenRouterEmulator emulator;
        try
        {
            emulator = await OpenRouterEmulator.StartAsync(options, stop);
        }
        catch (IOException e)
        {
            // Kestrel reports a taken port as an IOException around an AddressInUseException.
            await error.WriteLineAsync(e.InnerException?.GetType().Name == "AddressInUseException"
                ? $"emulator: port {options.Port} on 127.0.0.1 is already in use; pick another with --port N (0 picks a free one)."
                : $"emulator: cannot listen on 127.0.0.1:{options.Port}: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return 0;
        }

        await using (emulator)
        {
            await output.WriteLineAsync($"OpenRouter emulator listening on {emulator.BaseUrl}");
            await output.WriteLineAsync($"Models: {string.Join(", ", EmulatorCatalog.Models.Select(m => m.Id))} (other emulator/* ids echo too)");
            if (options.ManagementKey is not null)
            {
                await output.WriteLineAsync("Management routes demand the key given with --management-key.");
            }

            await output.FlushAsync(CancellationToken.None);
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                // The stop signal: fall through to a normal shutdown.
            }
        }

        await output.WriteLineAsync("OpenRouter emulator stopped.");
        return 0;
    }

    private static async Task<int> FailAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync($"emulator: {message} Run with --help for usage.");
        return 2;
    }
}
