using System.Globalization;
using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

/// <summary><c>openrouter models</c>, <c>generation</c>, <c>key</c> and <c>credits</c>.</summary>
public static class AccountCommands
{
    /// <summary>Lists models as a table, cheapest first by default, optionally only those supporting a parameter.</summary>
    public static async Task<int> ModelsAsync(IOpenRouterClient client, string sort, string? supports, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(console);
        IReadOnlyList<ModelInfo> models;
        await using (new Spinner(console, "loading models"))
        {
            models = await client.ListModelsAsync(cancellationToken: ct);
        }

        IEnumerable<ModelInfo> rows = supports is null
            ? models
            : models.Where(m => m.SupportedParameters is not null && m.SupportedParameters.Any(p => string.Equals(p.ToString(), supports, StringComparison.OrdinalIgnoreCase)));
        rows = sort switch
        {
            "context" => rows.OrderByDescending(m => m.ContextLength).ThenBy(m => m.Id, StringComparer.Ordinal),
            "name" => rows.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase),
            _ => rows.OrderBy(m => m.Pricing.Prompt).ThenBy(m => m.Pricing.Completion).ThenBy(m => m.Id, StringComparer.Ordinal),
        };

        var table = new List<string[]> { new[] { "MODEL", "$/M IN", "$/M OUT", "CONTEXT", "NAME" } };
        table.AddRange(rows.Select(m => new[]
        {
            m.Id,
            PerMillion(m.Pricing.Prompt),
            PerMillion(m.Pricing.Completion),
            string.Format(CultureInfo.InvariantCulture, "{0:N0}", m.ContextLength),
            m.Name ?? string.Empty,
        }));
        await CliOutput.WriteTableAsync(console.Out, table, 1, 2, 3);
        await console.Error.WriteLineAsync($"{table.Count - 1} of {models.Count} models");
        return 0;
    }

    /// <summary>Shows the stats of one generation.</summary>
    public static async Task<int> GenerationAsync(IOpenRouterClient client, string id, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(console);
        GenerationInfo generation;
        await using (new Spinner(console, "looking up " + id))
        {
            generation = await client.GetGenerationAsync(id, ct);
        }

        await CliOutput.WriteRowsAsync(console.Out,
            ("Id", generation.Id),
            ("Model", generation.Model),
            ("Provider", generation.ProviderName),
            ("Created", generation.CreatedAt?.ToString("u", CultureInfo.InvariantCulture)),
            ("Total cost (USD)", CliOutput.Money(generation.TotalCost)),
            ("Prompt tokens", generation.NativeTokensPrompt?.ToString(CultureInfo.InvariantCulture)),
            ("Completion tokens", generation.NativeTokensCompletion?.ToString(CultureInfo.InvariantCulture)),
            ("Reasoning tokens", generation.NativeTokensReasoning?.ToString(CultureInfo.InvariantCulture)),
            ("Finish reason", generation.FinishReason?.Value),
            ("Latency (ms)", generation.Latency?.ToString(CultureInfo.InvariantCulture)),
            ("Generation time (ms)", generation.GenerationTime?.ToString(CultureInfo.InvariantCulture)),
            ("Streamed", generation.Streamed?.ToString()),
            ("BYOK", generation.IsByok?.ToString()));
        return 0;
    }

    /// <summary>Shows the calling key's limits and usage.</summary>
    public static async Task<int> KeyAsync(IOpenRouterClient client, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(console);
        KeyInfo key = await client.GetKeyInfoAsync(ct);
        await CliOutput.WriteRowsAsync(console.Out,
            ("Label", key.Label),
            ("Limit (USD)", key.Limit is decimal limit ? CliOutput.Money(limit) : "none"),
            ("Limit remaining (USD)", key.LimitRemaining is decimal remaining ? CliOutput.Money(remaining) : "unlimited"),
            ("Limit reset", key.LimitReset?.Value),
            ("Usage (USD)", CliOutput.Money(key.Usage)),
            ("Usage today (USD)", key.UsageDaily is decimal daily ? CliOutput.Money(daily) : null),
            ("Usage this month (USD)", key.UsageMonthly is decimal monthly ? CliOutput.Money(monthly) : null),
            ("Free tier", key.IsFreeTier.ToString()),
            ("Management key", key.IsManagementKey?.ToString()),
            ("Expires", key.ExpiresAt?.ToString("u", CultureInfo.InvariantCulture)));
        return 0;
    }

    /// <summary>Shows the account's credits and usage.</summary>
    public static async Task<int> CreditsAsync(IOpenRouterClient client, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(console);
        CreditsInfo credits = await client.GetCreditsAsync(ct);
        await CliOutput.WriteRowsAsync(console.Out,
            ("Total credits (USD)", CliOutput.Money(credits.TotalCredits)),
            ("Total usage (USD)", CliOutput.Money(credits.TotalUsage)),
            ("Remaining (USD)", CliOutput.Money(credits.TotalCredits - credits.TotalUsage)));
        return 0;
    }

    private static string PerMillion(decimal? perToken) =>
        perToken is decimal p ? (p * 1_000_000m).ToString("0.####", CultureInfo.InvariantCulture) : "-";
}
