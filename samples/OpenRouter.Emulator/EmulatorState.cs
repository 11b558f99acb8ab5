using System.Collections.Concurrent;
using System.Globalization;

namespace OpenRouter.Emulator;

/// <summary>What the emulator remembers about one generation, for <c>GET /generation</c>.</summary>
public sealed record GenerationRecord(string Id, string Model, string Provider, DateTimeOffset CreatedAt, bool Streamed, bool Cancelled,
    string? FinishReason, int PromptTokens, int CompletionTokens, decimal Cost, string? User)
{
    /// <summary>The kind of call (<c>api_type</c>): <c>completions</c>, or <c>embeddings</c>.</summary>
    public string ApiType { get; init; } = "completions";
}

/// <summary>The generations served and the money spent, shared by all requests of one emulator.</summary>
public sealed class EmulatorState
{
    private readonly ConcurrentDictionary<string, GenerationRecord> _generations = new(StringComparer.Ordinal);
    private long _sequence;
    private long _usageIn1e8Usd;
    private int _freeModelRequests;
    private DateOnly _freeModelRequestsDay;

    /// <summary>Creates the state.</summary>
    internal EmulatorState(OpenRouterEmulatorOptions options, TimeProvider timeProvider)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        TimeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    /// <summary>The emulator's settings.</summary>
    public OpenRouterEmulatorOptions Options { get; }

    /// <summary>The clock for <c>created</c> timestamps.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Everything spent so far, in USD.</summary>
    public decimal TotalUsage => Interlocked.Read(ref _usageIn1e8Usd) / 100_000_000m;

    /// <summary>A new generation id in OpenRouter's shape, <c>gen-&lt;unix&gt;-&lt;20 characters&gt;</c>.</summary>
    internal string NextGenerationId(long created) =>
        string.Create(CultureInfo.InvariantCulture, $"gen-{created}-emulator{Interlocked.Increment(ref _sequence):D12}");

    /// <summary>Records a finished generation and charges its cost.</summary>
    internal void Record(GenerationRecord generation)
    {
        ArgumentNullException.ThrowIfNull(generation);
        _generations[generation.Id] = generation;
        Interlocked.Add(ref _usageIn1e8Usd, (long)decimal.Round(generation.Cost * 100_000_000m));
    }

    /// <summary>The requests to <c>:free</c> model variants served this UTC day (<c>GET /key</c>'s <c>free_model_daily_requests.used</c>).</summary>
    public int FreeModelRequestsToday
    {
        get
        {
            lock (_generations)
            {
                return _freeModelRequestsDay == Today ? _freeModelRequests : 0;
            }
        }
    }

    /// <summary>Counts one request to a <c>:free</c> model variant.</summary>
    internal void CountFreeModelRequest()
    {
        lock (_generations)
        {
            DateOnly today = Today;
            _freeModelRequests = _freeModelRequestsDay == today ? _freeModelRequests + 1 : 1;
            _freeModelRequestsDay = today;
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(TimeProvider.GetUtcNow().UtcDateTime);

    /// <summary>Every generation served so far, for the activity of the account.</summary>
    public IReadOnlyCollection<GenerationRecord> Generations => _generations.Values.ToArray();

    /// <summary>Finds a generation by id.</summary>
    public GenerationRecord? Find(string id) => _generations.TryGetValue(id, out GenerationRecord? record) ? record : null;
}
