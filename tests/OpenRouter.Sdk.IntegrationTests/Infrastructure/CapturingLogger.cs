using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Sdk.IntegrationTests.Infrastructure;

/// <summary>Keeps every log record (any category, any level) as text: message, structured values, scopes and exception.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ILoggerFactory
{
    public ConcurrentQueue<LogRecord> Records { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    public IEnumerable<string> AllText() => Records.Select(r => r.ToString());

    public sealed record LogRecord(string Category, LogLevel Level, EventId EventId, string Message, string State, string? Exception, string Scopes)
    {
        public override string ToString() => $"{Category} {Level} {EventId.Name}: {Message} | {State} | {Scopes} | {Exception}";
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        private readonly AsyncLocal<List<object?>> _scopes = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            var list = _scopes.Value ??= new List<object?>();
            list.Add(state);
            return new Pop(list);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            string values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : state?.ToString() ?? string.Empty;
            string scopes = string.Join(" / ", (_scopes.Value ?? new List<object?>()).Select(s => s is IEnumerable<KeyValuePair<string, object?>> kv
                ? string.Join(", ", kv.Select(p => $"{p.Key}={p.Value}"))
                : s?.ToString()));
            owner.Records.Enqueue(new LogRecord(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString(), scopes));
        }

        private sealed class Pop(List<object?> list) : IDisposable
        {
            public void Dispose()
            {
                if (list.Count > 0)
                {
                    list.RemoveAt(list.Count - 1);
                }
            }
        }
    }
}
