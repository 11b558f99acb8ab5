using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.SignIn;

/// <summary>The listener's answers: a complete HTTP/1.1 response with a small HTML page, then the connection closes.</summary>
internal static class LoopbackResponse
{
    /// <summary>A page with fixed text only: nothing from the request is reflected into it.</summary>
    public static string Page(string title, string message) =>
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head>" +
        "<body style=\"font-family:sans-serif;margin:4em auto;max-width:32em\"><h1>" + title + "</h1><p>" + message + "</p></body></html>";

    public static async Task WriteAsync(Stream stream, int status, string reason, string html, CancellationToken cancellationToken)
    {
        byte[] body = Encoding.UTF8.GetBytes(html);
        string head = "HTTP/1.1 " + status.ToString(CultureInfo.InvariantCulture) + " " + reason + "\r\n" +
            "Content-Type: text/html; charset=utf-8\r\n" +
            "Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n" +
            "Cache-Control: no-store\r\n" +
            "Referrer-Policy: no-referrer\r\n" +
            "Connection: close\r\n\r\n";
        byte[] headBytes = Encoding.ASCII.GetBytes(head);
        await stream.WriteAsync(headBytes, 0, headBytes.Length, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(body, 0, body.Length, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
