using System.CommandLine;
using System.Globalization;
using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

/// <summary><c>openrouter keys list|create|delete</c>: the account's API keys, through the management key.</summary>
public static class KeysCommands
{
    /// <summary>The <c>keys</c> command and its <c>list</c>, <c>create</c> and <c>delete</c> subcommands.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var keys = new Command("keys", "List, create and delete the account's API keys (management key).");
        keys.Subcommands.Add(CreateList(context));
        keys.Subcommands.Add(CreateCreate(context));
        keys.Subcommands.Add(CreateDelete(context));
        keys.SetAction(RequireSubcommand);
        return keys;
    }

    private static int RequireSubcommand(ParseResult parse) =>
        throw new CliUsageException("keys takes list, create or delete, for example: openrouter keys list");

    private static Command CreateList(CliContext context)
    {
        var includeDisabled = new Option<bool>("--include-disabled") { Description = "List disabled keys too." };
        Option<bool> json = CliOptions.Json("Print the keys as JSON.");
        Option<string> site = OpenRouterSite.Option();
        var command = new Command("list", "List the API keys (never the keys themselves: their hash, name and label).") { includeDisabled, json, site };
        command.SetAction((parse, ct) =>
        {
            ManagementAccess access = ManagementAccess.From(context.Site(parse, site), "keys list", context.Environment);
            return ListAsync(access, parse.GetValue(includeDisabled), parse.GetValue(json), context.Console, ct);
        });
        return command;
    }

    private static Command CreateCreate(CliContext context)
    {
        Option<string> name = CliOptions.Text("--name", "NAME", "The key's name.");
        name.Required = true;
        Option<string> limit = CliOptions.Text("--limit", "USD", "A spending limit in USD, such as 5 or 12.50.");
        var limitReset = new Option<string>("--limit-reset") { Description = "When the limit resets.", HelpName = "daily|weekly|monthly" };
        limitReset.AcceptOnlyFromAmong("daily", "weekly", "monthly");
        Option<string> expiresAt = CliOptions.Text("--expires-at", "2026-12-31|2026-12-31T18:00:00Z", "When the key stops working (a date is midnight UTC).");
        Option<bool> json = CliOptions.Json("Print the created key as JSON.");
        Option<string> site = OpenRouterSite.Option();
        var command = new Command("create", "Create an API key and print it (the only time it can be seen).") { name, limit, limitReset, expiresAt, json, site };
        command.SetAction((parse, ct) =>
        {
            CreateApiKeyRequest request = CreateRequest(parse.GetValue(name)!, parse.GetValue(limit), parse.GetValue(limitReset), parse.GetValue(expiresAt));
            ManagementAccess access = ManagementAccess.From(context.Site(parse, site), "keys create", context.Environment);
            return CreateAsync(access, request, parse.GetValue(json), context.Console, ct);
        });
        return command;
    }

    private static Command CreateDelete(CliContext context)
    {
        Argument<string> hash = CliOptions.RequiredText("hash", "The key's hash (the HASH column of 'openrouter keys list').");
        var yes = new Option<bool>("--yes") { Description = "Delete without asking (needed when standard input is not a terminal)." };
        Option<string> site = OpenRouterSite.Option();
        var command = new Command("delete", "Delete an API key; requests made with it fail from then on.") { hash, yes, site };
        command.SetAction((parse, ct) =>
        {
            ManagementAccess access = ManagementAccess.From(context.Site(parse, site), "keys delete", context.Environment);
            bool confirmed = parse.GetValue(yes);
            CliConsole console = context.Console;
            if (!confirmed && (console.In is null || !console.IsInputInteractive))
            {
                throw new CliUsageException("keys delete asks for confirmation, but standard input is not a terminal: pass --yes to delete without asking. Nothing was deleted.");
            }

            return DeleteAsync(access, parse.GetValue(hash)!.Trim(), confirmed, console, ct);
        });
        return command;
    }

    /// <summary>Lists the keys as a table, or as JSON.</summary>
    public static async Task<int> ListAsync(ManagementAccess access, bool includeDisabled, bool json, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(console);
        using OpenRouterClient client = access.CreateClient();
        var keys = new List<ApiKeyInfo>();
        await using (new Spinner(console, "loading keys"))
        {
            await foreach (ApiKeyInfo key in client.Keys.ListKeysAsync(new ApiKeyListQuery { IncludeDisabled = includeDisabled }, ct))
            {
                keys.Add(key);
            }
        }

        if (json)
        {
            await console.Out.WriteLineAsync(CliOutput.Json(keys));
            return CliApp.Success;
        }

        var table = new List<string[]> { new[] { "HASH", "NAME", "LABEL", "LIMIT $", "USAGE $", "RESET", "EXPIRES", "DISABLED" } };
        table.AddRange(keys.Select(k => new[]
        {
            k.Hash,
            k.Name,
            k.Label,
            k.Limit is decimal limit ? CliOutput.Money(limit) : "none",
            CliOutput.Money(k.Usage),
            k.LimitReset?.Value ?? "never",
            k.ExpiresAt is { } expires ? CliOutput.Time(expires) : "never",
            k.Disabled ? "yes" : "no",
        }));
        await CliOutput.WriteTableAsync(console.Out, table, 3, 4);
        await console.Error.WriteLineAsync($"{keys.Count} key{(keys.Count == 1 ? "" : "s")}{(includeDisabled ? "" : " (disabled keys left out; --include-disabled lists them)")}");
        return CliApp.Success;
    }

    /// <summary>Creates a key and prints it, the only time it can be seen.</summary>
    public static async Task<int> CreateAsync(ManagementAccess access, CreateApiKeyRequest request, bool json, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(console);
        using OpenRouterClient client = access.CreateClient();
        CreatedApiKey created = await client.Keys.CreateKeyAsync(request, ct);
        ApiKeyInfo info = created.Data;
        if (json)
        {
            await console.Out.WriteLineAsync(CliOutput.Json(created));
        }
        else
        {
            await CliOutput.WriteRowsAsync(console.Out,
                ("Name", info.Name),
                ("Hash", info.Hash),
                ("Label", info.Label),
                ("Limit (USD)", info.Limit is decimal limit ? CliOutput.Money(limit) : "none"),
                ("Limit reset", info.LimitReset?.Value ?? "never"),
                ("Expires", info.ExpiresAt is { } expires ? CliOutput.Time(expires) : "never"),
                ("Key", created.Key));
        }

        await console.Error.WriteLineAsync("The key is shown only this once: OpenRouter keeps only its hash. Store it in a secret store now.");
        return CliApp.Success;
    }

    /// <summary>Deletes a key, after asking unless <paramref name="confirmed"/>.</summary>
    public static async Task<int> DeleteAsync(ManagementAccess access, string hash, bool confirmed, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(console);
        using OpenRouterClient client = access.CreateClient();
        if (!confirmed)
        {
            ApiKeyInfo key = await client.Keys.GetKeyAsync(hash, ct);
            await console.Error.WriteAsync($"Delete the key '{key.Name}' ({key.Label})? Requests made with it will fail from then on. [y/N] ");
            await console.Error.FlushAsync(ct);
            string? answer = (await console.ReadLineAsync(ct))?.Trim();
            if (!string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) && !string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliFailureException("not deleted.");
            }
        }

        await client.Keys.DeleteKeyAsync(hash, ct);
        await console.Out.WriteLineAsync($"Deleted key {hash}");
        return CliApp.Success;
    }

    /// <summary>The request of <c>keys create</c>'s options.</summary>
    private static CreateApiKeyRequest CreateRequest(string name, string? limitText, string? limitReset, string? expiresText)
    {
        var request = new CreateApiKeyRequest { Name = name };
        if (limitText is not null)
        {
            request.Limit = decimal.TryParse(limitText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal limit)
                ? limit
                : throw new CliUsageException($"--limit must be an amount of USD such as 5 or 12.50, not '{limitText}'.");
        }

        request.LimitReset = limitReset switch
        {
            null => (LimitResetInterval?)null,
            "daily" => LimitResetInterval.Daily,
            "weekly" => LimitResetInterval.Weekly,
            "monthly" => LimitResetInterval.Monthly,
            string other => throw new CliUsageException($"--limit-reset must be daily, weekly or monthly, not '{other}'."),
        };
        if (expiresText is not null)
        {
            request.ExpiresAt = ParseExpiry(expiresText);
        }

        return request;
    }

    /// <summary>A date (midnight UTC) or a timestamp; one without an offset is UTC.</summary>
    private static DateTimeOffset ParseExpiry(string text)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime day))
        {
            return new DateTimeOffset(day, TimeSpan.Zero);
        }

        return text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset at)
            ? at
            : throw new CliUsageException($"--expires-at must be a date (2026-12-31, midnight UTC) or a timestamp (2026-12-31T18:00:00Z), not '{text}'.");
    }
}
