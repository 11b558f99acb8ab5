using FluentAssertions;
using OpenRouter.Sdk.Http;
using Xunit;

namespace OpenRouter.Sdk.Tests.Streaming;

/// <summary>The stream under the SSE parser reads ahead in blocks but hands out exactly the response's bytes.</summary>
public sealed class IdleTimeoutStreamTests
{
    [Fact]
    public async Task Small_reads_get_every_byte_in_order_from_few_reads_of_the_response()
    {
        byte[] body = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7)).ToArray();
        var inner = new CountingStream(body);
        using var stream = new IdleTimeoutStream(inner, null, Timeout.InfiniteTimeSpan);

        var received = new List<byte>();
        var buffer = new byte[1000];
        int read;
        while ((read = await stream.ReadAsync(buffer.AsMemory(), TestContext.Current.CancellationToken)) > 0)
        {
            received.AddRange(buffer.Take(read));
        }

        received.Should().Equal(body);
        inner.Reads.Should().BeLessThanOrEqualTo((body.Length / IdleTimeoutStream.BlockSize) + 2, "the parser's 1 KB reads are served from read-ahead blocks");
    }

    [Fact]
    public async Task Bytes_read_ahead_are_not_handed_out_after_the_stream_was_closed()
    {
        using var stream = new IdleTimeoutStream(new CountingStream(new byte[5000]), null, Timeout.InfiniteTimeSpan);
        var buffer = new byte[100];
        (await stream.ReadAsync(buffer.AsMemory(), TestContext.Current.CancellationToken)).Should().Be(100);

        stream.Dispose();
        Func<Task> next = async () => _ = await stream.ReadAsync(buffer.AsMemory(), TestContext.Current.CancellationToken);

        await next.Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task A_cancelled_read_is_cancelled_even_when_bytes_were_read_ahead()
    {
        using var stream = new IdleTimeoutStream(new CountingStream(new byte[5000]), null, Timeout.InfiniteTimeSpan);
        var buffer = new byte[100];
        (await stream.ReadAsync(buffer.AsMemory(), TestContext.Current.CancellationToken)).Should().Be(100);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        Func<Task> next = async () => _ = await stream.ReadAsync(buffer.AsMemory(), cancelled.Token);

        await next.Should().ThrowAsync<OperationCanceledException>();
    }

    /// <summary>A response stream that counts how often it is read.</summary>
    private sealed class CountingStream(byte[] body) : MemoryStream(body, writable: false)
    {
        public int Reads { get; private set; }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Reads++;
            return base.ReadAsync(buffer, cancellationToken);
        }
    }
}
