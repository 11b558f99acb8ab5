using System.Text;

namespace OpenRouter.Sdk.Tests.ChunkReading;

/// <summary>
/// An SSE body of any length made on the fly (chunks of the recorded 2026 shape, a keep-alive comment every 100,
/// the finish chunk, [DONE]), so a 100,000-chunk stream costs the test no memory of its own.
/// </summary>
public sealed class GeneratedSseStream(int contentChunks, string token) : Stream
{
    private static readonly byte[] KeepAlive = ": OPENROUTER PROCESSING\n\n"u8.ToArray();
    private static readonly byte[] Finish = Encoding.UTF8.GetBytes(
        "data: {\"id\":\"gen-1777319809-KRozO9hOQbdWkZAi8Zj7\",\"object\":\"chat.completion.chunk\",\"created\":1777319809,\"model\":\"openai/gpt-5.4-nano-20260317\",\"provider\":\"OpenAI\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\",\"role\":\"assistant\"},\"finish_reason\":\"stop\",\"native_finish_reason\":\"completed\"}],\"usage\":{\"prompt_tokens\":19,\"completion_tokens\":7,\"total_tokens\":26,\"cost\":0.00001255}}\n\ndata: [DONE]\n\n");

    private readonly byte[] _chunk = Encoding.UTF8.GetBytes(
        "data: {\"id\":\"gen-1777319809-KRozO9hOQbdWkZAi8Zj7\",\"object\":\"chat.completion.chunk\",\"created\":1777319809,\"model\":\"openai/gpt-5.4-nano-20260317\",\"provider\":\"OpenAI\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + token + "\",\"role\":\"assistant\"},\"finish_reason\":null,\"native_finish_reason\":null}]}\n\n");

    private int _produced;
    private byte[] _current = [];
    private int _offset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int written = 0;
        while (written < buffer.Length)
        {
            if (_offset == _current.Length && !Next())
            {
                break;
            }

            int n = Math.Min(buffer.Length - written, _current.Length - _offset);
            _current.AsSpan(_offset, n).CopyTo(buffer[written..]);
            _offset += n;
            written += n;
        }

        return written;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Moves to the next event: a keep-alive before every hundredth chunk, the chunks, then the finish.</summary>
    private bool Next()
    {
        if (_produced > contentChunks)
        {
            return false;
        }

        _offset = 0;
        if (_produced < contentChunks)
        {
            if (_produced % 100 == 0 && !ReferenceEquals(_current, KeepAlive))
            {
                _current = KeepAlive;
                return true;
            }

            _current = _chunk;
            _produced++;
            return true;
        }

        _current = Finish;
        _produced++;
        return true;
    }
}
