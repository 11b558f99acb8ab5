using System.Diagnostics;
using System.Text.Json;

namespace OpenRouter.Sdk.Benchmarks;

/// <summary>This benchmark program started again in a process of its own (a server, or one measurement).</summary>
internal static class ChildProcess
{
    /// <summary>Starts the program with <paramref name="args"/>, its standard streams redirected.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>
    /// Runs one measurement to its end and reads the one JSON line it prints; a failed child throws with
    /// <paramref name="what"/> and what it wrote to standard error.
    /// </summary>
    public static async Task<T> MeasureAsync<T>(string what, params string[] args)
    {
        using Process child = Start(args);
        Task<string> error = child.StandardError.ReadToEndAsync();
        string output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed (exit {child.ExitCode}): {await error}");
        }

        return JsonSerializer.Deserialize<T>(output.Trim())!;
    }
}
