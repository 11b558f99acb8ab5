using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.SignIn;

/// <summary>
/// A minimal HTTP/1.1 listener on 127.0.0.1 for the browser's return to the app. It answers only <c>GET</c> on its
/// own path, which holds a random nonce (OpenRouter echoes no <c>state</c>, so the path is what tells the real
/// callback from a forged one); every other request gets 404 and the wait goes on. Connections are served
/// concurrently, so a browser's idle pre-connection cannot hold up the real request. Plain sockets keep it portable
/// (no HttpListener, no ASP.NET Core).
/// </summary>
internal sealed class LoopbackCallbackServer : IDisposable
{
    private const int MaxRequestHeadBytes = 16 * 1024;

    private readonly TcpListener _listener;
    private readonly string _path;
    private readonly TaskCompletionSource<LoopbackCallback> _received = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposed;

    private LoopbackCallbackServer(TcpListener listener, string path)
    {
        _listener = listener;
        _path = path;
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        CallbackUri = new Uri("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture) + path);
    }

    /// <summary>The address to give OpenRouter as <c>callback_url</c>: <c>http://127.0.0.1:{port}/callback/{nonce}</c>.</summary>
    public Uri CallbackUri { get; }

    /// <summary>Listens on a port the system picks, with a fresh nonce in the path.</summary>
    public static LoopbackCallbackServer Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new LoopbackCallbackServer(listener, "/callback/" + OpenRouterPkce.RandomToken(16));
    }

    /// <summary>Serves connections until a <c>GET</c> on the callback path brings a <c>code</c>; its connection is then the caller's to answer.</summary>
    public async Task<LoopbackCallback> WaitForCodeAsync(CancellationToken cancellationToken)
    {
        Task loop = AcceptLoopAsync(cancellationToken);
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(static c => ((TaskCompletionSource<bool>)c!).TrySetResult(true), cancelled))
        {
            // The tasks are this instance's own completion sources and loop, which never need the caller's context.
#pragma warning disable VSTHRD003
            Task first = await Task.WhenAny(_received.Task, loop, cancelled.Task).ConfigureAwait(false);
            if (first == _received.Task)
            {
                return await _received.Task.ConfigureAwait(false);
            }
#pragma warning restore VSTHRD003

            cancellationToken.ThrowIfCancellationRequested();
            await loop.ConfigureAwait(false);
            throw new InvalidOperationException("The callback listener stopped.");
        }
    }

    /// <summary>Stops listening; connections still open close when the caller's token ends.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _listener.Stop();
        }
    }

    private async Task AcceptLoopAsync(CancellationToken cancellationToken)
    {
        // AcceptTcpClientAsync takes no token on every target: stopping the listener is what ends a pending accept.
        using CancellationTokenRegistration stop = cancellationToken.Register(static s => ((LoopbackCallbackServer)s!).Dispose(), this);
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException or InvalidOperationException && Volatile.Read(ref _disposed) == 1)
            {
                return;
            }

            _ = ServeAsync(client, cancellationToken);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        bool handedOver = false;
        try
        {
            using CancellationTokenRegistration close = cancellationToken.Register(static c => ((TcpClient)c!).Dispose(), client);
            NetworkStream stream = client.GetStream();
            string? target = await ReadGetTargetAsync(stream, cancellationToken).ConfigureAwait(false);
            if (target is null)
            {
                await LoopbackResponse.WriteAsync(stream, 405, "Method Not Allowed", LoopbackResponse.Page("Not here", "This address only receives the OpenRouter sign-in."), cancellationToken).ConfigureAwait(false);
                return;
            }

            int q = target.IndexOf('?');
            string path = q < 0 ? target : target.Substring(0, q);
            if (!string.Equals(path, _path, StringComparison.Ordinal))
            {
                await LoopbackResponse.WriteAsync(stream, 404, "Not Found", LoopbackResponse.Page("Not found", "This address only receives the OpenRouter sign-in."), cancellationToken).ConfigureAwait(false);
                return;
            }

            string? code = q < 0 ? null : QueryValue(target.Substring(q + 1), "code");
            if (string.IsNullOrEmpty(code))
            {
                await LoopbackResponse.WriteAsync(stream, 400, "Bad Request", LoopbackResponse.Page("Sign-in not completed", "OpenRouter sent no code. Return to the app and try again."), cancellationToken).ConfigureAwait(false);
                return;
            }

            var callback = new LoopbackCallback(code!, client, stream);
            handedOver = _received.TrySetResult(callback);
            if (!handedOver)
            {
                await LoopbackResponse.WriteAsync(stream, 409, "Conflict", LoopbackResponse.Page("Already signed in", "This sign-in was already handled."), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // A connection that broke or was closed at the end of the sign-in: nothing to answer.
        }
        finally
        {
            if (!handedOver)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>Reads the request head; returns the target of a <c>GET</c>, or null for another method or a malformed head.</summary>
    private static async Task<string?> ReadGetTargetAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[MaxRequestHeadBytes];
        int length = 0;
        while (true)
        {
            int read = await stream.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new IOException("The connection closed before the request head ended.");
            }

            length += read;
            string head = Encoding.ASCII.GetString(buffer, 0, length);
            if (head.IndexOf("\r\n\r\n", StringComparison.Ordinal) >= 0 || head.IndexOf("\n\n", StringComparison.Ordinal) >= 0)
            {
                int end = head.IndexOf('\n');
                string[] parts = head.Substring(0, end).TrimEnd('\r').Split(' ');
                return parts.Length == 3 && parts[0] == "GET" && parts[1].StartsWith("/", StringComparison.Ordinal) ? parts[1] : null;
            }

            if (length == buffer.Length)
            {
                return null;
            }
        }
    }

    /// <summary>The decoded value of the first <paramref name="name"/> parameter of a query string.</summary>
    internal static string? QueryValue(string query, string name)
    {
        foreach (string pair in query.Split('&'))
        {
            int eq = pair.IndexOf('=');
            string key = eq < 0 ? pair : pair.Substring(0, eq);
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                return eq < 0 ? string.Empty : Uri.UnescapeDataString(pair.Substring(eq + 1).Replace('+', ' '));
            }
        }

        return null;
    }
}
