using System.Globalization;
using System.Text.Json;
using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

/// <summary><c>openrouter keys list|create|delete</c>: the account's API keys, through the management key.</summary>
public static class KeysCommands
{
    /// <summary>Validates a <c>keys</c> command line before anything starts, and returns the command to run.</summary>
    public static Func<Task<int>> Bind(CliArguments args, CliConsole console, CliEnvironment environment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        ManagementAccess.RejectKeyOnCommandLine(args);
        string action = args.Positional.Count > 0 ? args.Positional[0] : string.Empty;
        switch (action)
        {
            case "list":
            {
                args.AllowOnly("--include-disabled", "--json", "--site");
                NoMoreArguments(args, "keys list takes no arguments.");
                ManagementAccess access = ManagementAccess.From(args, environment);
                bool includeDisabled = args.Has("--include-disabled");
                bool json = args.Has("--json");
                return () => ListAsync(access, includeDisabled, json, console, ct);
            }

            case "create":
            {
                args.AllowOnly("--name", "--limit", "--limit-reset", "--expires-at", "--json", "--site");
                NoMoreArguments(args, "keys create takes its name as an option: openrouter keys create --name NAME");
                CreateApiKeyRequest request = CreateRequest(args);
                ManagementAccess access = ManagementAccess.From(args, environment);
                bool json = args.Has("--json");
                return () => CreateAsync(access, request, json, console, ct);
            }

            case "delete":
            {
                args.AllowOnly("--yes", "--site");
                if (args.Positional.Count != 2 || string.IsNullOrWhiteSpace(args.Positional[1]))
                {
                    throw new CliUsageException("keys delete takes one key hash (the HASH column of 'openrouter keys list').");
                }

                string hash = args.Positional[1].Trim();
                ManagementAccess access = ManagementAccess.From(args, environment);
                bool confirmed = args.Has("--yes");
                if (!confirmed && (console.In is null || !console.IsInputInteractive))
                {
                    throw new CliUsageException("keys delete asks for confirmation, but standard input is not a terminal: pass --yes to delete without asking. Nothing was deleted.");
                }

                return () => DeleteAsync(access, hash, confirmed, console, ct);
            }

            case "":
                throw new CliUsageException("keys takes list, create or delete, for example: openrouter keys list");
            default:
                throw new CliUsageException($"Unknown keys command '{action}': use list, create or delete.");
        }
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
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(keys, CliOutput.Indented));
            return 0;
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
        return 0;
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
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(created, CliOutput.Indented));
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
        return 0;
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
        return 0;
    }

    /// <summary>The request of <c>keys create</c>'s options.</summary>
    private static CreateApiKeyRequest CreateRequest(CliArguments args)
    {
        string name = args.Single("--name") is { } n && !string.IsNullOrWhiteSpace(n)
            ? n
            : throw new CliUsageException("keys create needs a name: openrouter keys create --name NAME");
        var request = new CreateApiKeyRequest { Name = name };
        if (args.Single("--limit") is { } limitText)
        {
            request.Limit = decimal.TryParse(limitText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal limit)
                ? limit
                : throw new CliUsageException($"--limit must be an amount of USD such as 5 or 12.50, not '{limitText}'.");
        }

        request.LimitReset = args.Single("--limit-reset") switch
        {
            null => (LimitResetInterval?)null,
            "daily" => LimitResetInterval.Daily,
            "weekly" => LimitResetInterval.Weekly,
            "monthly" => LimitResetInterval.Monthly,
            string other => throw new CliUsageException($"--limit-reset must be daily, weekly or monthly, not '{other}'."),
        };
        if (args.Single("--expires-at") is { } expiresText)
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

    private static void NoMoreArguments(CliArguments args, string message)
    {
        if (args.Positional.Count > 1)
        {
            throw new CliUsageException(message);
        }
    }
}
