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
        await WriteTableAsync(console.Out, table);
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

        await WriteRowsAsync(console.Out,
            ("Id", generation.Id),
            ("Model", generation.Model),
            ("Provider", generation.ProviderName),
            ("Created", generation.CreatedAt?.ToString("u", CultureInfo.InvariantCulture)),
            ("Total cost (USD)", Money(generation.TotalCost)),
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
        await WriteRowsAsync(console.Out,
            ("Label", key.Label),
            ("Limit (USD)", key.Limit is decimal limit ? Money(limit) : "none"),
            ("Limit remaining (USD)", key.LimitRemaining is decimal remaining ? Money(remaining) : "unlimited"),
            ("Limit reset", key.LimitReset?.Value),
            ("Usage (USD)", Money(key.Usage)),
            ("Usage today (USD)", key.UsageDaily is decimal daily ? Money(daily) : null),
            ("Usage this month (USD)", key.UsageMonthly is decimal monthly ? Money(monthly) : null),
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
        await WriteRowsAsync(console.Out,
            ("Total credits (USD)", Money(credits.TotalCredits)),
            ("Total usage (USD)", Money(credits.TotalUsage)),
            ("Remaining (USD)", Money(credits.TotalCredits - credits.TotalUsage)));
        return 0;
    }

    private static string PerMillion(decimal? perToken) =>
        perToken is decimal p ? (p * 1_000_000m).ToString("0.####", CultureInfo.InvariantCulture) : "-";

    private static async Task WriteTableAsync(TextWriter output, List<string[]> rows)
    {
        int[] widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (string[] row in rows)
        {
            await output.WriteLineAsync(string.Join("  ", row.Select((cell, c) => c is 1 or 2 or 3 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
        }
    }

    private static string Money(decimal value) => value.ToString("0.########", CultureInfo.InvariantCulture);

    /// <summary>Prints "Label  value" rows, skipping values the server did not send.</summary>
    private static async Task WriteRowsAsync(TextWriter output, params (string Label, string? Value)[] rows)
    {
        int width = rows.Max(r => r.Label.Length);
        foreach ((string label, string? value) in rows)
        {
            if (value is not null)
            {
                await output.WriteLineAsync($"{label.PadRight(width)}  {value}");
            }
        }
    }
}
