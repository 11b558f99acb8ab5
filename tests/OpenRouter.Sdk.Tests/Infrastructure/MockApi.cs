using FluentAssertions;
using OpenRouter.Sdk.Http;
using RichardSzalay.MockHttp;

namespace OpenRouter.Sdk.Tests.Infrastructure;

/// <summary>
/// A RichardSzalay.MockHttp handler for tests whose subject is the request/response exchange: every request is
/// declared up front (method, exact URL, the SDK's headers, the body) and answered in that order. <see cref="Verify"/>
/// fails when an expectation was not met or when the SDK sent a request nobody expected, so a test also proves how
/// many requests were sent. (Streams that must arrive in small pieces use <see cref="StubHandler"/>.)
/// </summary>
public sealed class MockApi : IDisposable
{
    /// <summary>The default API root of the SDK.</summary>
    public const string BaseUrl = "https://openrouter.ai/api/v1/";

    private readonly List<string> _unexpected = new();

    public MockApi()
    {
        // Only the method and URL are kept: a request's headers hold the key.
        Handler.Fallback.Respond(request =>
        {
            string what = request.Method + " " + request.RequestUri;
            lock (_unexpected)
            {
                _unexpected.Add(what);
            }

            throw new InvalidOperationException("No expectation matches " + what);
        });
    }

    public MockHttpMessageHandler Handler { get; } = new();

    /// <summary>
    /// Expects a GET of exactly <see cref="BaseUrl"/> + <paramref name="pathAndQuery"/> (compared as the escaped
    /// string), sent with the key as a bearer token, <c>Accept: application/json</c>, the SDK's <c>User-Agent</c> and no body.
    /// </summary>
    public MockedRequest ExpectGet(string pathAndQuery, string apiKey = TestClients.ApiKey)
    {
        string url = BaseUrl + pathAndQuery;
        var expected = new MockedRequest();
        Handler.AddRequestExpectation(expected);
        return expected
            .With(r => r.Method == HttpMethod.Get)
            .With(r => r.RequestUri!.AbsoluteUri == url)
            .WithHeaders("Authorization", "Bearer " + apiKey)
            .WithHeaders("Accept", "application/json")
            .With(r => r.Headers.UserAgent.ToString() == UserAgent.Value)
            .With(r => r.Content is null);
    }

    /// <summary>A client on the default base URL whose requests go to this mock.</summary>
    public OpenRouterClient Client(Action<OpenRouterClientOptions>? configure = null) => TestClients.Create(Handler, configure);

    /// <summary>Every expectation was met, in order, and no other request was sent.</summary>
    public void Verify()
    {
        Handler.VerifyNoOutstandingExpectation();
        lock (_unexpected)
        {
            _unexpected.Should().BeEmpty("every request the SDK sent must have been expected");
        }
    }

    public void Dispose() => Handler.Dispose();
}
