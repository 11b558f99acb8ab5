using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Synthesized speech as it arrives (the answer to <c>POST /audio/speech</c>): the audio bytes are read from the
/// connection as <see cref="Stream"/> is read, never buffered whole, so playback or a file write can start with the
/// first bytes. It owns the HTTP response: dispose it (a <c>using</c>) when done, read or not.
/// </summary>
/// <remarks>
/// Reads are asynchronous (<see cref="Stream.ReadAsync(byte[], int, int, CancellationToken)"/>,
/// <see cref="CopyToAsync"/>, <see cref="SaveAsync"/>). The token given to
/// <see cref="OpenRouterAudioClient.CreateSpeechAsync"/> keeps cancelling the reads until this is disposed; a server
/// silent for <see cref="OpenRouterClientOptions.StreamIdleTimeout"/> fails the read with
/// <see cref="OpenRouterTimeoutException"/>, a dropped connection with <see cref="OpenRouterConnectionException"/>.
/// </remarks>
public sealed class SpeechAudio : IDisposable, IAsyncDisposable
{
    private const int CopyBufferSize = 81920;

    /// <summary>
    /// Wraps audio bytes, as <see cref="OpenRouterAudioClient.CreateSpeechAsync"/> returns them: for a fake of that
    /// client. Disposing this disposes <paramref name="stream"/>.
    /// </summary>
    /// <param name="stream">The audio bytes to hand out.</param>
    /// <param name="contentType">The media type, such as <c>audio/mpeg</c>, if any.</param>
    /// <param name="generationId">The generation id, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public SpeechAudio(Stream stream, string? contentType, string? generationId)
    {
        Stream = Argument.NotNull(stream);
        ContentType = contentType;
        GenerationId = generationId;
    }

    /// <summary>The audio bytes, read as they arrive; forward-only.</summary>
    public Stream Stream { get; }

    /// <summary>The media type the server sent, for example <c>audio/mpeg</c> (mp3) or <c>audio/pcm</c> (16-bit little-endian PCM).</summary>
    public string? ContentType { get; }

    /// <summary>The generation id of the call (<c>X-Generation-Id</c>), when the server sent one.</summary>
    public string? GenerationId { get; }

    /// <summary>Copies the (rest of the) audio to <paramref name="destination"/> as it arrives.</summary>
    /// <param name="destination">Where the bytes go, such as a file or a player's input.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the whole audio was copied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    /// <exception cref="OpenRouterException">The connection dropped or went silent before the audio ended.</exception>
    public Task CopyToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(destination);
        return Stream.CopyToAsync(destination, CopyBufferSize, cancellationToken);
    }

    /// <summary>
    /// Writes the (rest of the) audio to a file as it arrives, replacing any file there. A copy that fails deletes the
    /// partial file.
    /// </summary>
    /// <param name="path">The file to write, for example <c>speech.mp3</c>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the whole audio is in the file.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="OpenRouterException">The connection dropped or went silent before the audio ended.</exception>
    public async Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        Argument.NotBlank(path);
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        bool complete = false;
        try
        {
            using (file)
            {
                await Stream.CopyToAsync(file, CopyBufferSize, cancellationToken).ConfigureAwait(false);
            }

            complete = true;
        }
        finally
        {
            if (!complete)
            {
                TryDelete(path);
            }
        }
    }

    /// <summary>Closes the response (and its connection, if the audio was not read to its end).</summary>
    public void Dispose() => Stream.Dispose();

    /// <summary>Closes the response (and its connection, if the audio was not read to its end).</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Stream.Dispose();
        return default;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
