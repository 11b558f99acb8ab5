using System.Net;
using FluentAssertions;
using Microsoft.Extensions.Logging;
using Xunit;
using static OpenRouter.Sdk.Tests.KeysArea.KeysTestSupport;

namespace OpenRouter.Sdk.Tests.KeysArea;

/// <summary>The plaintext of a created key reaches the caller once and nowhere else: not ToString, not the logs, not an error.</summary>
public sealed class CreatedKeySecrecyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void ToString_names_the_key_but_never_prints_its_plaintext()
    {
        var created = new CreatedApiKey { Key = KeysSpecExamples.CreatedKey, Data = new ApiKeyInfo { Name = "ci", Hash = "h1" } };

        string text = created.ToString();

        text.Should().Contain("ci").And.Contain("h1");
        text.Should().NotContain(KeysSpecExamples.CreatedKey).And.NotContain("d3558566");
    }

    [Fact]
    public async Task Creating_a_key_writes_no_log_record_with_its_plaintext()
    {
        var sink = new RecordingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(sink));
        using var client = new OpenRouterClient(new HttpClient(Answering(KeysSpecExamples.Create, HttpStatusCode.Created)),
            new OpenRouterClientOptions { ApiKey = ApiKey, ManagementKey = ManagementKey, EnableRetries = false, LoggerFactory = loggerFactory });

        CreatedApiKey created = await client.Keys.CreateKeyAsync(new CreateApiKeyRequest { Name = "ci" }, Ct);

        created.Key.Should().Be(KeysSpecExamples.CreatedKey);
        sink.Messages.Should().NotBeEmpty("the call is logged");
        sink.Messages.Should().NotContain(m => m.Contains("d3558566", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_201_that_cannot_be_read_fails_without_the_plaintext_in_the_exception()
    {
        string broken = KeysSpecExamples.Create.Replace("\"limit\":50,", "\"limit\":{\"oops\":1},", StringComparison.Ordinal);
        using OpenRouterClient client = Client(Answering(broken, HttpStatusCode.Created));

        Func<Task> call = () => client.Keys.CreateKeyAsync(new CreateApiKeyRequest { Name = "ci" }, Ct);

        OpenRouterInvalidResponseException e = (await call.Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which;
        e.ToString().Should().NotContain("d3558566");
        (e.ResponseBody ?? string.Empty).Should().NotContain("d3558566");
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(RecordingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Messages.Enqueue(formatter(state, exception) + " " + state + " " + exception);
        }
    }
}
