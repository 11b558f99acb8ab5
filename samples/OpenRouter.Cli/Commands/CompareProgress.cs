using System.Globalization;

namespace OpenRouter.Cli.Commands;

/// <summary>Where one model of <c>compare</c> is, for the live status line; written by the model's task, read by the display.</summary>
/// <param name="Model">The model.</param>
public sealed class CompareProgress(string Model)
{
    private long _characters;
    private long _finishedTicks = -1;
    private string? _error;

    /// <summary>The model.</summary>
    public string Model { get; } = Model;

    /// <summary>When the request was sent (a <see cref="TimeProvider"/> timestamp).</summary>
    public long Started { get; set; }

    /// <summary>Counts characters of answer (or reasoning) received.</summary>
    public void Received(int characters) => Interlocked.Add(ref _characters, characters);

    /// <summary>Marks the model done after <paramref name="elapsed"/>, with <paramref name="error"/> when it failed.</summary>
    public void Finish(TimeSpan elapsed, string? error)
    {
        Volatile.Write(ref _error, error);
        Interlocked.Exchange(ref _finishedTicks, elapsed.Ticks);
    }

    /// <summary>The status line: waiting, streaming, done or failed, with the time so far.</summary>
    public string Describe(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        long finished = Interlocked.Read(ref _finishedTicks);
        long characters = Interlocked.Read(ref _characters);
        if (finished >= 0)
        {
            string took = Seconds(TimeSpan.FromTicks(finished));
            return Volatile.Read(ref _error) is { } error ? $"failed after {took}: {error}" : $"done in {took} ({characters} characters)";
        }

        string elapsed = Seconds(time.GetElapsedTime(Started));
        return characters == 0 ? $"waiting for the first token... {elapsed}" : $"streaming: {characters} characters, {elapsed}";
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
