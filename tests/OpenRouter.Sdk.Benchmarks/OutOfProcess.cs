using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenRouter.Sdk.Benchmarks;

/// <summary>
/// The SDK measured as users run it: the loopback server in a process of its own (<c>--serve</c>), every measurement
/// a fresh client process (<c>--measure</c>) at the runtime's default settings (tiered compilation with dynamic PGO,
/// concurrent workstation GC; <c>DOTNET_*</c> variables set by the caller pass through and are printed), so start-up
/// and JIT tiering count as they do in an app. The contenders take turns, round after round, and the medians are
/// reported with their ratio to the bare loop. Run with <c>--out-of-process [rounds] [streams] [shape]</c>.
/// </summary>
public static class OutOfProcess
{
    private const int ChunksPerStream = 1000;
    private const int ConcurrentStreams = 100;
    private const int ChunksPerConcurrentStream = 100;

    private static readonly string[] Shapes = ["content", "reasoning", "tools", "content-x100", "unary"];
    private static readonly string[] StreamContenders = ["Bare", "OpenRouterSdk", "OpenAiSdk"];

    /// <summary>For calls, also the client of <c>AddOpenRouter</c>, whose pipeline differs from a standalone client's.</summary>
    private static readonly string[] UnaryContenders = ["Bare", "OpenRouterSdk", "OpenRouterSdkFromServices", "OpenAiSdk"];

    /// <summary>Runs the whole comparison and prints a Markdown table.</summary>
    public static async Task<int> RunAsync(int rounds, int streams, string? onlyShape)
    {
        using Process server = ChildProcess.Start("--serve");
        string? ready = await server.StandardOutput.ReadLineAsync();
        if (ready is null || !ready.StartsWith("serving ", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("out-of-process: the server did not start: " + ready + await server.StandardError.ReadToEndAsync());
            return 1;
        }

        string root = ready["serving ".Length..];
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Out of process: server and every measurement in separate processes, {rounds} rounds, {streams} streams of 1,000 chunks per measurement ({streams * 10} of 100 chunks for content-x100, {streams * 10} calls for unary), medians.");
        report.AppendLine(CultureInfo.InvariantCulture, $"Runtime {Environment.Version}, {Environment.ProcessorCount} CPUs, settings: {RuntimeKnobs()}");
        report.AppendLine();
        report.AppendLine("| shape | client | chunks/s (unary: calls/s) | ratio to bare | allocated per chunk (call) | client CPU per chunk (call) | first call |");
        report.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        try
        {
            foreach (string shape in Shapes.Where(s => onlyShape is null || s == onlyShape))
            {
                string[] contenders = shape == "unary" ? UnaryContenders : StreamContenders;
                var rates = contenders.ToDictionary(c => c, _ => new List<double>());
                var bytes = contenders.ToDictionary(c => c, _ => new List<double>());
                var first = contenders.ToDictionary(c => c, _ => new List<double>());
                var cpu = contenders.ToDictionary(c => c, _ => new List<double>());
                for (int round = 0; round < rounds; round++)
                {
                    for (int i = 0; i < contenders.Length; i++)
                    {
                        // Rotate the order so load that comes and goes hits every contender alike.
                        string contender = contenders[(i + round) % contenders.Length];
                        // 100 concurrent streams are 100 chunks each and a call is one answer: ten times as many keep
                        // each measurement about as long as a run of sequential 1,000-chunk streams.
                        int count = shape is "content-x100" or "unary" ? streams * 10 : streams;
                        Measurement m = await MeasureInChildAsync(contender, shape, root, count);
                        rates[contender].Add(m.Operations / m.Seconds);
                        bytes[contender].Add((double)m.AllocatedBytes / m.Operations);
                        first[contender].Add(m.FirstCallSeconds * 1000);
                        cpu[contender].Add(m.CpuSeconds * 1e6 / m.Operations);
                        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {shape,-13} {contender,-14} round {round + 1}: {m.Operations / m.Seconds,12:N0}/s {(double)m.AllocatedBytes / m.Operations,8:N0} B, CPU {m.CpuSeconds * 1e6 / m.Operations,8:N2} us, first call {m.FirstCallSeconds * 1000,6:N0} ms"));
                    }
                }

                double bare = Median(rates["Bare"]);
                foreach (string contender in contenders)
                {
                    double rate = Median(rates[contender]);
                    report.AppendLine(CultureInfo.InvariantCulture,
                        $"| {shape} | {contender} | {rate:N0} | {rate / bare:0.00}x | {Median(bytes[contender]):N0} B | {Median(cpu[contender]):N2} µs | {Median(first[contender]):N0} ms |");
                }
            }
        }
        finally
        {
            server.StandardInput.Close();
            if (!server.WaitForExit(10_000))
            {
                server.Kill();
            }
        }

        Console.WriteLine(report.ToString());
        return 0;
    }

    /// <summary>The server process: serves until its standard input closes.</summary>
    public static async Task<int> ServeAsync()
    {
        await using LoopbackServer server = await LoopbackServer.StartNewAsync();
        Console.WriteLine("serving " + server.Root);
        while (await Console.In.ReadLineAsync() is not null)
        {
        }

        return 0;
    }

    /// <summary>One measurement in this (fresh) process; prints one JSON line.</summary>
    public static async Task<int> MeasureAsync(string contender, string shape, Uri root, int streams)
    {
        bool unary = shape == "unary";
        bool concurrent = shape == "content-x100";
        int chunks = concurrent ? ChunksPerConcurrentStream : ChunksPerStream;
        Uri baseUrl = unary ? new Uri(root, "unary/v1/") : LoopbackServer.StreamBase(root, concurrent ? "content" : shape, chunks);
        using var clients = new Clients(baseUrl);
        Func<Task<int>> one = (contender, unary) switch
        {
            ("Bare", true) => clients.BareUnaryAsync,
            ("OpenRouterSdk", true) => clients.SdkUnaryAsync,
            ("OpenAiSdk", true) => clients.OpenAiUnaryAsync,
            ("OpenRouterSdkFromServices", true) => clients.SdkFromServicesUnaryAsync,
            ("Bare", false) => clients.BareStreamTextAsync,
            ("OpenRouterSdk", false) => clients.SdkStreamTextAsync,
            ("OpenAiSdk", false) => clients.OpenAiStreamTextAsync,
            _ => throw new ArgumentException($"Unknown contender '{contender}'.", nameof(contender)),
        };

        // The first call pays for one-off work (type loading, first compilations, the first connection) that a
        // long-running app pays once: it is timed on its own and kept out of the rates.
        long firstStart = Stopwatch.GetTimestamp();
        await one();
        double firstCallSeconds = Stopwatch.GetElapsedTime(firstStart).TotalSeconds;

        // The CPU this process spends (every thread: the calls, the thread pool, the JIT's background tiering),
        // which load elsewhere on the machine disturbs much less than the wall-clock rate.
        using Process self = Process.GetCurrentProcess();
        TimeSpan cpuBefore = self.TotalProcessorTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long start = Stopwatch.GetTimestamp();
        long chars = 0;
        if (concurrent)
        {
            for (int done = 0; done < streams; done += ConcurrentStreams)
            {
                int[] read = await Task.WhenAll(Enumerable.Range(0, Math.Min(ConcurrentStreams, streams - done)).Select(_ => Task.Run(one)));
                chars += read.Sum();
            }
        }
        else
        {
            for (int i = 0; i < streams; i++)
            {
                chars += await one();
            }
        }

        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        self.Refresh();
        double cpuSeconds = (self.TotalProcessorTime - cpuBefore).TotalSeconds;

        // Every contender must have read everything (the OpenAI SDK has no member for OpenRouter's reasoning).
        string textShape = concurrent ? "content" : shape;
        long expected = unary ? -1 : (long)streams * Payloads.TextLength(textShape, chunks);
        if (!unary && chars != expected && !(contender == "OpenAiSdk" && shape == "reasoning"))
        {
            Console.Error.WriteLine($"{contender} read {chars} characters of {shape}, expected {expected}");
            return 1;
        }

        long operations = unary ? streams : (long)streams * chunks;
        Console.WriteLine(JsonSerializer.Serialize(new Measurement(operations, seconds, allocated, chars, firstCallSeconds, cpuSeconds)));
        return 0;
    }

    private static Task<Measurement> MeasureInChildAsync(string contender, string shape, string root, int streams) =>
        ChildProcess.MeasureAsync<Measurement>($"{contender} on {shape}", "--measure", contender, shape, root, streams.ToString(CultureInfo.InvariantCulture));

    private static string RuntimeKnobs()
    {
        string[] knobs = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal) && !k.StartsWith("DOTNET_CLI", StringComparison.Ordinal)
                && k is not ("DOTNET_NOLOGO" or "DOTNET_SKIP_FIRST_TIME_EXPERIENCE" or "DOTNET_ROOT"))
            .Select(k => $"{k}={Environment.GetEnvironmentVariable(k)}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        return knobs.Length == 0 ? "defaults (no DOTNET_ runtime variables)" : string.Join(", ", knobs);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        int middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private sealed record Measurement(long Operations, double Seconds, long AllocatedBytes, long Characters, double FirstCallSeconds, double CpuSeconds);
}
