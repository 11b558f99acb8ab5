using System.Globalization;
using System.Net;
using System.Text;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.BudgetArea;

/// <summary>A hand-moved clock, and answers that report a chosen <c>usage.cost</c>.</summary>
internal static class BudgetTestSupport
{
    public static readonly DateTimeOffset Start = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static ChatCompletionRequest ChatRequest => new() { Model = "openai/gpt-4o-mini", Messages = { new UserMessage("hi") } };

    public static EmbeddingsRequest EmbeddingsCall => new("openai/text-embedding-3-small", EmbeddingInput.FromText("hi"));

    public static OpenRouterClient Client(StubHandler handler, ManualClock clock, decimal limit, TimeSpan? window = null) =>
        TestClients.Create(handler, o =>
        {
            o.TimeProvider = clock;
            o.Budget = new OpenRouterBudget { Limit = limit, Window = window };
        });

    public static string Completion(decimal cost) =>
        "{\"id\":\"gen-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"openai/gpt-4o-mini\"," +
        "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"hello\"},\"finish_reason\":\"stop\"}]," +
        "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,\"total_tokens\":4,\"cost\":" + Money(cost) + "}}";

    public static string EmbeddingsAnswer(decimal cost) =>
        "{\"object\":\"list\",\"model\":\"openai/text-embedding-3-small\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.5,0.25]}]," +
        "\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1,\"cost\":" + Money(cost) + "}}";

    /// <summary>A chat stream whose usage chunk reports <paramref name="cost"/>; without <paramref name="done"/> it is cut after the usage chunk.</summary>
    public static byte[] Stream(decimal cost, bool done = true)
    {
        const string Head = "{\"id\":\"gen-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"openai/gpt-4o-mini\",";
        var sse = new StringBuilder()
            .Append("data: ").Append(Head).Append("\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"hello\"},\"finish_reason\":null}]}\n\n")
            .Append("data: ").Append(Head).Append("\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n")
            .Append("data: ").Append(Head).Append("\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,\"total_tokens\":4,\"cost\":").Append(Money(cost)).Append("}}\n\n");
        if (done)
        {
            sse.Append("data: [DONE]\n\n");
        }

        return Encoding.UTF8.GetBytes(sse.ToString());
    }

    public static StubHandler Answering(string json) => new StubHandler().Respond(HttpStatusCode.OK, json);

    public static async Task DrainAsync(IAsyncEnumerable<ChatCompletionChunk> chunks)
    {
        await foreach (ChatCompletionChunk _ in chunks.WithCancellation(Ct))
        {
        }
    }

    private static string Money(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A clock that moves only when the test moves it: windows roll over without any wait.</summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now = BudgetTestSupport.Start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }
}
