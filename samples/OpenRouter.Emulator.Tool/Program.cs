using System.Runtime.InteropServices;
using OpenRouter.Emulator;

// openrouter-emulator (or: dotnet run --project samples/OpenRouter.Emulator.Tool --) [--port N | --urls http://127.0.0.1:N] [--management-key KEY] [--help]
// Listens on 127.0.0.1 only. Prints "OpenRouter emulator listening on <base url>" once ready; Ctrl+C or SIGTERM stops it
// (exit code 0). See EmulatorCommandLine for the exit codes.
using var stop = new CancellationTokenSource();
using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await EmulatorCommandLine.RunAsync(args, Console.Out, Console.Error, stop.Token);

void Stop(PosixSignalContext context)
{
    // Handled here: the program stops the server itself and exits normally instead of being torn down.
    context.Cancel = true;
    stop.Cancel();
}
