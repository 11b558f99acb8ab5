using System;
using System.Collections;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Logging;

/// <summary>
/// The client's logger: every record passes through <see cref="SecretRedactor"/> before it reaches the application's
/// logger. Records carry text a server chose (the generation id from <c>X-Generation-Id</c> or a stream's chunks,
/// <c>error.code</c>), and a server may echo a key there (the API key or the management key). A record whose text values hold no secret goes through
/// untouched (the same state object); one that does is replaced by a copy with the secret removed from both its
/// values and its message.
/// </summary>
internal sealed class RedactingLogger : ILogger
{
    private readonly ILogger _inner;
    private readonly ClientSecrets _secrets;

    private RedactingLogger(ILogger inner, ClientSecrets secrets)
    {
        _inner = inner;
        _secrets = secrets;
    }

    /// <summary>The logger that writes to <paramref name="inner"/> without either of <paramref name="secrets"/>; a no-op logger for null.</summary>
    public static ILogger Wrap(ILogger? inner, ClientSecrets secrets) =>
        inner is null ? NullLogger.Instance : new RedactingLogger(inner, Argument.NotNull(secrets));

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => _inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => _inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is IReadOnlyList<KeyValuePair<string, object?>> values)
        {
            KeyValuePair<string, object?>[]? cleaned = Clean(values);
            if (cleaned is null)
            {
                _inner.Log(logLevel, eventId, state, exception, formatter);
                return;
            }

            string message = SecretRedactor.Redact(formatter(state, exception), _secrets);
            _inner.Log(logLevel, eventId, new RedactedState(cleaned, message), exception, RedactedState.Format);
            return;
        }

        // A state of another shape: only its text can be cleaned.
        string text = formatter(state, exception);
        string redacted = SecretRedactor.Redact(text, _secrets);
        if (ReferenceEquals(text, redacted))
        {
            _inner.Log(logLevel, eventId, state, exception, formatter);
        }
        else
        {
            _inner.Log(logLevel, eventId, new RedactedState(Array.Empty<KeyValuePair<string, object?>>(), redacted), exception, RedactedState.Format);
        }
    }

    /// <summary>The values with secrets removed from their text, or null when there was nothing to remove.</summary>
    private KeyValuePair<string, object?>[]? Clean(IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        KeyValuePair<string, object?>[]? cleaned = null;
        for (int i = 0; i < values.Count; i++)
        {
            KeyValuePair<string, object?> pair = values[i];
            if (pair.Value is not string text || pair.Key == "{OriginalFormat}")
            {
                continue;
            }

            string redacted = SecretRedactor.Redact(text, _secrets);
            if (ReferenceEquals(text, redacted))
            {
                continue;
            }

            if (cleaned is null)
            {
                cleaned = new KeyValuePair<string, object?>[values.Count];
                for (int j = 0; j < values.Count; j++)
                {
                    cleaned[j] = values[j];
                }
            }

            cleaned[i] = new KeyValuePair<string, object?>(pair.Key, redacted);
        }

        return cleaned;
    }

    /// <summary>A record's values and message after redaction; structured loggers read it like the original state.</summary>
    private sealed class RedactedState : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public static readonly Func<RedactedState, Exception?, string> Format = static (s, _) => s._message;

        private readonly KeyValuePair<string, object?>[] _values;
        private readonly string _message;

        public RedactedState(KeyValuePair<string, object?>[] values, string message)
        {
            _values = values;
            _message = message;
        }

        public int Count => _values.Length;

        public KeyValuePair<string, object?> this[int index] => _values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => _message;
    }
}
