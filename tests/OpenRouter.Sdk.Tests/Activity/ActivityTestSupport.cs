using System.Net;
using System.Text;

namespace OpenRouter.Sdk.Tests.ActivityArea;

/// <summary>A client with both keys over a handler that records each request and answers with a fixed status and body.</summary>
internal static class ActivityTestSupport
{
    public const string ApiKey = "sk-or-v1-inference-0123456789abcdef0123456789abcdef";
    public const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    public static OpenRouterClient Client(RecordingHandler handler, string? managementKey = ManagementKey) =>
        new(new HttpClient(handler), new OpenRouterClientOptions { ApiKey = ApiKey, ManagementKey = managementKey, EnableRetries = false });
}

/// <summary>Answers every request with <c>status</c> and <c>body</c> and keeps what was sent.</summary>
internal sealed class RecordingHandler(HttpStatusCode status, string body) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = new();

    /// <summary>The body of each request (null when it had no content), read when it was sent.</summary>
    public List<string?> Bodies { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        Bodies.Add(request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken));
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = request };
    }
}
