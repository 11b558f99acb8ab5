using System.CommandLine;
using System.Globalization;
using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

/// <summary><c>openrouter models</c>: the catalog as a table; <c>models compare</c> puts some models side by side.</summary>
public static class ModelsCommand
{
    /// <summary>The <c>models</c> command and its <c>compare</c> subcommand.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sort = new Option<string>("--sort")
        {
            Description = "Order by price (cheapest first), context (largest first) or name.",
            HelpName = "price|context|name",
            DefaultValueFactory = _ => "price",
        };
        sort.AcceptOnlyFromAmong("price", "context", "name");
        Option<string> supports = CliOptions.Text("--supports", "PARAMETER", "Only models that support this request parameter (tools, reasoning, response_format, ...).");
        Option<bool> json = CliOptions.Json("Print the models as JSON.");
        var command = new Command("models", "List the models, cheapest first.") { sort, supports, json };
        command.Subcommands.Add(ModelsCompareCommand.Create(context));
        command.SetAction(async (parse, ct) =>
        {
            await using CliConnection connection = await context.ConnectAsync(parse, ct);
            return await ListAsync(connection.Client, parse.GetValue(sort)!, parse.GetValue(supports), parse.GetValue(json), context.Console, ct);
        });
        return command;
    }

    /// <summary>Lists models as a table, cheapest first by default, optionally only those supporting a parameter.</summary>
    public static async Task<int> ListAsync(IOpenRouterClient client, string sort, string? supports, bool json, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(console);
        IReadOnlyList<ModelInfo> models;
        await using (new Spinner(console, "loading models"))
        {
            models = await client.ListModelsAsync(cancellationToken: ct);
        }

        IEnumerable<ModelInfo> rows = supports is null ? models : models.Where(m => m.SupportsParameter(supports));
        rows = sort switch
        {
            "context" => rows.OrderByDescending(m => m.ContextLength).ThenBy(m => m.Id, StringComparer.Ordinal),
            "name" => rows.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase),
            _ => rows.OrderBy(m => m.Pricing.Prompt).ThenBy(m => m.Pricing.Completion).ThenBy(m => m.Id, StringComparer.Ordinal),
        };
        List<ModelInfo> listed = rows.ToList();
        if (json)
        {
            await console.Out.WriteLineAsync(CliOutput.Json(listed));
            return CliApp.Success;
        }

        var table = new List<string[]> { new[] { "MODEL", "$/M IN", "$/M OUT", "CONTEXT", "NAME" } };
        table.AddRange(listed.Select(m => new[]
        {
            m.Id,
            PerMillion(m.Pricing, input: true),
            PerMillion(m.Pricing, input: false),
            m.ContextLength is int context ? context.ToString("N0", CultureInfo.InvariantCulture) : "-",
            m.Name,
        }));
        await CliOutput.WriteTableAsync(console.Out, table, 1, 2, 3);
        await console.Error.WriteLineAsync($"{listed.Count} of {models.Count} models");
        return CliApp.Success;
    }

    /// <summary>USD per million tokens as openrouter.ai shows it (<c>0.15</c>), or <c>varies</c> for router models.</summary>
    public static string PerMillion(ModelPricing pricing, bool input)
    {
        ArgumentNullException.ThrowIfNull(pricing);
        if (pricing.IsVariable)
        {
            return "varies";
        }

        decimal perMillion = input ? pricing.PromptPerMillionTokens : pricing.CompletionPerMillionTokens;
        return perMillion.ToString(CultureInfo.InvariantCulture);
    }
}
