using System.Net.Http.Headers;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Errors;

public sealed class TransportErrorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChatCompletionRequest Request() => new() { Model = "m", Messages = { new UserMessage("hi") } };

    [Fact]
    public async Task A_caller_owned_HttpClient_timeout_is_an_OpenRouterTimeoutException_not_a_bare_cancellation()
    {
        using var http = new HttpClient(new StallingHandler()) { Timeout = TimeSpan.FromMilliseconds(100) };
        using var client = new OpenRouterClient(http, new OpenRouterClientOptions { ApiKey = TestClients.ApiKey });

        Func<Task> unary = () => client.CreateChatCompletionAsync(Request(), Ct);
        Func<Task> stream = async () =>
        {
            await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Request(), Ct))
            {
            }
        };

        (await unary.Should().ThrowAsync<OpenRouterTimeoutException>()).Which.Message.Should().Contain("HttpClient");
        (await stream.Should().ThrowAsync<OpenRouterTimeoutException>()).Which.Message.Should().Contain("HttpClient");
    }

    [Fact]
    public async Task Each_request_gets_its_own_header_value_objects()
    {
        var handler = new StubHandler().Respond(System.Net.HttpStatusCode.OK, Fixture.Bytes("01-chat-nonstream-basic-gpt-4o.json"));
        using var client = TestClients.Create(new EditingHandler(handler));

        await client.CreateChatCompletionAsync(Request(), Ct);
        await client.CreateChatCompletionAsync(Request(), Ct);

        handler.Requests.Select(r => r.ContentHeaders!.ContentType!.CharSet).Should().Equal("edited", "edited");
        handler.Requests.Select(r => r.Header("Accept")).Should().Equal("application/json", "application/json");
    }

    /// <summary>Never answers until cancelled.</summary>
    private sealed class StallingHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    /// <summary>A user handler that edits the request's Content-Type; the edit must not leak into the next request.</summary>
    private sealed class EditingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            MediaTypeHeaderValue type = request.Content!.Headers.ContentType!;
            type.CharSet.Should().Be("utf-8", "a previous request's edit must not be visible here");
            type.CharSet = "edited";
            return base.SendAsync(request, cancellationToken);
        }
    }
}
