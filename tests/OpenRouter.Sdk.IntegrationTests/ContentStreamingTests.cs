using System.Text;
using FluentAssertions;
using Microsoft.AspNetCore.Http;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>
/// Video and file content on a real socket: the first bytes reach the caller while the server still holds the rest,
/// a stalled body times out on the idle limit, and an upload of a stream that cannot seek crosses intact.
/// </summary>
[Collection(WallClockCollection.Name)]
public sealed class ContentStreamingTests
{
    private const string ApiKey = "sk-or-v1-content-0123456789abcdef0123456789abcdef";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient ClientFor(ScriptedServer server, TimeSpan? idle = null) =>
        new(new OpenRouterClientOptions { ApiKey = ApiKey, BaseUrl = server.BaseUrl, EnableRetries = false, StreamIdleTimeout = idle ?? TimeSpan.FromSeconds(30) });

    /// <summary>Sends the first part, flushes, then holds the rest until <paramref name="release"/> completes.</summary>
    private static Func<HttpContext, Task> InTwoParts(byte[] first, byte[] rest, string mediaType, Task release) => async context =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = mediaType;
        await context.Response.Body.WriteAsync(first, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        await release.WaitAsync(context.RequestAborted);
        await context.Response.Body.WriteAsync(rest, context.RequestAborted);
    };

    private static async Task<byte[]> ReadExactlyAsync(Stream stream, int count)
    {
        byte[] buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer, Ct);
        return buffer;
    }

    [Fact]
    public async Task Video_content_is_readable_before_the_whole_body_arrives()
    {
        byte[] first = Encoding.ASCII.GetBytes("....ftypmp42-first-part");
        byte[] rest = Enumerable.Range(0, 64 * 1024).Select(i => (byte)i).ToArray();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using ScriptedServer server = await ScriptedServer.StartAsync();
        server.Then(InTwoParts(first, rest, "video/mp4", release.Task));
        using OpenRouterClient client = ClientFor(server);

        await using OpenRouterContent video = await client.Videos.GetContentAsync("job-abc123", cancellationToken: Ct);
        byte[] head = await ReadExactlyAsync(video.Stream, first.Length);

        head.Should().Equal(first, "the first bytes arrive while the server still holds the rest");
        release.Task.IsCompleted.Should().BeFalse();
        video.ContentType.Should().Be("video/mp4");
        release.SetResult();
        using var tail = new MemoryStream();
        await video.CopyToAsync(tail, Ct);
        tail.ToArray().Should().Equal(rest);
        server.Requests.Single().Path.Should().Be("/api/v1/videos/job-abc123/content");
    }

    [Fact]
    public async Task File_content_is_readable_before_the_whole_body_arrives_and_disposing_early_closes_it()
    {
        byte[] first = Encoding.ASCII.GetBytes("model,requests\n");
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using ScriptedServer server = await ScriptedServer.StartAsync();
        server.Then(InTwoParts(first, new byte[1024 * 1024], "application/octet-stream", release.Task));
        using OpenRouterClient client = ClientFor(server);

        OpenRouterContent content = await client.Files.GetContentAsync("or_file_1", cancellationToken: Ct);
        byte[] head = await ReadExactlyAsync(content.Stream, first.Length);
        content.Dispose();

        head.Should().Equal(first);
        release.Task.IsCompleted.Should().BeFalse("the caller had the first bytes before the rest was sent");
        await FluentActions.Awaiting(() => content.Stream.ReadAsync(new byte[1], Ct).AsTask()).Should().ThrowAsync<ObjectDisposedException>();
        release.SetResult();
    }

    [Fact]
    public async Task A_body_that_stalls_fails_with_the_idle_timeout()
    {
        var never = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using ScriptedServer server = await ScriptedServer.StartAsync();
        server.Then(InTwoParts([1, 2, 3], [4], "video/mp4", never.Task));
        using OpenRouterClient client = ClientFor(server, idle: TimeSpan.FromMilliseconds(300));

        await using OpenRouterContent video = await client.Videos.GetContentAsync("job", cancellationToken: Ct);
        var failure = (await FluentActions.Awaiting(() => video.CopyToAsync(Stream.Null, Ct)).Should().ThrowAsync<OpenRouterTimeoutException>()).Which;

        failure.Message.Should().Contain("StreamIdleTimeout");
        never.SetResult();
    }

    [Fact]
    public async Task An_upload_of_a_stream_that_cannot_seek_arrives_whole_as_multipart()
    {
        byte[] bytes = Enumerable.Range(0, 500_000).Select(i => (byte)(i % 253)).ToArray();
        await using ScriptedServer server = await ScriptedServer.StartAsync();
        server.Then(Reply.Status(200, """{"id":"or_file_1","type":"file","filename":"big.bin","mime_type":"application/octet-stream","size_bytes":500000,"created_at":"2025-01-01T00:00:00Z","downloadable":false}"""));
        using OpenRouterClient client = ClientFor(server);

        OpenRouterFile file = await client.Files.UploadAsync(new NonSeekable(bytes), "big.bin", cancellationToken: Ct);

        ReceivedRequest received = server.Requests.Single();
        received.Header("Content-Type").Should().StartWith("multipart/form-data; boundary=");
        received.Header("Transfer-Encoding").Should().Be("chunked", "the length of a stream that cannot seek is unknown, so it is not read ahead");
        int start = IndexOf(received.Body, "\r\n\r\n"u8.ToArray()) + 4;
        received.Body.AsSpan(start, bytes.Length).SequenceEqual(bytes).Should().BeTrue();
        file.SizeBytes.Should().Be(500_000);
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (int i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class NonSeekable(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
