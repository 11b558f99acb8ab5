using System.Net;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Chat;

/// <summary>What a chat call puts on the wire: the hand-written body and its content headers, streamed or not.</summary>
public sealed class ChatRequestBodyTests
{
    private const string Completion = """{"id":"gen-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"ol\u00e1"},"finish_reason":"stop"}]}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_completion_call_sends_the_body_the_generated_serializer_writes_with_a_utf8_json_content_type()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Completion);
        using OpenRouterClient client = TestClients.Create(handler);
        var request = new ChatCompletionRequest
        {
            Model = "openai/gpt-5.4-nano",
            Messages = { new SystemMessage("Be \"brief\" </script>"), new UserMessage("Ol\u00e1 \ud83d\ude00") },
            Temperature = 0.1,
            Seed = 9007199254740993L,
            StreamOptions = new StreamOptions { IncludeUsage = true },
        };

        ChatCompletion completion = await client.CreateChatCompletionAsync(request, Ct);

        completion.Choices[0].Message.Content.Should().Be("ol\u00e1");
        RecordedRequest sent = handler.Requests.Should().ContainSingle().Subject;
        sent.Body.Should().Equal(JsonSerializer.SerializeToUtf8Bytes(request.CloneWithStream(false), OpenRouterJsonContext.Default.ChatCompletionRequest));
        sent.BodyText.Should().Be(
            """{"model":"openai/gpt-5.4-nano","messages":[{"role":"system","content":"Be \u0022brief\u0022 \u003C/script\u003E"},{"role":"user","content":"Ol\u00E1 \uD83D\uDE00"}],"temperature":0.1,"seed":9007199254740993}""");
        sent.ContentHeaders!.TryGetValues("Content-Type", out IEnumerable<string>? contentType).Should().BeTrue();
        contentType.Should().Equal("application/json; charset=utf-8");
        sent.ContentHeaders.ContentType!.MediaType.Should().Be("application/json");
        sent.ContentHeaders.ContentType.CharSet.Should().Be("utf-8");
        request.Stream.Should().BeNull("the caller's request is never modified");
    }

    [Fact]
    public async Task A_stream_call_sends_stream_true_and_the_stream_options()
    {
        var handler = new StubHandler().RespondStream(Encoding.UTF8.GetBytes("data: [DONE]\n\n"));
        using OpenRouterClient client = TestClients.Create(handler);
        var request = new ChatCompletionRequest
        {
            Model = "m",
            Messages = { new UserMessage("hi") },
            StreamOptions = new StreamOptions { IncludeUsage = true },
        };

        await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(request, Ct))
        {
        }

        RecordedRequest sent = handler.Requests.Should().ContainSingle().Subject;
        sent.BodyText.Should().Be("""{"model":"m","messages":[{"role":"user","content":"hi"}],"stream":true,"stream_options":{"include_usage":true}}""");
        sent.ContentHeaders!.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
    }
}
