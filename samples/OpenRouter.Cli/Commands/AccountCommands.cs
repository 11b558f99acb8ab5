using System.Collections;
using System.Globalization;
using System.Reflection;
using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

// Compiled only with -p:OpenRouterHasAccountApi=true (see OpenRouter.Cli.csproj): it needs the SDK's catalog and
// account API (ListModelsAsync, GetGenerationAsync, GetKeyInfoAsync, GetCreditsAsync).

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

        await WritePropertiesAsync(console.Out, generation);
        return 0;
    }

    /// <summary>Shows the calling key's limits and usage.</summary>
    public static async Task<int> KeyAsync(IOpenRouterClient client, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(console);
        KeyInfo key = await client.GetKeyInfoAsync(ct);
        await WritePropertiesAsync(console.Out, key);
        return 0;
    }

    /// <summary>Shows the account's credits and usage.</summary>
    public static async Task<int> CreditsAsync(IOpenRouterClient client, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(console);
        CreditsInfo credits = await client.GetCreditsAsync(ct);
        await WritePropertiesAsync(console.Out, credits);
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

    /// <summary>Prints every simple public property as "Name: value"; the types carry their own naming.</summary>
    private static async Task WritePropertiesAsync(TextWriter output, object value)
    {
        PropertyInfo[] properties = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance);
        int width = properties.Max(p => p.Name.Length);
        foreach (PropertyInfo property in properties)
        {
            object? v = property.GetValue(value);
            if (v is null || (v is IEnumerable && v is not string))
            {
                continue;
            }

            string text = v is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : v.ToString() ?? string.Empty;
            await output.WriteLineAsync($"{property.Name.PadRight(width)}  {text}");
        }
    }
}
