using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenRouter.Sdk.Benchmarks;

/// <summary>
/// Many users at once: N concurrent streams of content chunks through ONE <see cref="OpenRouterClient"/> (the handler
/// the SDK creates), over HTTP/1.1 (a connection per stream) and over HTTP/2 (streams multiplexed, a new connection
/// each time one carries the server's 100), each over plain http (HTTP/2 as h2c) and over TLS (HTTP/2 negotiated with
/// ALPN by the SDK's default version and policy, as on openrouter.ai). Every stream gets its first chunk at once and the rest
/// only when all N have started, so all N are open together, as when N users are served at the same time; the rest
/// then comes as fast as the client reads it. The server runs in a process of its own
/// (<c>--serve-scale</c>) and counts the connections it accepts; every measurement is a fresh client process
/// (<c>--scale-measure</c>) that reports its peak working set and GC heap, chunks per second, time to first chunk
/// (from the moment all streams start) and wall time. Run with <c>--scale [rounds] [streams,...] [chunks]</c>.
/// </summary>
public static class Scale
{
    private static readonly string[] Protocols = ["http1.1", "h2c", "https1.1", "https2"];

    /// <summary>Runs every stream count over both protocols, <paramref name="rounds"/> times each, and prints a Markdown table of medians.</summary>
    public static async Task<int> RunAsync(int rounds, int[] streamCounts, int chunks)
    {
        using Process server = ChildProcess.Start("--serve-scale");
        string? ready = await server.StandardOutput.ReadLineAsync();
        if (ready is null || !ready.StartsWith("serving ", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("scale: the server did not start: " + ready + await server.StandardError.ReadToEndAsync());
            return 1;
        }

        string[] roots = ready["serving ".Length..].Split(' ');
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Scale: N concurrent streams of {chunks} content chunks through one client, server in its own process, {rounds} rounds, medians.");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Runtime {Environment.Version}, {Environment.ProcessorCount} CPUs, load average at start {LoadAverage()}.");
        report.AppendLine();
        report.AppendLine("| streams | protocol | connections (peak open) | peak working set | working set growth | peak GC heap | chunks/s | first chunk p50 | first chunk p99 | wall time |");
        report.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        try
        {
            foreach (int streams in streamCounts)
            {
                var results = Protocols.ToDictionary(p => p, _ => new List<Result>());
                for (int round = 0; round < rounds; round++)
                {
                    for (int i = 0; i < Protocols.Length; i++)
                    {
                        // Alternate the order so load that comes and goes hits both alike.
                        string protocol = Protocols[(i + round) % Protocols.Length];
                        await server.StandardInput.WriteLineAsync("reset");
                        await server.StandardOutput.ReadLineAsync();
                        int listener = protocol switch { "h2c" => 1, "https1.1" or "https2" => 2, _ => 0 };
                        Measurement m = await MeasureInChildAsync(protocol, roots[listener], streams, chunks);
                        await server.StandardInput.WriteLineAsync("stats");
                        string[] stats = (await server.StandardOutput.ReadLineAsync())!.Split(' ');
                        int offset = listener * 2;
                        var result = new Result(m, int.Parse(stats[offset], CultureInfo.InvariantCulture), int.Parse(stats[offset + 1], CultureInfo.InvariantCulture));
                        results[protocol].Add(result);
                        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {streams,5} {protocol,-8} round {round + 1}: {result.Connections,5} connections (peak {result.PeakOpen}), peak WS {Mb(m.PeakWorkingSet)}, +{Mb(m.PeakWorkingSet - m.BaselineWorkingSet)}, heap {Mb(m.PeakGcHeap)}, {m.Chunks / m.Seconds,10:N0} chunks/s, first chunk p50 {m.FirstChunkP50Ms:N1} ms p99 {m.FirstChunkP99Ms:N1} ms, wall {m.Seconds * 1000:N0} ms, load {LoadAverage()}"));
                    }
                }

                foreach (string protocol in Protocols)
                {
                    List<Result> r = results[protocol];
                    report.AppendLine(CultureInfo.InvariantCulture,
                        $"| {streams:N0} | {Describe(protocol)} | {Median(r, x => x.Connections):N0} ({Median(r, x => x.PeakOpen):N0}) | {Mb(Median(r, x => x.M.PeakWorkingSet))} | {Mb(Median(r, x => x.M.PeakWorkingSet - x.M.BaselineWorkingSet))} | {Mb(Median(r, x => x.M.PeakGcHeap))} | {Median(r, x => x.M.Chunks / x.M.Seconds):N0} | {Median(r, x => x.M.FirstChunkP50Ms):N1} ms | {Median(r, x => x.M.FirstChunkP99Ms):N1} ms | {Median(r, x => x.M.Seconds * 1000):N0} ms |");
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

        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Load average at end {LoadAverage()}.");
        Console.WriteLine(report.ToString());
        return 0;
    }

    /// <summary>
    /// The server process: prints <c>serving {http1.1 root} {h2c root} {https root}</c>, then answers each line of its
    /// standard input: <c>reset</c> starts new connection counts, <c>stats</c> prints the connections each listener
    /// accepted and the most open at once (<c>{http1.1} {peak} {h2c} {peak} {https} {peak}</c>).
    /// </summary>
    public static async Task<int> ServeAsync()
    {
        await using LoopbackServer server = await LoopbackServer.StartWithHttp2Async();
        Console.WriteLine($"serving {server.Root} {server.Http2Root} {server.HttpsRoot}");
        while (await Console.In.ReadLineAsync() is { } command)
        {
            if (command == "reset")
            {
                server.Http1Connections.Reset();
                server.Http2Connections.Reset();
                server.HttpsConnections.Reset();
                Console.WriteLine("ok");
            }
            else if (command == "stats")
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{server.Http1Connections.Accepted} {server.Http1Connections.Peak} {server.Http2Connections.Accepted} {server.Http2Connections.Peak} {server.HttpsConnections.Accepted} {server.HttpsConnections.Peak}"));
            }
        }

        return 0;
    }

    /// <summary>One measurement in this (fresh) process; prints one JSON line.</summary>
    public static async Task<int> MeasureAsync(string protocol, Uri root, int streams, int chunks)
    {
        var options = new OpenRouterClientOptions
        {
            ApiKey = "sk-or-v1-benchmark",
            BaseUrl = LoopbackServer.GatheredStreamBase(root, $"{protocol}-{Environment.ProcessId}", streams, chunks),
            // h2c: over plain http, HTTP/2 is spoken only with prior knowledge, which the Exact policy asks for. Over
            // https the SDK's default (2.0, or lower) negotiates HTTP/2 with ALPN, as with openrouter.ai.
            HttpVersion = protocol is "h2c" or "https2" ? new Version(2, 0) : new Version(1, 1),
            HttpVersionPolicy = protocol == "h2c" ? OpenRouterHttpVersionPolicy.RequestVersionExact : OpenRouterHttpVersionPolicy.RequestVersionOrLower,
        };
        using HttpClient? http = protocol.StartsWith("https", StringComparison.Ordinal) ? TrustingHttpClient(options) : null;
        using OpenRouterClient client = http is null ? new OpenRouterClient(options) : new OpenRouterClient(http, options);
        var request = new ChatCompletionRequest
        {
            Model = "openai/gpt-5.4-nano",
            Messages = { new UserMessage("Say hello in Portuguese, then tell a short story.") },
        };

        // One stream first (a run of its own, not gathered): type loading and first compilations are paid once by an
        // app, not per user.
        await ReadAsync(client.WithOptions(o => o.BaseUrl = LoopbackServer.GatheredStreamBase(root, $"warm-{Environment.ProcessId}", 1, chunks)), request, onFirst: null);
        long baselineWorkingSet = Environment.WorkingSet;
        long baselineHeap = GC.GetTotalMemory(forceFullCollection: false);

        using var sampling = new CancellationTokenSource();
        var peaks = new Peaks(baselineWorkingSet, baselineHeap);
        Task sampler = Task.Run(() => peaks.SampleAsync(sampling.Token));

        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        long start = Stopwatch.GetTimestamp();
        long[] firstChunk = new long[streams];
        int[] counts = await Task.WhenAll(Enumerable.Range(0, streams).Select(i => Task.Run(() => ReadAsync(client, request, t => firstChunk[i] = t))));
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
        await sampling.CancelAsync();
        await sampler;
        peaks.Sample();

        long expected = (long)streams * (chunks + 2);
        long received = counts.Sum(c => (long)c);
        if (received != expected)
        {
            Console.Error.WriteLine($"{protocol}: read {received} chunks, expected {expected}");
            return 1;
        }

        double[] firstMs = firstChunk.Select(t => Stopwatch.GetElapsedTime(start, t).TotalMilliseconds).Order().ToArray();
        Console.WriteLine(JsonSerializer.Serialize(new Measurement(
            streams, received, seconds, Percentile(firstMs, 0.50), Percentile(firstMs, 0.99),
            baselineWorkingSet, peaks.WorkingSet, peaks.GcHeap, allocated)));
        return 0;
    }

    /// <summary>Reads one whole stream; returns how many chunks came; <paramref name="onFirst"/> gets the timestamp of the first.</summary>
    private static async Task<int> ReadAsync(OpenRouterClient client, ChatCompletionRequest request, Action<long>? onFirst)
    {
        int count = 0;
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(request))
        {
            if (count++ == 0)
            {
                onFirst?.Invoke(Stopwatch.GetTimestamp());
            }
        }

        return count;
    }

    private static Task<Measurement> MeasureInChildAsync(string protocol, string root, int streams, int chunks) =>
        ChildProcess.MeasureAsync<Measurement>($"{protocol} with {streams} streams", "--scale-measure", protocol, root,
            streams.ToString(CultureInfo.InvariantCulture), chunks.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// For the https rows: the chain the SDK builds for itself (its resilience handler over a socket handler with the
    /// same settings as the SDK's), except that the loopback server's self-signed certificate is accepted.
    /// </summary>
    private static HttpClient TrustingHttpClient(OpenRouterClientOptions options)
    {
        var sockets = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxResponseDrainSize = 0,
            EnableMultipleHttp2Connections = true,
        };
        sockets.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        return new HttpClient(new OpenRouterResilienceHandler(options, sockets)) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static string Describe(string protocol) => protocol switch
    {
        "h2c" => "HTTP/2, h2c",
        "https1.1" => "HTTP/1.1, TLS",
        "https2" => "HTTP/2, TLS (ALPN)",
        _ => "HTTP/1.1",
    };

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Median(List<Result> results, Func<Result, double> value)
    {
        double[] values = results.Select(value).Order().ToArray();
        int middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static string Mb(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024):N1} MB");

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    /// <summary>The highest working set and GC heap seen, sampled every 5 ms.</summary>
    private sealed class Peaks(long workingSet, long gcHeap)
    {
        public long WorkingSet { get; private set; } = workingSet;

        public long GcHeap { get; private set; } = gcHeap;

        public async Task SampleAsync(CancellationToken cancellationToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
            try
            {
                while (await timer.WaitForNextTickAsync(cancellationToken))
                {
                    Sample();
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        public void Sample()
        {
            WorkingSet = Math.Max(WorkingSet, Environment.WorkingSet);
            GcHeap = Math.Max(GcHeap, GC.GetTotalMemory(forceFullCollection: false));
        }
    }

    private sealed record Result(Measurement M, int Connections, int PeakOpen);

    private sealed record Measurement(
        int Streams, long Chunks, double Seconds, double FirstChunkP50Ms, double FirstChunkP99Ms,
        long BaselineWorkingSet, long PeakWorkingSet, long PeakGcHeap, long AllocatedBytes);
}
