using System;
using System.Buffers;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// A plain growable byte buffer for a <see cref="System.Text.Json.Utf8JsonWriter"/> that is reused call after call
/// (the request body is copied out with <see cref="ToArray"/>), so writing a body allocates only the body.
/// </summary>
internal sealed class GrowableBuffer : IBufferWriter<byte>
{
    private byte[] _buffer;
    private int _written;

    public GrowableBuffer(int initialCapacity)
    {
        _buffer = new byte[initialCapacity];
    }

    /// <summary>The bytes written since the last <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => new(_buffer, 0, _written);

    public void Advance(int count)
    {
        if (count < 0 || _written + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>A copy of the written bytes.</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Empties the buffer; returns false when it grew beyond <paramref name="keepAtMost"/> bytes and should not be kept.</summary>
    public bool Reset(int keepAtMost)
    {
        _written = 0;
        return _buffer.Length <= keepAtMost;
    }

    private void Ensure(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        int size = Math.Max(_buffer.Length * 2, _written + needed);
        byte[] larger = new byte[size];
        Buffer.BlockCopy(_buffer, 0, larger, 0, _written);
        _buffer = larger;
    }
}
