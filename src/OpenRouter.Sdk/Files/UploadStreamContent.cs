using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// A caller's stream as a request body, copied a block at a time while the request is sent (never loaded whole).
/// It never disposes the caller's stream. A seekable stream is rewound to where it started before each send, so a
/// retried request sends the same bytes; a stream that cannot seek can be sent once only (the second attempt fails
/// rather than sending a truncated body, and the upload is made without retries). Reports the bytes sent so far.
/// </summary>
internal sealed class UploadStreamContent : HttpContent
{
    private const int BlockSize = 81920;

    private readonly Stream _source;
    private readonly long _start;
    private readonly IProgress<long>? _progress;
    private int _sends;

    public UploadStreamContent(Stream source, IProgress<long>? progress)
    {
        _source = source;
        _progress = progress;
        _start = source.CanSeek ? source.Position : 0;
    }

    /// <summary>Whether the body can be sent again (a retry) with the same bytes.</summary>
    public bool Resendable => _source.CanSeek;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        CopyAsync(stream, CancellationToken.None);

#if NET
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        CopyAsync(stream, cancellationToken);
#endif

    protected override bool TryComputeLength(out long length)
    {
        if (_source.CanSeek)
        {
            length = _source.Length - _start;
            return length >= 0;
        }

        length = 0;
        return false;
    }

    private async Task CopyAsync(Stream destination, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _sends) > 1)
        {
            if (!_source.CanSeek)
            {
                throw new InvalidOperationException("The upload stream cannot seek, so its bytes cannot be sent a second time.");
            }

            _source.Position = _start;
        }

        byte[] block = new byte[BlockSize];
        long sent = 0;
        while (true)
        {
            int read = await _source.ReadAsync(block, 0, block.Length, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            await destination.WriteAsync(block, 0, read, cancellationToken).ConfigureAwait(false);
            sent += read;
            _progress?.Report(sent);
        }
    }
}
