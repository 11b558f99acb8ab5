using System.Net;
using System.Text;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Tests.Infrastructure;

namespace OpenRouter.Sdk.Tests.AI.ResponsesChat;

/// <summary>Responses-API chat clients over a <see cref="StubHandler"/>, answering from recorded fixtures or scripted events.</summary>
internal static class ResponsesChatTestSupport
{
    public const string Fixture30 = "30-responses-stream-gpt-oss-20b-reasoning-text.sse";
    public const string Fixture31 = "31-responses-stream-gpt-5-nano-encrypted-reasoning.sse";
    public const string Fixture32 = "32-responses-nonstream-prompt-cache.json";

    /// <summary>A minimal completed response: one assistant message saying "Hi".</summary>
    public const string HiResponse = """
        {"id":"gen-1","object":"response","created_at":1700000000,"model":"openai/gpt-5-nano","status":"completed",
         "output":[{"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[{"type":"output_text","text":"Hi","annotations":[]}]}],
         "usage":{"input_tokens":3,"output_tokens":1,"total_tokens":4,"cost":0.00001}}
        """;

    public static (IChatClient Chat, StubHandler Handler, OpenRouterClient Client) CreateChat(string? defaultModel = "openai/gpt-5-nano")
    {
        var handler = new StubHandler();
        OpenRouterClient client = TestClients.Create(handler);
        return (client.Responses.AsIChatClient(defaultModel), handler, client);
    }

    public static StubHandler RespondJson(this StubHandler handler, string json) => handler.Respond(HttpStatusCode.OK, json);

    public static StubHandler RespondEvents(this StubHandler handler, params string[] events) =>
        handler.RespondStream(Encoding.UTF8.GetBytes(string.Concat(events.Select(e => "data: " + e + "\n\n")) + "data: [DONE]\n\n"));

    /// <summary>The JSON body the chat client sent for <paramref name="messages"/> and <paramref name="options"/>.</summary>
    public static async Task<string> SentAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, string? defaultModel = "openai/gpt-5-nano")
    {
        var (chat, handler, client) = CreateChat(defaultModel);
        using (client)
        {
            handler.RespondJson(HiResponse);
            await chat.GetResponseAsync(messages, options, AiTestSupport.Ct);
            return handler.Requests.Single().BodyText;
        }
    }
}
