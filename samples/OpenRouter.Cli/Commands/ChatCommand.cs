using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

/// <summary><c>openrouter chat</c>: the answer on standard output (token by token with --stream), a summary line on standard error.</summary>
public static class ChatCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
    private static readonly JsonSerializerOptions OneLine = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Runs the chat.</summary>
    public static async Task<int> RunAsync(IOpenRouterClient client, ChatOptions options, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        ChatCompletionRequest request = options.ToRequest();
        ChatCompletion completion;
        if (options.Stream)
        {
            var accumulator = new ChatCompletionAccumulator();
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(request, ct))
            {
                accumulator.Append(chunk);
                if (options.Json)
                {
                    await console.Out.WriteLineAsync(JsonSerializer.Serialize(chunk, OneLine));
                }
                else if (chunk.Choices.FirstOrDefault()?.Delta?.Content is { Length: > 0 } text)
                {
                    await console.Out.WriteAsync(text);
                    await console.Out.FlushAsync(ct);
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
            await using (new Spinner(console, $"waiting for {options.Model}"))
            {
                completion = await client.CreateChatCompletionAsync(request, ct);
            }

            await console.Out.WriteLineAsync(options.Json
                ? JsonSerializer.Serialize(completion, Indented)
                : completion.Choices.FirstOrDefault()?.Message.Content ?? DescribeToolCalls(completion));
        }

        await console.Error.WriteLineAsync(Summary(completion));
        return 0;
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
