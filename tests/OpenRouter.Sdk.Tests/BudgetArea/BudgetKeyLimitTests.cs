using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.BudgetArea.BudgetTestSupport;

namespace OpenRouter.Sdk.Tests.BudgetArea;

/// <summary>
/// The guard's optional watch of the key's own limit (<see cref="OpenRouterBudget.KeyLimitCheckInterval"/>):
/// <c>GET /key</c> read at most once per interval, just before a call that spends; the remaining limit lowered by each
/// call's cost since; calls refused before sending once it is at or below the reserve.
/// </summary>
public sealed class BudgetKeyLimitTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task The_key_is_read_before_the_first_spending_call_and_again_only_once_the_interval_has_passed()
    {
        var server = new KeyAndChat { KeyRemaining = 5.00m, Cost = 0.50m };
        var clock = new ManualClock();
        using OpenRouterClient client = Client(server, clock);

        await client.CreateChatCompletionAsync(ChatRequest, Ct);
        clock.Advance(Interval - TimeSpan.FromSeconds(1));
        await client.CreateChatCompletionAsync(ChatRequest, Ct);
        OpenRouterBudgetSnapshot beforeReread = client.Budget!.GetSnapshot();
        server.KeyRemaining = 3.00m;
        clock.Advance(TimeSpan.FromSeconds(1));
        await client.CreateChatCompletionAsync(ChatRequest, Ct);

        server.Paths.Should().Equal("/api/v1/key", "/api/v1/chat/completions", "/api/v1/chat/completions", "/api/v1/key", "/api/v1/chat/completions");
        server.KeyAuthorizations.Should().OnlyContain(a => a == "Bearer " + TestClients.ApiKey, "GET /key reads the limit of the key the calls spend");
        beforeReread.KeyLimitRemaining.Should().Be(4.00m, "5.00 read, less the two calls' 0.50 since");
        beforeReread.KeyLimitReadAt.Should().Be(Start);
        OpenRouterBudgetSnapshot after = client.Budget.GetSnapshot();
        after.KeyLimitRemaining.Should().Be(2.50m, "3.00 read again, less the one call since");
        after.KeyLimitReadAt.Should().Be(Start + Interval);
        after.IsExceeded.Should().BeFalse();
    }

    [Fact]
    public async Task Calls_that_spend_are_refused_before_sending_once_the_remaining_limit_is_at_the_reserve_until_a_new_read_shows_more()
    {
        var server = new KeyAndChat { KeyRemaining = 1.25m, Cost = 0.75m };
        var clock = new ManualClock();
        using OpenRouterClient client = Client(server, clock, reserve: 0.50m);

        await client.CreateChatCompletionAsync(ChatRequest, Ct);
        Func<Task> refused = () => client.CreateChatCompletionAsync(ChatRequest, Ct);

        var e = (await refused.Should().ThrowAsync<OpenRouterBudgetExceededException>()).Which;
        e.KeyLimitRemaining.Should().Be(0.50m);
        e.Spent.Should().Be(0.75m, "the client's own spend is far below its 100 dollar limit");
        e.Message.Should().Contain("about US$0.50 is left").And.Contain("reserve of US$0.50").And.Contain("KeyLimitReserve")
            .And.Contain("refused before it was sent");
        client.Budget!.GetSnapshot().IsKeyLimitReached.Should().BeTrue();
        server.Paths.Should().HaveCount(2, "the refused call sent nothing");

        server.KeyRemaining = 20m;
        clock.Advance(Interval);
        await client.CreateChatCompletionAsync(ChatRequest, Ct);

        server.Paths.Skip(2).Should().Equal("/api/v1/key", "/api/v1/chat/completions");
        client.Budget.GetSnapshot().KeyLimitRemaining.Should().Be(19.25m);
    }

    [Fact]
    public async Task Streams_and_embeddings_read_the_key_and_are_refused_the_same_way()
    {
        var server = new KeyAndChat { KeyRemaining = 0.30m, Cost = 0.30m };
        var clock = new ManualClock();
        using OpenRouterClient client = Client(server, clock);

        await DrainAsync(client.StreamChatCompletionAsync(ChatRequest, Ct));
        Func<Task> stream = () => DrainAsync(client.StreamChatCompletionAsync(ChatRequest, Ct));
        Func<Task> embeddings = () => client.CreateEmbeddingsAsync(EmbeddingsCall, Ct);

        await stream.Should().ThrowAsync<OpenRouterBudgetExceededException>();
        await embeddings.Should().ThrowAsync<OpenRouterBudgetExceededException>();
        server.Paths.Should().Equal("/api/v1/key", "/api/v1/chat/completions");
        client.Budget!.GetSnapshot().KeyLimitRemaining.Should().Be(0m);
    }

    [Fact]
    public async Task A_key_without_a_limit_is_never_refused_by_the_watch()
    {
        var server = new KeyAndChat { KeyRemaining = null, Cost = 0.50m };
        using OpenRouterClient client = Client(server, new ManualClock(), reserve: 1000m);

        await client.CreateChatCompletionAsync(ChatRequest, Ct);
        await client.CreateChatCompletionAsync(ChatRequest, Ct);

        client.Budget!.GetSnapshot().KeyLimitRemaining.Should().BeNull();
        client.Budget.GetSnapshot().IsKeyLimitReached.Should().BeFalse();
        server.Paths.Count(p => p.EndsWith("/chat/completions", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public async Task A_failed_key_read_refuses_nothing_and_is_tried_again_only_after_the_interval()
    {
        var server = new KeyAndChat { KeyStatus = HttpStatusCode.Unauthorized, Cost = 0.10m };
        var clock = new ManualClock();
        using OpenRouterClient client = Client(server, clock, reserve: 1m);

        await client.CreateChatCompletionAsync(ChatRequest, Ct);
        await client.CreateChatCompletionAsync(ChatRequest, Ct);
        clock.Advance(Interval);
        server.KeyStatus = HttpStatusCode.OK;
        server.KeyRemaining = 0.90m;
        Func<Task> third = () => client.CreateChatCompletionAsync(ChatRequest, Ct);

        await third.Should().ThrowAsync<OpenRouterBudgetExceededException>("the read that worked shows less than the reserve");
        server.Paths.Should().Equal("/api/v1/key", "/api/v1/chat/completions", "/api/v1/chat/completions", "/api/v1/key");
    }

    [Fact]
    public async Task Concurrent_calls_when_a_read_is_due_make_one_read()
    {
        var server = new KeyAndChat { KeyRemaining = 50m, Cost = 0.01m };
        using OpenRouterClient client = Client(server, new ManualClock());

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.CreateChatCompletionAsync(ChatRequest, Ct)));

        server.Paths.Count(p => p.EndsWith("/key", StringComparison.Ordinal)).Should().Be(1);
        server.Paths.Count(p => p.EndsWith("/chat/completions", StringComparison.Ordinal)).Should().Be(40);
        client.Budget!.GetSnapshot().KeyLimitRemaining.Should().BeLessThanOrEqualTo(50m).And.BeGreaterThanOrEqualTo(49.60m);
    }

    [Fact]
    public async Task Without_an_interval_the_key_is_never_read()
    {
        var server = new KeyAndChat { KeyRemaining = 0m, Cost = 0.10m };
        var handler = new StubHandler().Respond(server.Answer);
        using OpenRouterClient client = TestClients.Create(handler, o => o.Budget = new OpenRouterBudget { Limit = 1m });

        await client.CreateChatCompletionAsync(ChatRequest, Ct);

        server.Paths.Should().Equal("/api/v1/chat/completions");
        client.Budget!.KeyLimitCheckInterval.Should().BeNull();
    }

    [Fact]
    public async Task The_watch_binds_from_configuration()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenRouter:ApiKey"] = TestClients.ApiKey,
            ["OpenRouter:Budget:Limit"] = "5",
            ["OpenRouter:Budget:KeyLimitCheckInterval"] = "00:05:00",
            ["OpenRouter:Budget:KeyLimitReserve"] = "0.25",
        }).Build();
        var services = new ServiceCollection();
        services.AddOpenRouter(configuration.GetSection("OpenRouter"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterBudgetGuard guard = provider.GetRequiredService<OpenRouterClient>().Budget!;

        guard.KeyLimitCheckInterval.Should().Be(TimeSpan.FromMinutes(5));
        guard.KeyLimitReserve.Should().Be(0.25m);
    }

    [Theory]
    [InlineData("00:00:00", null, "KeyLimitCheckInterval")]
    [InlineData("-00:01:00", null, "KeyLimitCheckInterval")]
    [InlineData(null, "-1", "KeyLimitReserve")]
    public void Bad_watch_settings_are_refused_naming_the_setting(string? interval, string? reserve, string setting)
    {
        var budget = new OpenRouterBudget
        {
            Limit = 1m,
            KeyLimitCheckInterval = interval is null ? null : TimeSpan.Parse(interval, CultureInfo.InvariantCulture),
            KeyLimitReserve = reserve is null ? 0m : decimal.Parse(reserve, CultureInfo.InvariantCulture),
        };

        Action create = () => new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestClients.ApiKey, Budget = budget }).Dispose();

        create.Should().Throw<ArgumentException>().WithMessage($"*OpenRouterClientOptions.Budget.{setting} (configuration key 'OpenRouter:Budget:{setting}')*");
    }

    private static OpenRouterClient Client(KeyAndChat server, ManualClock clock, decimal reserve = 0m) =>
        TestClients.Create(new StubHandler().Respond(server.Answer), o =>
        {
            o.TimeProvider = clock;
            o.Budget = new OpenRouterBudget { Limit = 100m, KeyLimitCheckInterval = Interval, KeyLimitReserve = reserve };
        });

    /// <summary>Answers <c>GET /key</c> with the current remaining limit, and chat, streams and embeddings with a cost.</summary>
    private sealed class KeyAndChat
    {
        private readonly object _gate = new();
        private readonly List<string> _paths = [];
        private readonly List<string?> _keyAuthorizations = [];

        public decimal? KeyRemaining { get; set; }

        public HttpStatusCode KeyStatus { get; set; } = HttpStatusCode.OK;

        public decimal Cost { get; set; }

        public IReadOnlyList<string> Paths
        {
            get
            {
                lock (_gate)
                {
                    return _paths.ToList();
                }
            }
        }

        public IReadOnlyList<string?> KeyAuthorizations
        {
            get
            {
                lock (_gate)
                {
                    return _keyAuthorizations.ToList();
                }
            }
        }

        public HttpResponseMessage Answer(HttpRequestMessage request)
        {
            string path = request.RequestUri!.AbsolutePath;
            lock (_gate)
            {
                _paths.Add(path);
                if (path.EndsWith("/key", StringComparison.Ordinal))
                {
                    _keyAuthorizations.Add(request.Headers.Authorization?.ToString());
                }
            }

            if (path.EndsWith("/key", StringComparison.Ordinal))
            {
                if (KeyStatus != HttpStatusCode.OK)
                {
                    return Json(KeyStatus, "{\"error\":{\"code\":401,\"message\":\"User not found.\"}}");
                }

                string remaining = KeyRemaining is { } r ? r.ToString(CultureInfo.InvariantCulture) : "null";
                string limit = KeyRemaining is null ? "null" : "25";
                return Json(HttpStatusCode.OK, "{\"data\":{\"label\":\"sk-or-v1-abc...xyz\",\"limit\":" + limit + ",\"limit_remaining\":" + remaining +
                    ",\"usage\":1.5,\"is_free_tier\":false,\"rate_limit\":{\"requests\":-1,\"interval\":\"10s\"}}}");
            }

            if (path.EndsWith("/embeddings", StringComparison.Ordinal))
            {
                return Json(HttpStatusCode.OK, EmbeddingsAnswer(Cost));
            }

            bool stream = request.Headers.Accept.Any(a => a.MediaType == "text/event-stream");
            if (stream)
            {
                var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(BudgetTestSupport.Stream(Cost)) };
                response.Content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
                return response;
            }

            return Json(HttpStatusCode.OK, Completion(Cost));
        }

        private static HttpResponseMessage Json(HttpStatusCode status, string body)
        {
            var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
            response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return response;
        }
    }
}
