using System;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.SignIn;

/// <summary>The browser's request that brought the code; its connection stays open until the app answers it.</summary>
internal sealed class LoopbackCallback : IDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    public LoopbackCallback(string code, TcpClient client, NetworkStream stream)
    {
        Code = code;
        _client = client;
        _stream = stream;
    }

    /// <summary>The authorization code from <c>?code=</c>.</summary>
    public string Code { get; }

    /// <summary>Shows the browser a small page; a browser that already left is no failure of the sign-in.</summary>
    public async Task AnswerAsync(bool signedIn, CancellationToken cancellationToken)
    {
        string page = signedIn
            ? LoopbackResponse.Page("Signed in to OpenRouter", "You can close this tab and return to the app.")
            : LoopbackResponse.Page("Sign-in failed", "Return to the app for details.");
        try
        {
            await LoopbackResponse.WriteAsync(_stream, 200, "OK", page, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.IO.IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
    }

    public void Dispose() => _client.Dispose();
}
