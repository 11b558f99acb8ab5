using System.Net;
using System.Text;

namespace OpenRouter.Sdk.Tests.KeysArea;

/// <summary>A client with both keys (retries off) over a handler that answers from a script and records each request.</summary>
internal static class KeysTestSupport
{
    public const string ApiKey = "sk-or-v1-inference-0123456789abcdef0123456789abcdef";
    public const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    /// <summary>A hash that needs escaping in a path segment: a slash would otherwise move to another endpoint.</summary>
    public const string AwkwardHash = "f01d/52 6?x#y";

    /// <summary>How <see cref="AwkwardHash"/> must appear in the URL.</summary>
    public const string AwkwardHashEscaped = "f01d%2F52%206%3Fx%23y";

    public static OpenRouterClient Client(ScriptedHandler handler, string? managementKey = ManagementKey) =>
        new(new HttpClient(handler), new OpenRouterClientOptions { ApiKey = ApiKey, ManagementKey = managementKey, EnableRetries = false });

    public static ScriptedHandler Answering(string body, HttpStatusCode status = HttpStatusCode.OK) => new((status, body));
}

/// <summary>Answers the n-th request with the n-th scripted answer (the last one repeats) and keeps what was sent.</summary>
internal sealed class ScriptedHandler(params (HttpStatusCode Status, string Body)[] answers) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = new();

    /// <summary>The body of each request (null when it had no content), read when it was sent.</summary>
    public List<string?> Bodies { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        Bodies.Add(request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken));
        (HttpStatusCode status, string body) = answers[Math.Min(Requests.Count - 1, answers.Length - 1)];
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = request };
    }
}
