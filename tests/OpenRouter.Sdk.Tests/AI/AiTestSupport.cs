using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.AI;

/// <summary>Chat clients over a <see cref="StubHandler"/>, and fixture readers for the IChatClient tests.</summary>
internal static class AiTestSupport
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static (IChatClient Chat, StubHandler Handler, OpenRouterClient Client) Create(string? defaultModel = "openai/gpt-4o")
    {
        var handler = new StubHandler();
        OpenRouterClient client = TestClients.Create(handler);
        return (client.AsIChatClient(defaultModel), handler, client);
    }

    public static StubHandler RespondFixture(this StubHandler handler, string number)
    {
        string? sse = Fixture.All(number + "-*.sse").SingleOrDefault();
        return sse is not null
            ? handler.RespondStream(Fixture.Bytes(sse))
            : handler.Respond(HttpStatusCode.OK, Fixture.Bytes(Fixture.Named(number, ".json")));
    }

    public static bool IsStream(string number) => Fixture.All(number + "-*.sse").Any();

    /// <summary>What the SDK itself makes of a fixture: the reference the IChatClient view must not lose anything of.</summary>
    public static async Task<ChatCompletion> FoldAsync(string number)
    {
        var handler = new StubHandler().RespondFixture(number);
        using OpenRouterClient client = TestClients.Create(handler);
        var request = new ChatCompletionRequest { Model = "m", Messages = { new UserMessage("hi") } };
        return IsStream(number)
            ? await client.StreamChatCompletionAsync(request, Ct).ToChatCompletionAsync(Ct)
            : await client.CreateChatCompletionAsync(request, Ct);
    }

    /// <summary>The chunks of an SSE fixture, parsed without the HTTP stack.</summary>
    public static List<ChatCompletionChunk> ChunksOf(string number)
    {
        var chunks = new List<ChatCompletionChunk>();
        foreach (string line in Fixture.Text(Fixture.Named(number, ".sse")).Split('\n'))
        {
            string trimmed = line.TrimEnd('\r');
            if (trimmed.StartsWith("data: ", StringComparison.Ordinal) && trimmed != "data: [DONE]")
            {
                chunks.Add(JsonSerializer.Deserialize(trimmed.Substring(6), OpenRouterJsonContext.Default.ChatCompletionChunk)!);
            }
        }

        return chunks;
    }

    public static ChatCompletion CompletionOf(string number) =>
        JsonSerializer.Deserialize(Fixture.Text(Fixture.Named(number, ".json")).Trim(), OpenRouterJsonContext.Default.ChatCompletion)!;

    public static string Json(IEnumerable<ReasoningDetail> details) =>
        "[" + string.Join(",", details.Select(d => JsonSerializer.Serialize(d, OpenRouterJsonContext.Default.ReasoningDetail))) + "]";

    /// <summary>The JSON body of a recorded request.</summary>
    public static JsonElement Body(this RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement;

    public static async Task<List<ChatResponseUpdate>> ToListAsync(this IAsyncEnumerable<ChatResponseUpdate> updates)
    {
        var list = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in updates.WithCancellation(Ct))
        {
            list.Add(update);
        }

        return list;
    }
}

/// <summary>
/// An <see cref="IOpenRouterClient"/> that is not <see cref="OpenRouterClient"/>: answers chat calls from scripts and
/// records the requests. Built as a proxy so it keeps compiling when the interface grows.
/// </summary>
public class ScriptedOpenRouterClient : DispatchProxy
{
    public Queue<Func<ChatCompletionRequest, object>> Script { get; } = new();

    public List<ChatCompletionRequest> Requests { get; } = new();

    public static (IOpenRouterClient Client, ScriptedOpenRouterClient Script) Create()
    {
        IOpenRouterClient proxy = DispatchProxy.Create<IOpenRouterClient, ScriptedOpenRouterClient>();
        return (proxy, (ScriptedOpenRouterClient)(object)proxy);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var request = (ChatCompletionRequest)args![0]!;
        Requests.Add(request);
        object answer = Script.Dequeue()(request);
        return targetMethod!.Name switch
        {
            nameof(IOpenRouterClient.CreateChatCompletionAsync) => answer is Exception e ? Task.FromException<ChatCompletion>(e) : Task.FromResult((ChatCompletion)answer),
            nameof(IOpenRouterClient.StreamChatCompletionAsync) => Stream((IEnumerable<ChatCompletionChunk>)answer),
            _ => throw new NotSupportedException(targetMethod.Name),
        };
    }

    private static async IAsyncEnumerable<ChatCompletionChunk> Stream(IEnumerable<ChatCompletionChunk> chunks)
    {
        foreach (ChatCompletionChunk chunk in chunks)
        {
            await Task.Yield();
            yield return chunk;
        }
    }
}
