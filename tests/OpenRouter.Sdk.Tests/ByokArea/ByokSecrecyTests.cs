using System.Collections.Concurrent;
using System.Net;
using FluentAssertions;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;

namespace OpenRouter.Sdk.Tests.ByokArea;

/// <summary>The provider key sent to create or rotate a credential reaches the request body and nowhere else.</summary>
public sealed class ByokSecrecyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void ToString_of_a_create_request_names_the_provider_but_never_prints_the_key()
    {
        var request = new CreateByokKeyRequest { Provider = ByokProviderSlug.OpenAI, Key = ByokSpecExamples.SecretKey, Name = "prod" };

        string text = request.ToString();

        text.Should().Contain("openai").And.Contain("prod");
        text.Should().NotContain(ByokSpecExamples.SecretKey).And.NotContain("very-secret");
    }

    [Fact]
    public void ToString_of_an_update_request_says_the_key_changes_but_never_prints_it()
    {
        string rotated = new UpdateByokKeyRequest { Key = ByokSpecExamples.SecretKey }.ToString();
        string kept = new UpdateByokKeyRequest { Name = "n" }.ToString();

        rotated.Should().NotContain("very-secret").And.Contain("not printed");
        kept.Should().Contain("unchanged");
    }

    [Theory]
    [InlineData(HttpStatusCode.Created, """{"data":{"id":"k1","provider":"openai","label":"sk-...AbCd"}}""")]
    [InlineData(HttpStatusCode.BadRequest, """{"error":{"code":400,"message":"Invalid request parameters"}}""")]
    public async Task Creating_a_credential_writes_no_log_record_or_error_with_the_key(HttpStatusCode status, string answer)
    {
        var sink = new RecordingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(sink));
        var handler = new QueueHandler(answer) { Status = status };
        using var client = new OpenRouterClient(new HttpClient(handler),
            new OpenRouterClientOptions { ApiKey = ApiKey, ManagementKey = ManagementKey, EnableRetries = false, LoggerFactory = loggerFactory });

        string error = string.Empty;
        try
        {
            await client.Byok.CreateAsync(new CreateByokKeyRequest { Provider = ByokProviderSlug.OpenAI, Key = ByokSpecExamples.SecretKey }, Ct);
        }
        catch (OpenRouterException e)
        {
            error = e.ToString();
        }

        handler.Bodies[0].Should().Contain(ByokSpecExamples.SecretKey, "the key is sent to OpenRouter");
        sink.Messages.Should().NotBeEmpty("the call is logged");
        sink.Messages.Should().NotContain(m => m.Contains("very-secret", StringComparison.Ordinal));
        error.Should().NotContain("very-secret");
        (status == HttpStatusCode.BadRequest).Should().Be(error.Length > 0, "only the refused call fails");
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

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
