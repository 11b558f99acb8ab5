using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace OpenRouter.Sdk.IntegrationTests.Infrastructure;

/// <summary>
/// Captures every log record (any category, any level) with the packaged fake logger
/// (<see cref="FakeLoggerProvider"/> over a <see cref="FakeLogCollector"/>, from Microsoft.Extensions.Diagnostics.Testing).
/// It is both the provider (for <c>AddLogging(b =&gt; b.AddProvider(...))</c>) and a logger factory (for
/// <see cref="OpenRouterClientOptions.LoggerFactory"/>), and shows each record as text (message, structured values,
/// scopes and exception) so leak tests can search everything that was logged.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ILoggerFactory
{
    private readonly FakeLoggerProvider _provider;

    public CapturingLoggerProvider()
    {
        _provider = new FakeLoggerProvider(Collector);
    }

    /// <summary>The packaged collector holding every record.</summary>
    public FakeLogCollector Collector { get; } = new();

    /// <summary>The records so far, as text views of the collector's snapshot.</summary>
    public IReadOnlyList<LogRecord> Records => Collector.GetSnapshot().Select(LogRecord.From).ToArray();

    public ILogger CreateLogger(string categoryName) => _provider.CreateLogger(categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose() => _provider.Dispose();

    public IEnumerable<string> AllText() => Records.Select(r => r.ToString());

    public sealed record LogRecord(string Category, LogLevel Level, EventId EventId, string Message, string State, string? Exception, string Scopes)
    {
        public static LogRecord From(FakeLogRecord record) => new(
            record.Category ?? string.Empty,
            record.Level,
            record.Id,
            record.Message,
            Pairs(record.StructuredState) ?? record.State?.ToString() ?? string.Empty,
            record.Exception?.ToString(),
            string.Join(" / ", record.Scopes.Select(s => s is IEnumerable<KeyValuePair<string, object?>> kv
                ? string.Join(", ", kv.Select(p => $"{p.Key}={p.Value}"))
                : s?.ToString())));

        public override string ToString() => $"{Category} {Level} {EventId.Name}: {Message} | {State} | {Scopes} | {Exception}";

        private static string? Pairs(IReadOnlyList<KeyValuePair<string, string?>>? pairs) =>
            pairs is null ? null : string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"));
    }
}
