using System.CommandLine;
using System.Globalization;
using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

/// <summary><c>openrouter chat</c>: the answer on standard output (token by token with --stream), a summary line on standard error.</summary>
public static class ChatCommand
{
    /// <summary>The <c>chat</c> command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Argument<string> prompt = CliOptions.RequiredText("prompt", "The message to send.");
        Option<string> model = CliOptions.Text("--model", "MODEL", "The model (default: openrouter/auto; emulator/echo on the emulator).");
        model.Aliases.Add("-m");
        var stream = new Option<bool>("--stream") { Description = "Print the answer as it arrives (a spinner on a terminal until the first token)." };
        Option<string[]> fallback = CliOptions.List("--fallback", "MODEL", "Models to try, in order, when the first one fails (repeatable; commas work too).");
        Option<string[]> providerOrder = CliOptions.List("--provider-order", "PROVIDER", "Providers to try first, in order.");
        var sort = new Option<string>("--sort") { Description = "Rank providers by price, throughput or latency.", HelpName = "price|throughput|latency" };
        sort.AcceptOnlyFromAmong("price", "throughput", "latency");
        Option<bool> json = CliOptions.Json("Print the completion as JSON (with --stream, one chunk per line).");

        var command = new Command("chat", "Send one message and print the answer.") { prompt, model, stream, fallback, providerOrder, sort, json };
        command.SetAction(async (parse, ct) =>
        {
            var options = new ChatOptions(parse.GetValue(prompt)!, parse.GetValue(model), parse.GetValue(stream), parse.GetValue(json),
                CliOptions.Values(parse, fallback), CliOptions.Values(parse, providerOrder), ChatOptions.ParseSort(parse.GetValue(sort)));
            await using CliConnection connection = await context.ConnectAsync(parse, ct);
            return await RunAsync(connection.Client, options with { Model = options.Model ?? ChatOptions.DefaultModel(connection.IsEmulated) }, context.Console, ct);
        });
        return command;
    }

    /// <summary>Runs the chat.</summary>
    public static async Task<int> RunAsync(IOpenRouterClient client, ChatOptions options, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        string model = options.Model ?? ChatOptions.DefaultModel(emulated: false);
        ChatCompletionRequest request = options.ToRequest(model);
        ChatCompletion completion;
        if (options.Stream)
        {
            var accumulator = new ChatCompletionAccumulator();

            // The spinner shows the model is thinking; it goes as soon as the first token or reasoning arrives.
            Spinner? waiting = options.Json ? null : new Spinner(console, $"waiting for {model}");
            try
            {
                await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(request, ct))
                {
                    accumulator.Append(chunk);
                    ChatCompletionDelta? delta = chunk.Choices.FirstOrDefault()?.Delta;
                    if (waiting is not null && (delta?.Content is { Length: > 0 } || delta?.Reasoning is { Length: > 0 }))
                    {
                        await waiting.DisposeAsync();
                        waiting = null;
                    }

                    if (options.Json)
                    {
                        await console.Out.WriteLineAsync(CliOutput.JsonLine(chunk));
                    }
                    else if (delta?.Content is { Length: > 0 } text)
                    {
                        await console.Out.WriteAsync(text);
                        await console.Out.FlushAsync(ct);
                    }
                }
            }
            finally
            {
                if (waiting is not null)
                {
                    await waiting.DisposeAsync();
                }
            }

            completion = accumulator.ToChatCompletion();
            if (!options.Json)
            {
                await console.Out.WriteLineAsync();
            }
        }
        else
        {
            await using (new Spinner(console, $"waiting for {model}"))
            {
                completion = await client.CreateChatCompletionAsync(request, ct);
            }

            await console.Out.WriteLineAsync(options.Json
                ? CliOutput.Json(completion)
                : completion.Choices.FirstOrDefault()?.Message.Content ?? DescribeToolCalls(completion));
        }

        if (!options.Json)
        {
            // With --json the completion (or the last chunk) carries all of it, and standard error stays empty.
            await console.Error.WriteLineAsync(Summary(completion));
        }

        return CliApp.Success;
    }

    /// <summary>One line on what answered and what it cost, for example <c>[emulator/echo via Emulator · 9+3 tokens · $0.0000021 · gen-...]</c>.</summary>
    public static string Summary(ChatCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        string tokens = completion.Usage is { } u ? $"{u.PromptTokens}+{u.CompletionTokens} tokens" : "no usage";
        string cost = completion.Usage?.Cost is decimal c ? "$" + c.ToString("0.##########", CultureInfo.InvariantCulture) : "cost unknown";
        string finish = completion.Choices.FirstOrDefault()?.FinishReason is { } f && f != FinishReason.Stop ? $" · finish: {f}" : "";
        return $"[{completion.Model} via {completion.Provider ?? "?"} · {tokens} · {cost}{finish} · {completion.Id}]";
    }

    private static string DescribeToolCalls(ChatCompletion completion) =>
        string.Join(Environment.NewLine, completion.Choices.FirstOrDefault()?.Message.ToolCalls?.Select(t => $"tool call: {t.Function?.Name}({t.Function?.Arguments})") ?? []);
}
