using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;
using static OpenRouter.Sdk.Tests.ObservabilityArea.ObservabilitySpecExamples;

namespace OpenRouter.Sdk.Tests.ObservabilityArea;

/// <summary>A destination's config holds the service's credentials: they reach the request body and nowhere else.</summary>
public sealed class ObservabilitySecrecyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject SecretConfig() => new() { ["baseUrl"] = "https://us.cloud.langfuse.com", ["publicKey"] = "pk-lf-public", ["secretKey"] = SecretKey };

    [Fact]
    public void ToString_of_a_create_request_names_the_type_and_name_but_never_prints_the_config()
    {
        var request = new CreateObservabilityDestinationRequest { Type = ObservabilityDestinationType.Langfuse, Name = "prod traces", Config = SecretConfig() };

        string text = request.ToString();

        text.Should().Contain("langfuse").And.Contain("prod traces").And.Contain("not printed");
        text.Should().NotContain("very-secret").And.NotContain("pk-lf-public");
    }

    [Fact]
    public void ToString_of_an_update_request_says_whether_the_config_changes_but_never_prints_it()
    {
        string changed = new UpdateObservabilityDestinationRequest { Name = "n", Config = SecretConfig() }.ToString();
        string kept = new UpdateObservabilityDestinationRequest { Name = "n" }.ToString();

        changed.Should().NotContain("very-secret").And.Contain("not printed");
        kept.Should().Contain("unchanged").And.Contain("n");
    }

    [Fact]
    public async Task ToString_of_a_destination_leaves_out_its_config()
    {
        const string answer = """
            {"data":{"id":"d1","type":"langfuse","name":"Production Langfuse","enabled":true,
             "config":{"publicKey":"pk-lf-public","secretKey":"sk-lf-0123-very-secret-langfuse-key"}}}
            """;
        using OpenRouterClient client = Client(new QueueHandler(answer));

        ObservabilityDestination destination = await client.Observability.GetAsync("d1", Ct);
        string text = destination.ToString();

        destination.Config!["secretKey"].GetString().Should().Be(SecretKey, "the value is there to read");
        text.Should().Contain("d1").And.Contain("langfuse").And.Contain("Production Langfuse");
        text.Should().NotContain("very-secret").And.NotContain("pk-lf-public");
    }

    [Fact]
    public void The_debugger_does_not_show_the_config_of_a_request()
    {
        static bool Hidden(Type type) => type.GetProperty("Config")!.GetCustomAttributes(typeof(System.Diagnostics.DebuggerBrowsableAttribute), false)
            .Cast<System.Diagnostics.DebuggerBrowsableAttribute>().Any(a => a.State == System.Diagnostics.DebuggerBrowsableState.Never);

        Hidden(typeof(CreateObservabilityDestinationRequest)).Should().BeTrue();
        Hidden(typeof(UpdateObservabilityDestinationRequest)).Should().BeTrue();
    }

    [Theory]
    [InlineData(HttpStatusCode.Created, """{"data":{"id":"d1","type":"langfuse","config":{"secretKey":"sk-l...AbCd"}}}""")]
    [InlineData(HttpStatusCode.BadRequest, """{"error":{"code":400,"message":"Invalid request parameters"}}""")]
    public async Task Creating_or_updating_a_destination_writes_no_log_record_or_error_with_its_secrets(HttpStatusCode status, string answer)
    {
        var sink = new RecordingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(sink));
        var handler = new QueueHandler(answer) { Status = status };
        using var client = new OpenRouterClient(new HttpClient(handler),
            new OpenRouterClientOptions { ApiKey = ApiKey, ManagementKey = ManagementKey, EnableRetries = false, LoggerFactory = loggerFactory });

        var errors = new List<string>();
        try
        {
            await client.Observability.CreateAsync(new CreateObservabilityDestinationRequest { Type = ObservabilityDestinationType.Langfuse, Name = "n", Config = SecretConfig() }, Ct);
        }
        catch (OpenRouterException e)
        {
            errors.Add(e.ToString());
        }

        try
        {
            await client.Observability.UpdateAsync("d1", new UpdateObservabilityDestinationRequest { Config = SecretConfig() }, Ct);
        }
        catch (OpenRouterException e)
        {
            errors.Add(e.ToString());
        }

        handler.Bodies.Should().HaveCount(2).And.OnlyContain(b => b!.Contains(SecretKey), "the secret is sent to OpenRouter");
        sink.Messages.Should().NotBeEmpty("the calls are logged");
        sink.Messages.Should().NotContain(m => m.Contains("very-secret", StringComparison.Ordinal));
        errors.Should().HaveCount(status == HttpStatusCode.BadRequest ? 2 : 0, "only refused calls fail").And.NotContain(e => e.Contains("very-secret", StringComparison.Ordinal));
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
