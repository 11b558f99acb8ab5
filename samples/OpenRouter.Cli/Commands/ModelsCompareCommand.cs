using System.CommandLine;
using System.Globalization;
using OpenRouter.Sdk;
using Spectre.Console;

namespace OpenRouter.Cli.Commands;

/// <summary>
/// <c>openrouter models compare A B [...]</c>: models side by side from the catalog (price per million tokens in and out,
/// context, max output, supported parameters), then each model's provider endpoints (uptime, latency, throughput).
/// </summary>
public static class ModelsCompareCommand
{
    /// <summary>The <c>models compare</c> command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var models = new Argument<string[]>("models") { Description = "The model ids to compare (author/slug).", Arity = ArgumentArity.OneOrMore };
        models.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError("a model id may not be empty.");
            }
        });
        Option<bool> json = CliOptions.Json("Print an array with one entry per model, endpoints included.");
        var command = new Command("compare", "Put models side by side: prices, context, max output, parameters and provider endpoints.") { models, json };
        command.SetAction(async (parse, ct) =>
        {
            IReadOnlyList<string> ids = parse.GetValue(models)!.Select(m => m.Trim()).Distinct(StringComparer.Ordinal).ToList();
            await using CliConnection connection = await context.ConnectAsync(parse, ct);
            return await RunAsync(connection.Client, ids, parse.GetValue(json), context.Console, ct);
        });
        return command;
    }

    /// <summary>Reads the catalog and the endpoints, and prints them.</summary>
    public static async Task<int> RunAsync(IOpenRouterClient client, IReadOnlyList<string> ids, bool json, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(console);
        List<ModelComparison> compared;
        await using (new Spinner(console, "loading the catalog"))
        {
            IReadOnlyList<ModelInfo> catalog = await client.ListModelsAsync(cancellationToken: ct);
            var byId = catalog.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
            string[] unknown = ids.Where(id => !byId.ContainsKey(id)).ToArray();
            if (unknown.Length > 0)
            {
                throw new CliFailureException($"not in the catalog: {string.Join(", ", unknown)} (see 'openrouter models').");
            }

            ModelEndpoints[] endpoints = await Task.WhenAll(ids.Select(id => client.ListModelEndpointsAsync(byId[id].Id, ct)));
            compared = ids.Select((id, i) => Describe(byId[id], endpoints[i])).ToList();
        }

        if (json)
        {
            await console.Out.WriteLineAsync(CliOutput.Json(compared));
            return CliApp.Success;
        }

        IAnsiConsole output = CliSpectre.Create(console.Out, console.IsInteractive);
        output.Write(SideBySide(compared));
        foreach (ModelComparison model in compared)
        {
            output.Write(new Rule($"[bold]{Markup.Escape(model.Id)}[/] providers").LeftJustified());
            output.Write(EndpointTable(model));
        }

        return CliApp.Success;
    }

    private static ModelComparison Describe(ModelInfo model, ModelEndpoints endpoints) => new()
    {
        Id = model.Id,
        Name = model.Name,
        PromptPerMillion = model.Pricing.IsVariable ? null : model.Pricing.PromptPerMillionTokens,
        CompletionPerMillion = model.Pricing.IsVariable ? null : model.Pricing.CompletionPerMillionTokens,
        ContextLength = model.ContextLength,
        MaxOutputTokens = model.TopProvider?.MaxCompletionTokens,
        SupportedParameters = model.SupportedParameters.Order(StringComparer.Ordinal).ToList(),
        Endpoints = endpoints.Endpoints.Select(e => new EndpointComparison
        {
            Provider = e.ProviderName,
            Tag = e.Tag,
            PromptPerMillion = e.Pricing.IsVariable ? null : e.Pricing.PromptPerMillionTokens,
            CompletionPerMillion = e.Pricing.IsVariable ? null : e.Pricing.CompletionPerMillionTokens,
            ContextLength = e.ContextLength,
            MaxOutputTokens = e.MaxCompletionTokens,
            UptimeLast30m = e.UptimeLast30m,
            LatencyP50Ms = e.LatencyLast30m?.P50,
            ThroughputP50 = e.ThroughputLast30m?.P50,
        }).ToList(),
    };

    /// <summary>A column per model, a row per property.</summary>
    private static Table SideBySide(IReadOnlyList<ModelComparison> models)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("");
        foreach (ModelComparison model in models)
        {
            table.AddColumn(new TableColumn(new Text(model.Id, new Style(decoration: Decoration.Bold))));
        }

        void Row(string label, Func<ModelComparison, string> value) =>
            table.AddRow([new Text(label), .. models.Select(m => new Text(value(m)))]);

        Row("Name", m => m.Name ?? "-");
        Row("$/M in", m => Price(m.PromptPerMillion));
        Row("$/M out", m => Price(m.CompletionPerMillion));
        Row("Context", m => Count(m.ContextLength));
        Row("Max output", m => Count(m.MaxOutputTokens));
        Row("Providers", m => m.Endpoints.Count.ToString(CultureInfo.InvariantCulture));
        Row("Parameters", m => m.SupportedParameters.Count == 0 ? "-" : string.Join(", ", m.SupportedParameters));
        return table;
    }

    private static Table EndpointTable(ModelComparison model)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("PROVIDER");
        foreach (string numeric in new[] { "$/M IN", "$/M OUT", "CONTEXT", "MAX OUT", "UPTIME 30M", "LATENCY P50", "TOKENS/S P50" })
        {
            table.AddColumn(new TableColumn(numeric).RightAligned());
        }

        foreach (EndpointComparison e in model.Endpoints)
        {
            table.AddRow(
                new Text(e.Provider ?? e.Tag ?? "-"),
                new Text(Price(e.PromptPerMillion)),
                new Text(Price(e.CompletionPerMillion)),
                new Text(Count(e.ContextLength)),
                new Text(Count(e.MaxOutputTokens)),
                new Text(e.UptimeLast30m is double up ? up.ToString("0.##", CultureInfo.InvariantCulture) + " %" : "-"),
                new Text(e.LatencyP50Ms is double latency ? latency.ToString("0", CultureInfo.InvariantCulture) + " ms" : "-"),
                new Text(e.ThroughputP50 is double throughput ? throughput.ToString("0.#", CultureInfo.InvariantCulture) : "-"));
        }

        return table;
    }

    private static string Price(decimal? perMillion) => perMillion?.ToString(CultureInfo.InvariantCulture) ?? "varies";

    private static string Count(int? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";
}
