using System.CommandLine;
using System.Globalization;
using OpenRouter.Sdk;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace OpenRouter.Cli.Commands;

/// <summary>
/// <c>openrouter compare "prompt" --models A B C</c>: the same prompt to several models at once, streamed, with a live
/// status line per model on a terminal, then a table of time to first token, total time, tokens per second, cost,
/// finish reason, provider and answer. A model that fails shows its error in its row; the others still finish.
/// </summary>
public static class CompareCommand
{
    /// <summary>The narrowest output on which the answers fit in the table as its last column.</summary>
    private const int AnswersInTableWidth = 140;

    /// <summary>The <c>compare</c> command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Argument<string> prompt = CliOptions.RequiredText("prompt", "The message to send to every model.");
        Option<string[]> models = CliOptions.List("--models", "MODEL", "The models to compare (two or more; commas work too).");
        models.Required = true;
        Option<bool> json = CliOptions.Json("Print an array with one result per model (answer, timings, usage, cost, error).");
        var command = new Command("compare", "Send one prompt to several models in parallel and compare speed, cost and answers.") { prompt, models, json };
        command.SetAction(async (parse, ct) =>
        {
            IReadOnlyList<string> ids = CliOptions.Values(parse, models).Distinct(StringComparer.Ordinal).ToList();
            if (ids.Count == 0)
            {
                throw new CliUsageException("--models needs at least one model.");
            }

            await using CliConnection connection = await context.ConnectAsync(parse, ct);
            return await RunAsync(connection.Client, parse.GetValue(prompt)!, ids, parse.GetValue(json), context.Console, context.Environment.Time, ct);
        });
        return command;
    }

    /// <summary>Asks every model, prints the results, and returns 1 if any model failed.</summary>
    public static async Task<int> RunAsync(IOpenRouterClient client, string prompt, IReadOnlyList<string> models, bool json, CliConsole console, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(time);
        CompareProgress[] progress = models.Select(m => new CompareProgress(m) { Started = time.GetTimestamp() }).ToArray();
        Task<CompareResult>[] runs = progress.Select(p => AskAsync(client, prompt, p, time, ct)).ToArray();
        if (console.IsInteractive && !json)
        {
            IAnsiConsole live = CliSpectre.Create(console.Error, terminal: true);
            await live.Live(StatusTable(progress, time)).AutoClear(true).StartAsync(async display =>
            {
                Task all = Task.WhenAll(runs);
                while (!all.IsCompleted)
                {
                    // Redraws the status lines ten times a second until every model is done.
                    await Task.WhenAny(all, Task.Delay(TimeSpan.FromMilliseconds(100), time, ct));
                    display.UpdateTarget(StatusTable(progress, time));
                }
            });
        }

        CompareResult[] results = await Task.WhenAll(runs);
        if (json)
        {
            await console.Out.WriteLineAsync(CliOutput.Json(results.ToList()));
        }
        else
        {
            WriteResults(CliSpectre.Create(console.Out, console.IsInteractive), results);
            int failed = results.Count(r => !r.Ok);
            await console.Error.WriteLineAsync(failed == 0
                ? $"{results.Length} models answered"
                : $"{results.Length - failed} of {results.Length} models answered; {failed} failed");
        }

        return results.All(r => r.Ok) ? CliApp.Success : CliApp.Failed;
    }

    /// <summary>
    /// Prints the results in the layout that fits the console's width: a table with the answers as its last column
    /// (<see cref="AnswersInTableWidth"/> columns or more); the table, then the answers one section per model (when the
    /// table fits); otherwise, on a narrow terminal such as 80 columns, one section per model with its figures on two
    /// short lines, so that no row is wrapped across lines.
    /// </summary>
    public static void WriteResults(IAnsiConsole output, IReadOnlyList<CompareResult> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        int width = output.Profile.Width;
        if (width >= AnswersInTableWidth)
        {
            output.Write(ResultTable(results, withAnswers: true));
            return;
        }

        Table table = ResultTable(results, withAnswers: false);
        bool tableFits = ((IRenderable)table).Measure(RenderOptions.Create(output, output.Profile.Capabilities), int.MaxValue).Max <= width;
        if (tableFits)
        {
            output.Write(table);
        }

        // The answers follow, one section per model; when the table did not fit, the section also holds the figures.
        foreach (CompareResult r in results)
        {
            output.Write(new Rule($"[bold]{Markup.Escape(r.Model)}[/]").LeftJustified());
            if (!tableFits)
            {
                foreach (string line in Figures(r))
                {
                    output.Write(new Text(line + "\n", new Style(decoration: Decoration.Dim)));
                }
            }

            output.Write(Answer(r));
            output.WriteLine();
        }
    }

    /// <summary>
    /// A model's figures on two short lines (for a narrow terminal), for example
    /// <c>first token 0.12 s · total 0.85 s · 41.2 tokens/s · $0.000021</c> and <c>finish stop · provider OpenAI</c>.
    /// </summary>
    public static IReadOnlyList<string> Figures(CompareResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var timing = new List<string>();
        if (result.TimeToFirstTokenMs is not null)
        {
            timing.Add("first token " + Seconds(result.TimeToFirstTokenMs));
        }

        timing.Add("total " + Seconds(result.TotalMs));
        if (result.TokensPerSecond is double rate)
        {
            timing.Add(rate.ToString("0.#", CultureInfo.InvariantCulture) + " tokens/s");
        }

        if (result.Cost is decimal cost)
        {
            timing.Add("$" + CliOutput.Money(cost));
        }

        string outcome = result.Ok
            ? $"finish {result.FinishReason ?? "-"} · provider {result.Provider ?? "-"}"
            : "failed" + (result.Error?.Status is int status ? $" · HTTP {status}" : "");
        return [string.Join(" · ", timing), outcome];
    }

    /// <summary>Streams the prompt to one model and measures it; an API error becomes the result's error.</summary>
    private static async Task<CompareResult> AskAsync(IOpenRouterClient client, string prompt, CompareProgress progress, TimeProvider time, CancellationToken ct)
    {
        // Start every model before awaiting any, so that they run side by side.
        await Task.Yield();
        var request = new ChatCompletionRequest { Model = progress.Model, Messages = { new UserMessage(prompt) } };
        var accumulator = new ChatCompletionAccumulator();
        progress.Started = time.GetTimestamp();
        TimeSpan? firstToken = null;
        try
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(request, ct))
            {
                accumulator.Append(chunk);
                ChatCompletionDelta? delta = chunk.Choices.FirstOrDefault()?.Delta;
                int received = (delta?.Content?.Length ?? 0) + (delta?.Reasoning?.Length ?? 0);
                if (received > 0)
                {
                    firstToken ??= time.GetElapsedTime(progress.Started);
                    progress.Received(received);
                }
            }
        }
        catch (OpenRouterException e)
        {
            TimeSpan failedAfter = time.GetElapsedTime(progress.Started);
            var error = new CompareError(CliErrors.OneLine(e.Message), CliErrors.TypeOf(e), e.StatusCode);
            progress.Finish(failedAfter, error.Message);
            return new CompareResult
            {
                Model = progress.Model,
                TimeToFirstTokenMs = firstToken?.TotalMilliseconds,
                TotalMs = failedAfter.TotalMilliseconds,
                Error = error,
            };
        }

        TimeSpan total = time.GetElapsedTime(progress.Started);
        progress.Finish(total, null);
        ChatCompletion completion = accumulator.ToChatCompletion();
        ChatCompletionChoice? choice = completion.Choices.FirstOrDefault();
        int? completionTokens = completion.Usage?.CompletionTokens;
        TimeSpan generating = total - (firstToken ?? TimeSpan.Zero);
        return new CompareResult
        {
            Model = progress.Model,
            Answer = choice?.Message.Content ?? string.Empty,
            TimeToFirstTokenMs = firstToken?.TotalMilliseconds,
            TotalMs = total.TotalMilliseconds,
            TokensPerSecond = completionTokens is int tokens && generating > TimeSpan.Zero ? Math.Round(tokens / generating.TotalSeconds, 1) : null,
            PromptTokens = completion.Usage?.PromptTokens,
            CompletionTokens = completionTokens,
            Cost = completion.Usage?.Cost,
            FinishReason = choice?.FinishReason?.ToString(),
            Provider = completion.Provider,
            GenerationId = string.IsNullOrEmpty(completion.Id) ? null : completion.Id,
        };
    }

    /// <summary>The live view: one status line per model.</summary>
    private static Table StatusTable(IEnumerable<CompareProgress> progress, TimeProvider time)
    {
        var table = new Table().Border(TableBorder.None).HideHeaders().AddColumn("model").AddColumn("status");
        foreach (CompareProgress model in progress)
        {
            table.AddRow(new Text(model.Model, new Style(Color.Aqua)), new Text(model.Describe(time)));
        }

        return table;
    }

    /// <summary>The results: a row per model, with its answer (or its error, when it failed) when <paramref name="withAnswers"/>.</summary>
    private static Table ResultTable(IEnumerable<CompareResult> results, bool withAnswers)
    {
        var table = new Table().Border(TableBorder.Rounded).ShowRowSeparators();
        table.AddColumn(new TableColumn("MODEL").NoWrap());
        foreach (string numeric in new[] { "FIRST TOKEN", "TOTAL", "TOKENS/S", "COST $" })
        {
            table.AddColumn(new TableColumn(numeric).RightAligned().NoWrap());
        }

        table.AddColumn(new TableColumn("FINISH").NoWrap());
        table.AddColumn(new TableColumn("PROVIDER").NoWrap());
        if (withAnswers)
        {
            table.AddColumn("ANSWER");
        }

        foreach (CompareResult r in results)
        {
            var cells = new List<IRenderable>
            {
                new Text(r.Model),
                new Text(Seconds(r.TimeToFirstTokenMs)),
                new Text(Seconds(r.TotalMs)),
                new Text(r.TokensPerSecond?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-"),
                new Text(r.Cost is decimal cost ? CliOutput.Money(cost) : "-"),
                new Text(r.Ok ? r.FinishReason ?? "-" : "failed", r.Ok ? Style.Plain : new Style(Color.Red)),
                new Text(r.Provider ?? "-"),
            };
            if (withAnswers)
            {
                cells.Add(Answer(r));
            }

            table.AddRow(cells);
        }

        return table;
    }

    /// <summary>A model's answer, or its error in red.</summary>
    private static Text Answer(CompareResult result) => result.Error is { } error
        ? new Text($"error: {error.Message}", new Style(Color.Red))
        : new Text(result.Answer ?? string.Empty);

    private static string Seconds(double? milliseconds) =>
        milliseconds is double ms ? (ms / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s" : "-";
}
