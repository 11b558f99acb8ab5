using System.CommandLine;
using System.Globalization;
using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

/// <summary><c>openrouter activity</c>: spend, requests and tokens per day, model and provider over the last 30 days, through the management key.</summary>
public static class ActivityCommand
{
    /// <summary>The <c>activity</c> command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Option<string> date = CliOptions.Text("--date", "YYYY-MM-DD", "One UTC day of the last 30 (default: all of them).");
        Option<bool> json = CliOptions.Json("Print the rows as JSON.");
        Option<string> site = OpenRouterSite.Option();
        var command = new Command("activity", "Spend, requests and tokens per day, model and provider over the last 30 days (management key).") { date, json, site };
        command.SetAction((parse, ct) =>
        {
            var query = new ActivityQuery();
            if (parse.GetValue(date) is { } dateText)
            {
                query.Date = DateTime.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime day)
                    ? DateTime.SpecifyKind(day, DateTimeKind.Utc)
                    : throw new CliUsageException($"--date must be a UTC day such as 2026-08-24, not '{dateText}'.");
            }

            ManagementAccess access = ManagementAccess.From(context.Site(parse, site), "activity", context.Environment);
            return RunAsync(access, query, parse.GetValue(json), context.Console, ct);
        });
        return command;
    }

    /// <summary>Prints the activity as a table (or JSON), with totals on standard error.</summary>
    public static async Task<int> RunAsync(ManagementAccess access, ActivityQuery query, bool json, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(console);
        using OpenRouterClient client = access.CreateClient();
        IReadOnlyList<ActivityItem> items;
        await using (new Spinner(console, "loading activity"))
        {
            items = await client.Activity.GetActivityAsync(query, ct);
        }

        List<ActivityItem> rows = items
            .OrderBy(i => i.Date)
            .ThenBy(i => i.Model, StringComparer.Ordinal)
            .ThenBy(i => i.ProviderName, StringComparer.Ordinal)
            .ToList();
        if (json)
        {
            await console.Out.WriteLineAsync(CliOutput.Json(rows));
            return CliApp.Success;
        }

        var table = new List<string[]> { new[] { "DATE", "MODEL", "PROVIDER", "REQUESTS", "PROMPT", "COMPLETION", "REASONING", "SPEND $" } };
        table.AddRange(rows.Select(i => new[]
        {
            i.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            i.Model,
            i.ProviderName,
            CliOutput.Count(i.Requests),
            CliOutput.Count(i.PromptTokens),
            CliOutput.Count(i.CompletionTokens),
            CliOutput.Count(i.ReasoningTokens),
            CliOutput.Money(i.Usage),
        }));
        await CliOutput.WriteTableAsync(console.Out, table, 3, 4, 5, 6, 7);
        await console.Error.WriteLineAsync(rows.Count == 0
            ? "No activity (OpenRouter reports the last 30 completed UTC days)."
            : $"{rows.Count} row{(rows.Count == 1 ? "" : "s")} · {CliOutput.Count(rows.Sum(i => i.Requests))} requests · ${CliOutput.Money(rows.Sum(i => i.Usage))} spent");
        return CliApp.Success;
    }
}
