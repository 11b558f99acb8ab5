using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using OpenRouter.Sdk;

namespace OpenRouter.Samples.WebRelay;

/// <summary>
/// A page and <c>GET /chat?prompt=...</c>, which relays an OpenRouter stream to the browser as server-sent events:
/// one <c>token</c> event per piece of text, then a <c>done</c> event with model and cost, or an <c>error</c> event.
/// </summary>
public static class RelayEndpoints
{
    private const string Page = """
        <!doctype html>
        <meta charset="utf-8">
        <title>OpenRouter relay</title>
        <form id="f"><input id="p" size="60" value="Hello from the browser"> <button>Send</button></form>
        <pre id="out"></pre>
        <script>
          f.onsubmit = e => {
            e.preventDefault();
            out.textContent = "";
            const source = new EventSource("/chat?prompt=" + encodeURIComponent(p.value));
            source.addEventListener("token", m => out.textContent += m.data);
            source.addEventListener("done", m => { out.textContent += "\n\n" + m.data; source.close(); });
            source.addEventListener("error", m => { out.textContent += "\n\n" + (m.data ?? "connection lost"); source.close(); });
          };
        </script>
        """;

    public static IEndpointRouteBuilder MapChatRelay(this IEndpointRouteBuilder endpoints, string model = "openai/gpt-4o-mini")
    {
        endpoints.MapGet("/", () => Results.Content(Page, "text/html; charset=utf-8"));
        endpoints.MapGet("/chat", (string prompt, IOpenRouterClient client, CancellationToken ct) =>
            TypedResults.ServerSentEvents(RelayAsync(client, model, prompt, ct)));
        return endpoints;
    }

    /// <summary>The events for one prompt; the request's cancellation (the browser leaving) stops the upstream stream.</summary>
    public static async IAsyncEnumerable<SseItem<string>> RelayAsync(IOpenRouterClient client, string model, string prompt,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var request = new ChatCompletionRequest { Model = model, Messages = { new UserMessage(prompt) } };
        var accumulator = new ChatCompletionAccumulator();
        IAsyncEnumerator<ChatCompletionChunk> chunks = client.StreamChatCompletionAsync(request, ct).GetAsyncEnumerator(ct);
        try
        {
            while (true)
            {
                string? failure = null;
                try
                {
                    if (!await chunks.MoveNextAsync())
                    {
                        break;
                    }
                }
                catch (OpenRouterException e)
                {
                    // Headers are already sent: the failure travels as an event, not a status code.
                    failure = e.Message;
                }

                if (failure is not null)
                {
                    yield return new SseItem<string>(failure, "error");
                    yield break;
                }

                accumulator.Append(chunks.Current);
                if (chunks.Current.Choices.FirstOrDefault()?.Delta?.Content is { Length: > 0 } text)
                {
                    yield return new SseItem<string>(text, "token");
                }
            }
        }
        finally
        {
            await chunks.DisposeAsync();
        }

        ChatCompletion done = accumulator.ToChatCompletion();
        yield return new SseItem<string>($"{done.Model} via {done.Provider}, ${done.Usage?.Cost}", "done");
    }
}
