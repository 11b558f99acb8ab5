using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OpenRouter.Sdk.Benchmarks;

/// <summary>
/// A quick comparison that survives a busy machine: the contenders of a group run in turn, round after round, so
/// load that comes and goes hits them alike; the median of the rounds is reported. BenchmarkDotNet runs one
/// benchmark after another, so on a shared machine its ratios can drift with the load; this mode trades its
/// statistics for fairness. Run with <c>--interleaved [rounds] [stream|unary|concurrent]</c>.
/// </summary>
public static class Interleaved
{
    private sealed record Contender(string Name, Func<Task<int>> Run, int OperationsPerRun);

    public static async Task RunAsync(int rounds, string? only = null)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Interleaved comparison, {rounds} rounds, median per operation (for streams: per content chunk)");
        report.AppendLine();
        report.AppendLine("| Group | Method | Median | Ratio | Ops/s (chunks/s) | Allocated/op | Alloc ratio |");
        report.AppendLine("|---|---|---:|---:|---:|---:|---:|");

        LoopbackServer server = LoopbackServer.Shared;
        using (var clients = new Clients(server.StreamBase(StreamingBenchmarks.ContentChunks)))
        if (only is null or "stream")
        {
            const int n = StreamingBenchmarks.ContentChunks;
            await GroupAsync(report, "Stream", rounds,
                new Contender("Bare", clients.BareStreamAsync, n),
                new Contender("OpenRouterSdk", clients.SdkStreamAsync, n),
                new Contender("OpenRouterSdkToChatCompletion", clients.SdkToChatCompletionAsync, n),
                new Contender("OpenAiSdk", clients.OpenAiStreamAsync, n));
        }

        using (var clients = new Clients(server.UnaryBase))
        if (only is null or "unary")
        {
            const int calls = 20;
            await GroupAsync(report, "Unary", rounds,
                new Contender("Bare", () => Repeat(clients.BareUnaryAsync, calls), calls),
                new Contender("OpenRouterSdk", () => Repeat(clients.SdkUnaryAsync, calls), calls),
                new Contender("OpenAiSdk", () => Repeat(clients.OpenAiUnaryAsync, calls), calls));
        }

        using (var clients = new Clients(server.StreamBase(ConcurrentStreamingBenchmarks.ContentChunks)))
        if (only is null or "concurrent")
        {
            const int n = ConcurrentStreamingBenchmarks.Streams * ConcurrentStreamingBenchmarks.ContentChunks;
            await GroupAsync(report, "Stream x100", Math.Max(3, rounds / 3),
                new Contender("Bare", () => ConcurrentStreamingBenchmarks.All(clients.BareStreamAsync), n),
                new Contender("OpenRouterSdk", () => ConcurrentStreamingBenchmarks.All(clients.SdkStreamAsync), n),
                new Contender("OpenAiSdk", () => ConcurrentStreamingBenchmarks.All(clients.OpenAiStreamAsync), n));
        }

        Console.WriteLine(report.ToString());
    }

    private static async Task<int> Repeat(Func<Task<int>> call, int times)
    {
        int total = 0;
        for (int i = 0; i < times; i++)
        {
            total += await call();
        }

        return total;
    }

    private static async Task GroupAsync(StringBuilder report, string group, int rounds, params Contender[] contenders)
    {
        var times = contenders.Select(_ => new List<double>()).ToArray();
        var bytes = contenders.Select(_ => new List<double>()).ToArray();

        // Warm up: JIT, connection pools, tiered compilation.
        for (int warm = 0; warm < 3; warm++)
        {
            foreach (Contender contender in contenders)
            {
                await contender.Run();
            }
        }

        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < contenders.Length; i++)
            {
                // Rotate the order so no contender always runs right after a particular other one.
                Contender contender = contenders[(i + round) % contenders.Length];
                int index = Array.IndexOf(contenders, contender);
                long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                long start = Stopwatch.GetTimestamp();
                await contender.Run();
                double elapsedNs = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
                long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                times[index].Add(elapsedNs / contender.OperationsPerRun);
                bytes[index].Add((double)allocated / contender.OperationsPerRun);
            }
        }

        double baseTime = Median(times[0]);
        double baseBytes = Median(bytes[0]);
        for (int i = 0; i < contenders.Length; i++)
        {
            double time = Median(times[i]);
            double allocated = Median(bytes[i]);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {group} | {contenders[i].Name} | {Format(time)} | {time / baseTime:0.00} | {1e9 / time:N0} | {allocated:N0} B | {allocated / baseBytes:0.00} |");
        }
    }

    private static string Format(double ns) => ns >= 1e6 ? $"{ns / 1e6:0.00} ms" : ns >= 1e3 ? $"{ns / 1e3:0.00} µs" : $"{ns:0} ns";

    private static double Median(List<double> values)
    {
        values.Sort();
        int middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
