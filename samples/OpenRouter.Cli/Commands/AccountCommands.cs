using System.CommandLine;
using System.Globalization;
using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

/// <summary><c>openrouter generation</c>, <c>key</c> and <c>credits</c>.</summary>
public static class AccountCommands
{
    /// <summary>The <c>generation</c> command.</summary>
    public static Command CreateGeneration(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Argument<string> id = CliOptions.RequiredText("id", "The generation's id (gen-...), as chat prints it.");
        Option<bool> json = CliOptions.Json();
        var command = new Command("generation", "Show what one generation cost and how long it took.") { id, json };
        command.SetAction(async (parse, ct) =>
        {
            await using CliConnection connection = await context.ConnectAsync(parse, ct);
            return await GenerationAsync(connection.Client, parse.GetValue(id)!.Trim(), parse.GetValue(json), context.Console, ct);
        });
        return command;
    }

    /// <summary>The <c>key</c> command.</summary>
    public static Command CreateKey(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Option<bool> json = CliOptions.Json();
        var command = new Command("key", "Show the API key's limit and usage (never the key).") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using CliConnection connection = await context.ConnectAsync(parse, ct);
            return await KeyAsync(connection.Client, parse.GetValue(json), context.Console, ct);
        });
        return command;
    }

    /// <summary>The <c>credits</c> command.</summary>
    public static Command CreateCredits(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Option<bool> json = CliOptions.Json();
        var command = new Command("credits", "Show the account's credits and usage.") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using CliConnection connection = await context.ConnectAsync(parse, ct);
            return await CreditsAsync(connection.Client, parse.GetValue(json), context.Console, ct);
        });
        return command;
    }

    /// <summary>Shows the stats of one generation.</summary>
    public static async Task<int> GenerationAsync(IOpenRouterClient client, string id, bool json, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(console);
        GenerationInfo generation;
        await using (new Spinner(console, "looking up " + id))
        {
            generation = await client.GetGenerationAsync(id, ct);
        }

        if (json)
        {
            await console.Out.WriteLineAsync(CliOutput.Json(generation));
            return CliApp.Success;
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
        return CliApp.Success;
    }

    /// <summary>Shows the calling key's limits and usage.</summary>
    public static async Task<int> KeyAsync(IOpenRouterClient client, bool json, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(console);
        KeyInfo key = await client.GetKeyInfoAsync(ct);
        if (json)
        {
            await console.Out.WriteLineAsync(CliOutput.Json(key));
            return CliApp.Success;
        }

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
        return CliApp.Success;
    }

    /// <summary>Shows the account's credits and usage.</summary>
    public static async Task<int> CreditsAsync(IOpenRouterClient client, bool json, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(console);
        CreditsInfo credits = await client.GetCreditsAsync(ct);
        if (json)
        {
            await console.Out.WriteLineAsync(CliOutput.Json(credits));
            return CliApp.Success;
        }

        await CliOutput.WriteRowsAsync(console.Out,
            ("Total credits (USD)", CliOutput.Money(credits.TotalCredits)),
            ("Total usage (USD)", CliOutput.Money(credits.TotalUsage)),
            ("Remaining (USD)", CliOutput.Money(credits.TotalCredits - credits.TotalUsage)));
        return CliApp.Success;
    }

}
