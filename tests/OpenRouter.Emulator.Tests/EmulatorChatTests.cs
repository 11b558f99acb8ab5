using System.Diagnostics;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

public sealed class EmulatorChatTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChatCompletionRequest Ask(string model, string text) => new() { Model = model, Messages = { new UserMessage(text) } };

    [Fact]
    public async Task Stream_echoes_the_last_user_message_one_word_per_chunk_then_finish_and_usage_chunks()
    {
        await using var session = await EmulatorSession.StartAsync();
        var request = new ChatCompletionRequest
        {
            Model = EmulatedModels.Echo,
            Messages = { new SystemMessage("Be brief."), new UserMessage("first question"), new AssistantMessage("ok"), new UserMessage("Olá wide world 😊") },
        };

        var chunks = new List<ChatCompletionChunk>();
        await foreach (ChatCompletionChunk chunk in session.Client.StreamChatCompletionAsync(request, Ct))
        {
            chunks.Add(chunk);
        }

        chunks.Select(c => c.Choices[0].Delta?.Content).Should().Equal("Olá", " wide", " world", " 😊", "", "");
        chunks.Select(c => c.Choices[0].FinishReason).Should().Equal(new FinishReason?[] { null, null, null, null, FinishReason.Stop, FinishReason.Stop });
        chunks.Take(5).Should().OnlyContain(c => c.Usage == null, "usage rides only on the repeated finish chunk");
        chunks.Select(c => c.Id).Distinct().Should().ContainSingle().Which.Should().StartWith("gen-");
        chunks[0].Provider.Should().Be("Emulator");

        // 4 messages: 3 tokens each plus 2 + 2 + 1 + 4 words = 21 prompt tokens; 4 completion tokens.
        Usage usage = chunks[^1].Usage!;
        usage.PromptTokens.Should().Be(21);
        usage.CompletionTokens.Should().Be(4);
        usage.TotalTokens.Should().Be(25);
        usage.Cost.Should().Be((21 * 0.0000001m) + (4 * 0.0000004m));
        usage.CostDetails!.UpstreamInferenceCompletionsCost.Should().Be(4 * 0.0000004m);
    }

    [Fact]
    public async Task Folded_stream_and_non_streamed_answer_agree()
    {
        await using var session = await EmulatorSession.StartAsync();
        ChatCompletionRequest request = Ask("openai/gpt-4o-mini", "A listed model id echoes too");

        ChatCompletion folded = await session.Client.StreamChatCompletionAsync(request, Ct).ToChatCompletionAsync(Ct);
        ChatCompletion whole = await session.Client.CreateChatCompletionAsync(request, Ct);

        foreach (ChatCompletion completion in new[] { folded, whole })
        {
            completion.Choices[0].Message.Content.Should().Be("A listed model id echoes too");
            completion.Choices[0].FinishReason.Should().Be(FinishReason.Stop);
            completion.Model.Should().Be("openai/gpt-4o-mini");
            completion.Usage!.Cost.Should().Be((9 * 0.0000001m) + (6 * 0.0000004m), "6 words + 3 per message in, 6 words out");
        }

        whole.Id.Should().NotBe(folded.Id);
    }

    [Fact]
    public async Task Lorem_stops_at_max_tokens_words_with_finish_reason_length()
    {
        await using var session = await EmulatorSession.StartAsync();
        ChatCompletionRequest request = Ask(EmulatedModels.Lorem, "anything");
        request.MaxTokens = 5;

        ChatCompletion completion = await session.Client.CreateChatCompletionAsync(request, Ct);

        completion.Choices[0].Message.Content.Should().Be("Lorem ipsum dolor sit amet,");
        completion.Choices[0].FinishReason.Should().Be(FinishReason.Length);
        completion.Usage!.CompletionTokens.Should().Be(5);
    }

    [Fact]
    public async Task Rate_limit_model_raises_the_rate_limit_exception_with_retry_after_and_provider()
    {
        await using var session = await EmulatorSession.StartAsync(new OpenRouterEmulatorOptions { RateLimitRetryAfterSeconds = 7 });

        Func<Task> act = () => session.Client.CreateChatCompletionAsync(Ask(EmulatedModels.RateLimit, "hi"), Ct);

        var error = (await act.Should().ThrowAsync<OpenRouterRateLimitException>()).Which;
        error.StatusCode.Should().Be(429);
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        error.ProviderName.Should().Be("Emulator");
        error.ProviderRawError.Should().Contain("rate-limited upstream");
    }

    [Fact]
    public async Task Rate_limit_before_the_first_token_is_an_http_error_even_when_streaming()
    {
        await using var session = await EmulatorSession.StartAsync();

        Func<Task> act = () => session.Client.StreamChatCompletionAsync(Ask(EmulatedModels.RateLimit, "hi"), Ct).ToChatCompletionAsync(Ct);

        (await act.Should().ThrowAsync<OpenRouterRateLimitException>()).Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Mid_stream_error_yields_the_first_chunks_then_raises_the_stream_exception()
    {
        await using var session = await EmulatorSession.StartAsync();
        var received = new List<string?>();

        Func<Task> act = async () =>
        {
            await foreach (ChatCompletionChunk chunk in session.Client.StreamChatCompletionAsync(Ask(EmulatedModels.MidStreamError, "one two three four"), Ct))
            {
                received.Add(chunk.Choices[0].Delta?.Content);
            }
        };

        var error = (await act.Should().ThrowAsync<OpenRouterStreamException>()).Which;
        received.Should().Equal("one", " two");
        error.ReceivedContent.Should().Be("one two");
        error.ChunksReceived.Should().Be(2);
        error.ErrorCode.Should().Be("502");
        error.ProviderName.Should().Be("Emulator");
        error.GenerationId.Should().StartWith("gen-");
    }

    [Fact]
    public async Task Mid_stream_error_without_streaming_is_a_200_whose_body_is_an_error()
    {
        await using var session = await EmulatorSession.StartAsync();

        Func<Task> act = () => session.Client.CreateChatCompletionAsync(Ask(EmulatedModels.MidStreamError, "hi"), Ct);

        var error = (await act.Should().ThrowAsync<OpenRouterException>()).Which;
        error.StatusCode.Should().Be(502);
        error.Message.Should().Contain("disconnected");
    }

    [Theory]
    [InlineData(EmulatedModels.ServerError, 503, typeof(OpenRouterException))]
    [InlineData(EmulatedModels.Unauthorized, 401, typeof(OpenRouterAuthenticationException))]
    [InlineData(EmulatedModels.PaymentRequired, 402, typeof(OpenRouterPaymentRequiredException))]
    public async Task Fault_models_fail_with_their_status_and_exception_type(string model, int status, Type exceptionType)
    {
        await using var session = await EmulatorSession.StartAsync();

        Func<Task> act = () => session.Client.CreateChatCompletionAsync(Ask(model, "hi"), Ct);

        var error = (await act.Should().ThrowAsync<OpenRouterException>()).Which;
        error.Should().BeOfType(exceptionType);
        error.StatusCode.Should().Be(status);
        error.Message.Should().NotContain(TestCredentials.ApiKey);
    }

    [Fact]
    public async Task A_failing_primary_model_falls_back_to_the_next_model_and_provider_order_names_the_provider()
    {
        await using var session = await EmulatorSession.StartAsync();
        ChatCompletionRequest request = Ask(EmulatedModels.ServerError, "fallback please");
        request.Models = [EmulatedModels.RateLimit, EmulatedModels.Echo];
        request.Provider = new ProviderPreferences { Order = ["Azure", "OpenAI"], Sort = ProviderSort.Price };

        ChatCompletion completion = await session.Client.CreateChatCompletionAsync(request, Ct);

        completion.Model.Should().Be(EmulatedModels.Echo);
        completion.Provider.Should().Be("Azure");
        completion.Choices[0].Message.Content.Should().Be("fallback please");
    }

    [Fact]
    public async Task Slow_model_pauses_before_every_chunk()
    {
        var delay = TimeSpan.FromMilliseconds(40);
        await using var session = await EmulatorSession.StartAsync(new OpenRouterEmulatorOptions { SlowChunkDelay = delay });
        var stopwatch = Stopwatch.StartNew();

        ChatCompletion completion = await session.Client.StreamChatCompletionAsync(Ask(EmulatedModels.Slow, "a b c"), Ct).ToChatCompletionAsync(Ct);

        completion.Choices[0].Message.Content.Should().Be("a b c");
        stopwatch.Elapsed.Should().BeGreaterThanOrEqualTo(delay * 3 - TimeSpan.FromMilliseconds(5), "each of the three chunks waits first");
    }

    [Fact]
    public async Task Offered_tools_are_called_and_a_tool_result_is_answered_round_trip()
    {
        await using var session = await EmulatorSession.StartAsync();
        ChatTool weather = ChatTool.CreateFunction("get_weather", "Current weather",
            """{"type":"object","properties":{"city":{"type":"string"},"unit":{"type":"string","enum":["celsius","fahrenheit"]},"days":{"type":"integer"}},"required":["city"]}""");
        var request = new ChatCompletionRequest { Model = EmulatedModels.Echo, Messages = { new UserMessage("Paris") }, Tools = [weather] };

        ChatCompletion first = await session.Client.StreamChatCompletionAsync(request, Ct).ToChatCompletionAsync(Ct);

        first.Choices[0].FinishReason.Should().Be(FinishReason.ToolCalls);
        ToolCall call = first.Choices[0].Message.ToolCalls!.Should().ContainSingle().Subject;
        call.Function!.Name.Should().Be("get_weather");
        using (JsonDocument arguments = JsonDocument.Parse(call.Function.Arguments!))
        {
            arguments.RootElement.GetProperty("city").GetString().Should().Be("Paris");
            arguments.RootElement.GetProperty("unit").GetString().Should().Be("celsius");
            arguments.RootElement.GetProperty("days").GetInt32().Should().Be(42);
        }

        request.Messages.Add(AssistantMessage.FromCompletion(first.Choices[0].Message));
        request.Messages.Add(new ToolMessage(call.Id!, """{"temperature":21}"""));
        ChatCompletion second = await session.Client.CreateChatCompletionAsync(request, Ct);

        second.Choices[0].FinishReason.Should().Be(FinishReason.Stop);
        second.Choices[0].Message.Content.Should().Be("""The get_weather tool returned: {"temperature":21}""");
    }

    [Fact]
    public async Task Json_schema_response_format_answers_with_json_matching_the_schema()
    {
        await using var session = await EmulatorSession.StartAsync();
        var request = Ask(EmulatedModels.Echo, "Ada");
        request.ResponseFormat = ResponseFormat.JsonSchema("person",
            """{"type":"object","properties":{"name":{"type":"string"},"age":{"type":["integer","null"]},"tags":{"type":"array","items":{"type":"string"}},"admin":{"type":"boolean"}}}""");

        ChatCompletion completion = await session.Client.CreateChatCompletionAsync(request, Ct);

        using JsonDocument json = JsonDocument.Parse(completion.Choices[0].Message.Content!);
        json.RootElement.GetProperty("name").GetString().Should().Be("Ada");
        json.RootElement.GetProperty("age").GetInt32().Should().Be(42);
        json.RootElement.GetProperty("tags")[0].GetString().Should().Be("Ada");
        json.RootElement.GetProperty("admin").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Leaving_a_stream_early_is_recorded_as_a_cancelled_generation()
    {
        await using var session = await EmulatorSession.StartAsync(new OpenRouterEmulatorOptions { SlowChunkDelay = TimeSpan.FromMilliseconds(20) });
        string? id = null;
        await foreach (ChatCompletionChunk chunk in session.Client.StreamChatCompletionAsync(Ask(EmulatedModels.Slow, string.Join(' ', Enumerable.Repeat("word", 200))), Ct))
        {
            id = chunk.Id;
            break;
        }

        var deadline = Stopwatch.StartNew();
        while (session.Emulator.State.Find(id!) is null && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10, Ct);
        }

        GenerationRecord record = session.Emulator.State.Find(id!)!;
        record.Cancelled.Should().BeTrue();
        record.CompletionTokens.Should().BeLessThan(200);
    }

    // The README snippet is written as a user writes it, without a cancellation token.
#pragma warning disable xUnit1051
    [Fact]
    public async Task The_readme_snippet_points_a_client_at_an_in_process_emulator()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();          // 127.0.0.1, free port
        using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-any", BaseUrl = emulator.BaseUrl });

        ChatCompletion completion = await client.CreateChatCompletionAsync(
            new ChatRequestBuilder("emulator/echo").AddUserMessage("ping pong").Build(), TestContext.Current.CancellationToken);

        emulator.BaseUrl.IsLoopback.Should().BeTrue();
        completion.Choices[0].Message.Content.Should().Be("ping pong");
    }
#pragma warning restore xUnit1051
}
