using System.Net;
using System.Text;
using FluentAssertions;

namespace OpenRouter.Sdk.Tests.PresetsArea;

/// <summary>A client with both keys over a handler that answers with queued bodies and records what was sent.</summary>
internal static class PresetsTestSupport
{
    public const string ApiKey = "sk-or-v1-inference-0123456789abcdef0123456789abcdef";
    public const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    /// <summary>A slug that must be escaped: a slash, a space and a question mark would otherwise change the URL.</summary>
    public const string AwkwardSlug = "my preset/1?x";
    public const string EscapedAwkwardSlug = "my%20preset%2F1%3Fx";

    public const string Base = "https://openrouter.ai/api/v1/";

    public static OpenRouterClient Client(PresetsHandler handler, string? managementKey = ManagementKey) =>
        new(new HttpClient(handler), new OpenRouterClientOptions { ApiKey = ApiKey, ManagementKey = managementKey, EnableRetries = false });

    /// <summary>Asserts request <paramref name="index"/> is a bodiless GET of <paramref name="url"/> sent with the management key.</summary>
    public static void AssertManagementGet(PresetsHandler handler, int index, string url)
    {
        HttpRequestMessage request = handler.Requests[index];
        request.Method.Should().Be(HttpMethod.Get);
        request.RequestUri!.AbsoluteUri.Should().Be(url);
        request.Headers.Authorization!.Scheme.Should().Be("Bearer");
        request.Headers.Authorization.Parameter.Should().Be(ManagementKey, "preset operations are sent with the management key, never the API key");
        handler.Bodies[index].Should().BeNull("a GET sends no body");
    }

    public static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items)
        {
            list.Add(item);
        }

        return list;
    }

    public static async Task<T> FirstAsync<T>(IAsyncEnumerable<T> items)
    {
        await foreach (T item in items)
        {
            return item;
        }

        throw new InvalidOperationException("The sequence is empty.");
    }
}

/// <summary>Answers each request with the next queued body (the last one repeats) and keeps what was sent.</summary>
internal sealed class PresetsHandler(params string[] bodies) : HttpMessageHandler
{
    private int _next;

    public HttpStatusCode Status { get; init; } = HttpStatusCode.OK;

    public List<HttpRequestMessage> Requests { get; } = new();

    /// <summary>The body of each request (null when it had no content), read when it was sent.</summary>
    public List<string?> Bodies { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        Bodies.Add(request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken));
        string body = bodies[Math.Min(_next++, bodies.Length - 1)];
        return new HttpResponseMessage(Status) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = request };
    }
}
