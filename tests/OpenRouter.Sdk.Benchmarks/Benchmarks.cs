using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace OpenRouter.Sdk.Benchmarks;

/// <summary>
/// One stream of <see cref="ContentChunks"/> content chunks (plus the two finish chunks), read to the end.
/// Times and allocations are per content chunk (OperationsPerInvoke), so Mean is the cost of one chunk.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StreamingBenchmarks
{
    public const int ContentChunks = 1000;

    private Clients _clients = null!;

    [GlobalSetup]
    public void Setup()
    {
        _clients = new Clients(LoopbackServer.Shared.StreamBase(ContentChunks));
        Verify.Same(Payloads.ContentLength(ContentChunks), _clients.BareStreamAsync, _clients.SdkStreamAsync, _clients.SdkToChatCompletionAsync, _clients.OpenAiStreamAsync);
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [BenchmarkCategory("Stream"), Benchmark(Baseline = true, OperationsPerInvoke = ContentChunks)]
    public Task<int> Bare() => _clients.BareStreamAsync();

    [BenchmarkCategory("Stream"), Benchmark(OperationsPerInvoke = ContentChunks)]
    public Task<int> OpenRouterSdk() => _clients.SdkStreamAsync();

    [BenchmarkCategory("Stream"), Benchmark(OperationsPerInvoke = ContentChunks)]
    public Task<int> OpenRouterSdkToChatCompletion() => _clients.SdkToChatCompletionAsync();

    [BenchmarkCategory("Stream"), Benchmark(OperationsPerInvoke = ContentChunks)]
    public Task<int> OpenAiSdk() => _clients.OpenAiStreamAsync();
}

/// <summary>One non-streamed completion per operation.</summary>
[Config(typeof(BenchmarkConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class UnaryBenchmarks
{
    private Clients _clients = null!;

    [GlobalSetup]
    public void Setup()
    {
        _clients = new Clients(LoopbackServer.Shared.UnaryBase);
        int expected = _clients.BareUnaryAsync().GetAwaiter().GetResult();
        Verify.Same(expected, _clients.SdkUnaryAsync, _clients.OpenAiUnaryAsync);
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [BenchmarkCategory("Unary"), Benchmark(Baseline = true)]
    public Task<int> Bare() => _clients.BareUnaryAsync();

    [BenchmarkCategory("Unary"), Benchmark]
    public Task<int> OpenRouterSdk() => _clients.SdkUnaryAsync();

    [BenchmarkCategory("Unary"), Benchmark]
    public Task<int> OpenAiSdk() => _clients.OpenAiUnaryAsync();
}

/// <summary>
/// <see cref="Streams"/> streams of <see cref="ContentChunks"/> chunks at once through one client; times and
/// allocations are per content chunk across all streams.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ConcurrentStreamingBenchmarks
{
    public const int Streams = 100;
    public const int ContentChunks = 100;

    private Clients _clients = null!;

    [GlobalSetup]
    public void Setup()
    {
        _clients = new Clients(LoopbackServer.Shared.StreamBase(ContentChunks));
        Verify.Same(Payloads.ContentLength(ContentChunks) * Streams, () => All(_clients.BareStreamAsync), () => All(_clients.SdkStreamAsync), () => All(_clients.OpenAiStreamAsync));
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [BenchmarkCategory("Stream x100"), Benchmark(Baseline = true, OperationsPerInvoke = Streams * ContentChunks)]
    public Task<int> Bare() => All(_clients.BareStreamAsync);

    [BenchmarkCategory("Stream x100"), Benchmark(OperationsPerInvoke = Streams * ContentChunks)]
    public Task<int> OpenRouterSdk() => All(_clients.SdkStreamAsync);

    [BenchmarkCategory("Stream x100"), Benchmark(OperationsPerInvoke = Streams * ContentChunks)]
    public Task<int> OpenAiSdk() => All(_clients.OpenAiStreamAsync);

    internal static async Task<int> All(Func<Task<int>> stream)
    {
        var running = new Task<int>[Streams];
        for (int i = 0; i < Streams; i++)
        {
            running[i] = Task.Run(stream);
        }

        int[] chars = await Task.WhenAll(running);
        return chars.Sum();
    }
}

internal static class Verify
{
    /// <summary>Every client must read the same text, or the comparison means nothing.</summary>
    public static void Same(int expected, params Func<Task<int>>[] reads)
    {
        foreach (Func<Task<int>> read in reads)
        {
            int actual = read().GetAwaiter().GetResult();
            if (actual != expected)
            {
                throw new InvalidOperationException($"{read.Method.Name} read {actual} characters, expected {expected}.");
            }
        }
    }
}
