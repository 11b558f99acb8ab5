using System.Collections;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentAssertions;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Chat;

/// <summary>
/// Responses that are odd but readable: timestamps out of range, nulls where the model promises a value, and 200
/// bodies that are really errors. One odd member never fails a whole answer, no non-nullable property ever holds
/// null, and an error is always raised as an error.
/// </summary>
public sealed class ResponseRobustnessTests
{
    private const long Seconds = 1_747_930_371;
    private const long Milliseconds = 1_747_930_371_123;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChatCompletionRequest Request() => new() { Model = "openai/gpt-4o", Messages = { new UserMessage("hi") } };

    private static OpenRouterClient Client(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        TestClients.Create(new StubHandler().Respond(status, body));

    // ---- S14: timestamps out of range ----

    [Fact]
    public async Task S14_a_model_list_with_one_created_in_milliseconds_and_absurd_ones_still_reads()
    {
        string[] created = [Seconds.ToString(), Milliseconds.ToString(), "1e30", "-1e30", "\"soon\"", "null", "{\"at\":1}", "1.5", "\"1747930371\""];
        string body = "{\"data\":[" + string.Join(",", created.Select((c, i) => "{\"id\":\"m/" + i + "\",\"name\":\"Model " + i + "\",\"created\":" + c + ",\"context_length\":" + (1000 + i) + "}")) + "]}";
        using var client = Client(body);

        IReadOnlyList<ModelInfo> models = await client.ListModelsAsync(cancellationToken: Ct);

        models.Should().HaveCount(created.Length, "one odd timestamp must not fail the whole list");
        models.Select(m => m.Id).Should().Equal(created.Select((_, i) => "m/" + i));
        models.Select(m => m.ContextLength).Should().Equal(created.Select((_, i) => (int?)(1000 + i)));
        models[0].Created.Should().Be(DateTimeOffset.FromUnixTimeSeconds(Seconds));
        models[1].Created.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(Milliseconds), "a value too large for seconds is milliseconds");
        models[2].Created.Should().Be(DateTimeOffset.MinValue, "a time out of range reads as unknown");
        models[3].Created.Should().Be(DateTimeOffset.MinValue);
        models[4].Created.Should().Be(DateTimeOffset.MinValue);
        models[5].Created.Should().Be(DateTimeOffset.MinValue);
        models[6].Created.Should().Be(DateTimeOffset.MinValue);
        models[7].Created.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1500));
        models[8].Created.Should().Be(DateTimeOffset.FromUnixTimeSeconds(Seconds), "unix seconds sent as text are still seconds");
    }

    [Theory]
    [InlineData("1747930371123", true)]
    [InlineData("1e30", false)]
    [InlineData("-1e30", false)]
    [InlineData("99999999999999999999999", false)]
    [InlineData("\"soon\"", false)]
    [InlineData("[]", false)]
    public async Task S14_a_model_endpoint_list_whose_created_is_out_of_range_still_reads(string created, bool milliseconds)
    {
        using var client = Client("{\"data\":{\"id\":\"openai/gpt-4o\",\"created\":" + created + ",\"endpoints\":[{\"name\":\"OpenAI | gpt-4o\"}]}}");

        ModelEndpoints endpoints = await client.ListModelEndpointsAsync("openai/gpt-4o", Ct);

        endpoints.Id.Should().Be("openai/gpt-4o");
        endpoints.Endpoints.Should().ContainSingle().Which.Name.Should().Be("OpenAI | gpt-4o");
        endpoints.Created.Should().Be(milliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(Milliseconds) : DateTimeOffset.MinValue);
    }

    [Theory]
    [InlineData("1747930371", Seconds * 1000)]
    [InlineData("1747930371123", Milliseconds)]
    [InlineData("\"2025-05-22T16:12:51.123Z\"", Milliseconds)]
    [InlineData("1e30", null)]
    [InlineData("-1e30", null)]
    [InlineData("\"soon\"", null)]
    [InlineData("{}", null)]
    [InlineData("true", null)]
    public async Task S14_a_generation_whose_created_at_is_out_of_range_still_reads(string createdAt, long? expectedMilliseconds)
    {
        using var client = Client("{\"data\":{\"id\":\"gen-1\",\"total_cost\":0.5,\"created_at\":" + createdAt + ",\"model\":\"openai/gpt-4o\",\"tokens_prompt\":3}}");

        GenerationInfo generation = await client.GetGenerationAsync("gen-1", Ct);

        generation.Id.Should().Be("gen-1");
        generation.TotalCost.Should().Be(0.5m);
        generation.Model.Should().Be("openai/gpt-4o");
        generation.TokensPrompt.Should().Be(3);
        generation.CreatedAt.Should().Be(expectedMilliseconds is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
    }

    [Theory]
    [InlineData("1747930371123", Milliseconds)]
    [InlineData("1e30", null)]
    [InlineData("-99999999999999", null)]
    [InlineData("\"never\"", null)]
    public async Task S14_a_key_whose_expiry_is_out_of_range_still_reads(string expiresAt, long? expectedMilliseconds)
    {
        using var client = Client("{\"data\":{\"label\":\"sk-or-v1-abc...def\",\"usage\":1.25,\"is_free_tier\":false,\"expires_at\":" + expiresAt + "}}");

        KeyInfo key = await client.GetKeyInfoAsync(Ct);

        key.Label.Should().Be("sk-or-v1-abc...def");
        key.Usage.Should().Be(1.25m);
        key.ExpiresAt.Should().Be(expectedMilliseconds is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
    }

    [Theory]
    [InlineData("1747930371", Seconds, Seconds * 1000)]
    [InlineData("1747930371123", Milliseconds, Milliseconds)]
    [InlineData("1e30", 0L, 0L)]
    [InlineData("-1e30", 0L, 0L)]
    [InlineData("1747930371.9", Seconds, Seconds * 1000)]
    [InlineData("\"1747930371\"", Seconds, Seconds * 1000)]
    [InlineData("\"soon\"", 0L, 0L)]
    [InlineData("null", 0L, 0L)]
    public async Task S14_a_completion_whose_created_is_out_of_range_still_reads(string created, long expectedCreated, long expectedMilliseconds)
    {
        string body = "{\"id\":\"gen-1\",\"object\":\"chat.completion\",\"created\":" + created + ",\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"},\"finish_reason\":\"stop\"}]}";
        using var client = Client(body);

        ChatCompletion completion = await client.CreateChatCompletionAsync(Request(), Ct);

        completion.Choices.Single().Message.Content.Should().Be("Hi");
        completion.Created.Should().Be(expectedCreated);
        completion.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(expectedMilliseconds));
        Deserialized<ChatCompletion>(body).Created.Should().Be(expectedCreated, "the generated deserializer reads it the same way");
    }

    [Fact]
    public void S14_a_created_that_is_no_time_at_all_gives_the_documented_fallback()
    {
        new ChatCompletion { Created = long.MaxValue }.CreatedAt.Should().Be(DateTimeOffset.MinValue);
        new ChatCompletion { Created = long.MinValue }.CreatedAt.Should().Be(DateTimeOffset.MinValue);
        new ChatCompletion { Created = Milliseconds }.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(Milliseconds));
    }

    [Theory]
    [InlineData("1747930371123", Milliseconds)]
    [InlineData("1e30", 0L)]
    [InlineData("\"soon\"", 0L)]
    [InlineData("{\"x\":[1]}", 0L)]
    public async Task S14_a_stream_whose_created_is_out_of_range_still_reads(string created, long expectedCreated)
    {
        string Chunk(string text, string finish) => "{\"id\":\"gen-1\",\"object\":\"chat.completion.chunk\",\"created\":" + created + ",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text + "\"},\"finish_reason\":" + finish + "}]}";
        string[] events = [Chunk("He", "null"), Chunk("l", "null"), Chunk("lo", "null"), Chunk("", "\"stop\"")];
        var handler = new StubHandler().RespondStream(Sse([.. events, "[DONE]"]));
        using var client = TestClients.Create(handler);

        ChatCompletion completion = await client.StreamChatCompletionAsync(Request(), Ct).ToChatCompletionAsync(Ct);

        completion.Choices.Single().Message.Content.Should().Be("Hello");
        completion.Created.Should().Be(expectedCreated);
        foreach (string e in events)
        {
            ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(e)).Created.Should().Be(expectedCreated);
            Deserialized<ChatCompletionChunk>(e).Created.Should().Be(expectedCreated);
        }
    }

    [Theory]
    [InlineData("1747930371123", true)]
    [InlineData("1e30", false)]
    [InlineData("9000000000000000000", false)]
    public async Task S14_the_chat_client_view_reads_a_created_in_milliseconds_or_out_of_range(string created, bool milliseconds)
    {
        DateTimeOffset? expected = milliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(Milliseconds) : null;
        string Chunk(string text, string finish) => "{\"id\":\"gen-1\",\"object\":\"chat.completion.chunk\",\"created\":" + created + ",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text + "\"},\"finish_reason\":" + finish + "}]}";
        var handler = new StubHandler()
            .Respond(HttpStatusCode.OK, "{\"id\":\"gen-1\",\"created\":" + created + ",\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"},\"finish_reason\":\"stop\"}]}")
            .RespondStream(Sse(Chunk("Hi", "null"), Chunk("", "\"stop\""), "[DONE]"));
        using var client = TestClients.Create(handler);
        IChatClient chat = client.AsIChatClient("openai/gpt-4o");

        ChatResponse response = await chat.GetResponseAsync("hi", cancellationToken: Ct);
        var updates = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("hi", cancellationToken: Ct))
        {
            updates.Add(update);
        }

        response.Text.Should().Be("Hi");
        response.CreatedAt.Should().Be(expected);
        updates.Where(u => u.Text.Length > 0).Select(u => u.Text).Should().Equal("Hi");
        updates.Should().OnlyContain(u => u.CreatedAt == expected);
    }

    // ---- S19: nulls where the model promises a value ----

    [Fact]
    public async Task S19_a_null_message_reads_as_an_empty_assistant_message()
    {
        const string body = """{"id":"gen-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":null,"finish_reason":"stop"}]}""";
        using var client = Client(body);

        ChatCompletion completion = await client.CreateChatCompletionAsync(Request(), Ct);

        ChatCompletionMessage message = completion.Choices.Single().Message;
        message.Should().NotBeNull();
        message.Role.Should().Be(MessageRole.Assistant);
        message.Content.Should().BeNull();
        completion.Choices.Single().FinishReason.Should().Be(FinishReason.Stop);
        Deserialized<ChatCompletion>(body).Choices.Single().Message.Role.Should().Be(MessageRole.Assistant, "the generated deserializer reads it the same way");
    }

    [Fact]
    public async Task S19_null_choices_read_as_none_on_either_reader()
    {
        const string body = """{"id":"gen-1","object":"chat.completion","created":1,"model":null,"choices":null}""";
        const string chunk = """{"id":null,"object":"chat.completion.chunk","created":1,"model":null,"choices":null}""";
        using var client = Client(body);

        ChatCompletion completion = await client.CreateChatCompletionAsync(Request(), Ct);

        completion.Choices.Should().NotBeNull().And.BeEmpty();
        completion.Model.Should().BeEmpty();
        Deserialized<ChatCompletion>(body).Choices.Should().NotBeNull().And.BeEmpty();
        Deserialized<ChatCompletion>(body).Model.Should().BeEmpty();
        ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(chunk)).Choices.Should().NotBeNull().And.BeEmpty();
        ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(chunk)).Id.Should().BeEmpty();
        Deserialized<ChatCompletionChunk>(chunk).Choices.Should().NotBeNull().And.BeEmpty();
        Deserialized<ChatCompletionChunk>(chunk).Id.Should().BeEmpty();
    }

    [Fact]
    public async Task S19_null_items_of_a_list_are_left_out()
    {
        const string body = """
            {"id":"gen-1","choices":[null,{"index":0,"message":{"role":"assistant","content":"Hi",
              "tool_calls":[null,{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}],
              "reasoning_details":[null],"annotations":[null],"images":[null]},"finish_reason":"tool_calls"}]}
            """;
        using var client = Client(body);

        ChatCompletion completion = await client.CreateChatCompletionAsync(Request(), Ct);

        ChatCompletionChoice choice = completion.Choices.Should().ContainSingle().Subject;
        choice.Message.Content.Should().Be("Hi");
        choice.Message.ToolCalls.Should().ContainSingle().Which.Id.Should().Be("call_1");
        choice.Message.ReasoningDetails.Should().BeEmpty();
        choice.Message.Annotations.Should().BeEmpty();
        choice.Message.Images.Should().BeEmpty();
        Json(Deserialized<ChatCompletion>(body)).Should().Be(Json(completion), "the generated deserializer reads it the same way");
    }

    [Fact]
    public async Task S19_a_null_model_in_a_list_is_left_out_and_the_others_read()
    {
        using var client = Client("""{"data":[null,{"id":"a/b","name":"A B","supported_parameters":[null,"tools"],"architecture":{"input_modalities":[null,"text"],"output_modalities":null}},null]}""");

        IReadOnlyList<ModelInfo> models = await client.ListModelsAsync(cancellationToken: Ct);

        ModelInfo model = models.Should().ContainSingle().Subject;
        model.Id.Should().Be("a/b");
        model.SupportedParameters.Should().Equal("tools");
        model.SupportsParameter("tools").Should().BeTrue();
        model.Architecture!.InputModalities.Should().Equal(Modality.Text);
        model.Architecture.OutputModalities.Should().NotBeNull().And.BeEmpty();
    }

    [Fact]
    public async Task S19_a_list_answer_without_data_is_a_typed_error()
    {
        using var client = Client("""{"data":null}""");

        Func<Task> act = () => client.ListModelsAsync(cancellationToken: Ct);

        (await act.Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which.Message.Should().Contain("data");
    }

    [Fact]
    public async Task S19_a_null_where_a_number_is_required_is_a_typed_error_never_a_NullReferenceException()
    {
        using var client = Client("""{"id":"gen-1","choices":[{"index":null,"message":{"content":"Hi"}}]}""");

        Func<Task> act = () => client.CreateChatCompletionAsync(Request(), Ct);

        await act.Should().ThrowAsync<OpenRouterInvalidResponseException>();
    }

    public static TheoryData<string, bool> Endpoints()
    {
        var data = new TheoryData<string, bool>();
        foreach (string endpoint in new[] { "completion", "stream", "models", "endpoints", "providers", "generation", "key", "credits", "embeddings" })
        {
            data.Add(endpoint, false);
            data.Add(endpoint, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task S19_no_non_nullable_property_holds_null_after_reading_a_body_of_nulls(string endpoint, bool nested)
    {
        // nested = false: every member of the answer is null. nested = true: every object is there with every one of
        // its members null, and every list holds a null item beside one such object.
        var problems = new List<string>();
        object result = endpoint switch
        {
            "completion" => await Client(NullBody(typeof(ChatCompletion), nested)).CreateChatCompletionAsync(Request(), Ct),
            "stream" => await ReadStreamAsync(NullBody(typeof(ChatCompletionChunk), nested), problems),
            "models" => await Client(Data(NullList(typeof(ModelInfo), nested))).ListModelsAsync(cancellationToken: Ct),
            "endpoints" => await Client(Data(NullBody(typeof(ModelEndpoints), nested))).ListModelEndpointsAsync("a/b", Ct),
            "providers" => await Client(Data(NullList(typeof(ProviderInfo), nested))).ListProvidersAsync(Ct),
            "generation" => await Client(Data(NullBody(typeof(GenerationInfo), nested))).GetGenerationAsync("gen-1", Ct),
            "key" => await Client(Data(NullBody(typeof(KeyInfo), nested))).GetKeyInfoAsync(Ct),
            "credits" => await Client(Data(NullBody(typeof(CreditsInfo), nested))).GetCreditsAsync(Ct),
            _ => await Client(NullBody(typeof(EmbeddingsResponse), nested)).CreateEmbeddingsAsync(new EmbeddingsRequest("m", "x"), Ct),
        };

        NullWalker.Walk(result, endpoint, problems);

        problems.Should().BeEmpty();
    }

    private static async Task<ChatCompletion> ReadStreamAsync(string chunk, List<string> problems)
    {
        var handler = new StubHandler().RespondStream(Sse(chunk, chunk, "[DONE]"));
        using var client = TestClients.Create(handler);
        var accumulator = new ChatCompletionAccumulator();
        int i = 0;
        await foreach (ChatCompletionChunk read in client.StreamChatCompletionAsync(Request(), Ct))
        {
            NullWalker.Walk(read, "chunk" + i++, problems);
            accumulator.Append(read);
        }

        NullWalker.Walk(Deserialized<ChatCompletionChunk>(chunk), "deserialized chunk", problems);
        return accumulator.ToChatCompletion();
    }

    // ---- S17 (parsing): 200 bodies that are errors ----

    [Fact]
    public async Task S17_a_200_whose_error_is_a_string_raises_with_that_message()
    {
        using var client = Client("""{"error":"Upstream provider overloaded, try again"}""");

        Func<Task> act = () => client.CreateChatCompletionAsync(Request(), Ct);

        OpenRouterException e = (await act.Should().ThrowAsync<OpenRouterException>()).Which;
        e.Should().NotBeOfType<OpenRouterInvalidResponseException>();
        e.Message.Should().Contain("Upstream provider overloaded, try again");
        e.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task S17_a_completion_whose_only_choice_carries_an_error_raises_its_code_and_message()
    {
        using var client = Client("""{"id":"gen-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"error":{"code":502,"message":"Upstream failed"},"finish_reason":"error","message":{"role":"assistant","content":""}}]}""");

        Func<Task> act = () => client.CreateChatCompletionAsync(Request(), Ct);

        OpenRouterException e = (await act.Should().ThrowAsync<OpenRouterException>()).Which;
        e.GetType().Should().Be(typeof(OpenRouterException));
        e.StatusCode.Should().Be(502);
        e.ErrorCode.Should().Be("502");
        e.Message.Should().Contain("Upstream failed");
    }

    [Fact]
    public async Task S17_a_choice_error_with_a_rate_limit_code_raises_the_rate_limit_exception()
    {
        using var client = Client("""{"id":"gen-1","choices":[{"index":0,"error":{"code":429,"message":"Rate limited upstream","metadata":{"provider_name":"Google"}},"finish_reason":"error"}]}""");

        Func<Task> act = () => client.CreateChatCompletionAsync(Request(), Ct);

        OpenRouterRateLimitException e = (await act.Should().ThrowAsync<OpenRouterRateLimitException>()).Which;
        e.StatusCode.Should().Be(429);
        e.ProviderName.Should().Be("Google");
        e.Message.Should().Contain("Rate limited upstream");
    }

    [Fact]
    public async Task S17_a_choice_error_beside_a_choice_that_answered_is_returned_not_raised()
    {
        using var client = Client("""{"id":"gen-1","choices":[{"index":0,"message":{"role":"assistant","content":"Hi"},"finish_reason":"stop"},{"index":1,"error":{"code":502,"message":"Upstream failed"},"finish_reason":"error"}]}""");

        ChatCompletion completion = await client.CreateChatCompletionAsync(Request(), Ct);

        completion.Choices.Should().HaveCount(2);
        completion.Choices[0].Message.Content.Should().Be("Hi");
        completion.Choices[1].Error!.Message.Should().Be("Upstream failed");
    }

    [Fact]
    public async Task S17_a_choice_error_that_is_a_string_is_read_and_raised()
    {
        using var client = Client("""{"id":"gen-1","choices":[{"index":0,"error":"Provider returned error","finish_reason":"error"}]}""");

        Func<Task> act = () => client.CreateChatCompletionAsync(Request(), Ct);

        (await act.Should().ThrowAsync<OpenRouterException>()).Which.Message.Should().Contain("Provider returned error");
    }

    [Fact]
    public async Task S17_a_non_2xx_body_whose_error_is_a_string_keeps_the_message()
    {
        using var client = Client("""{"error":"Service temporarily unavailable"}""", HttpStatusCode.BadRequest);

        Func<Task> act = () => client.CreateChatCompletionAsync(Request(), Ct);

        OpenRouterBadRequestException e = (await act.Should().ThrowAsync<OpenRouterBadRequestException>()).Which;
        e.StatusCode.Should().Be(400);
        e.Message.Should().Be("OpenRouter returned HTTP 400: Service temporarily unavailable");
    }

    [Fact]
    public async Task S17_a_200_list_answer_whose_error_is_a_string_raises()
    {
        using var client = Client("""{"error":"Catalog unavailable"}""");

        Func<Task> act = () => client.ListModelsAsync(cancellationToken: Ct);

        OpenRouterException e = (await act.Should().ThrowAsync<OpenRouterException>()).Which;
        e.Should().NotBeOfType<OpenRouterInvalidResponseException>();
        e.Message.Should().Contain("Catalog unavailable");
    }

    [Theory]
    [InlineData("""{"id":"gen-1","object":"chat.completion.chunk","created":1,"model":"m","error":"Provider disconnected","choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]}""", "Provider disconnected")]
    [InlineData("""{"id":"gen-1","choices":[],"error":""}""", "")]
    public void S17_the_chunk_reader_fills_the_error_message_from_a_string(string json, string message)
    {
        byte[] data = Encoding.UTF8.GetBytes(json);

        ChatCompletionChunk chunk = ChatCompletionChunkReader.Read(data);

        chunk.Error.Should().NotBeNull();
        chunk.Error!.Message.Should().Be(message);
        chunk.Error.Code.Should().BeNull();
        Json(chunk).Should().Be(Json(Deserialized<ChatCompletionChunk>(json)), "the generated deserializer reads it the same way");
    }

    [Fact]
    public void S17_a_choice_error_that_is_a_string_is_read_by_either_reader()
    {
        const string chunk = """{"id":"gen-1","choices":[{"index":0,"delta":{"content":""},"error":"Upstream failed","finish_reason":"error"}]}""";
        const string completion = """{"id":"gen-1","choices":[{"index":0,"message":{"content":""},"error":"Upstream failed","finish_reason":"error"}]}""";

        ChatCompletionChunkReader.Read(Encoding.UTF8.GetBytes(chunk)).Choices[0].Error!.Message.Should().Be("Upstream failed");
        Deserialized<ChatCompletionChunk>(chunk).Choices[0].Error!.Message.Should().Be("Upstream failed");
        ChatCompletionChunkReader.ReadCompletion(Encoding.UTF8.GetBytes(completion)).Choices[0].Error!.Message.Should().Be("Upstream failed");
        Deserialized<ChatCompletion>(completion).Choices[0].Error!.Message.Should().Be("Upstream failed");
    }

    // ---- helpers ----

    private static T Deserialized<T>(string json) => (T)JsonSerializer.Deserialize(json, typeof(T), OpenRouterJsonContext.Default)!;

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, typeof(T), OpenRouterJsonContext.Default);

    private static string Data(string json) => "{\"data\":" + json + "}";

    private static byte[] Sse(params string[] events) => Encoding.UTF8.GetBytes(string.Concat(events.Select(e => "data: " + e + "\n\n")));

    private static string NullList(Type item, bool nested) => nested ? "[null," + NullBody(item, nested) + "]" : "[" + NullBody(item, nested) + "]";

    /// <summary>
    /// An object of <paramref name="type"/>'s wire members, each null. With <paramref name="nested"/>, members that
    /// are objects or lists hold an object of nulls (a list holds a null item beside it) instead. Numbers and flags
    /// that cannot be null get a neutral value; <c>error</c> members stay null (they would make the answer an error).
    /// </summary>
    private static string NullBody(Type type, bool nested, int depth = 6)
    {
        var members = new List<string>();
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name is not { } name)
            {
                continue;
            }

            string value = name == "error" || !nested || depth == 0 ? NullOrNeutral(property.PropertyType) : Value(property.PropertyType, depth - 1);
            members.Add("\"" + name + "\":" + value);
        }

        return "{" + string.Join(",", members) + "}";
    }

    private static string Value(Type type, int depth)
    {
        if (type == typeof(string) || Nullable.GetUnderlyingType(type) is not null || type.IsValueType || typeof(IDictionary).IsAssignableFrom(type) || IsDictionary(type))
        {
            return NullOrNeutral(type);
        }

        if (ItemType(type) is { } item)
        {
            string one = item == typeof(string) ? "\"x\"" : item.IsValueType ? Neutral(item) ?? "\"x\"" : NullBody(item, nested: true, depth);
            return item.IsValueType && !typeof(IOpenEnum).IsAssignableFrom(item) ? "[" + one + "]" : "[null," + one + "]";
        }

        return type.Namespace == "OpenRouter.Sdk" ? NullBody(type, nested: true, depth) : "null";
    }

    private static string NullOrNeutral(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Neutral(type) ?? "null" : "null";

    /// <summary>
    /// A value for a number or flag that cannot be null; null for the value types that read null leniently
    /// (timestamps: <c>long</c> and <c>DateTimeOffset</c>; open enums).
    /// </summary>
    private static string? Neutral(Type type) =>
        type == typeof(bool) ? "false"
        : type == typeof(int) || type == typeof(double) || type == typeof(decimal) || type == typeof(float) ? "0"
        : null;

    private static bool IsDictionary(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(IDictionary<,>) || type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));

    private static Type? ItemType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null;
    }

    /// <summary>Walks a read answer and names every non-nullable property (or list item) that holds null.</summary>
    private static class NullWalker
    {
        private static readonly NullabilityInfoContext Context = new();

        public static void Walk(object value, string path, List<string> problems)
        {
            if (value is IEnumerable items and not string)
            {
                int i = 0;
                foreach (object? item in items)
                {
                    if (item is null)
                    {
                        problems.Add($"{path}[{i}] is null");
                    }
                    else
                    {
                        Walk(item, $"{path}[{i}]", problems);
                    }

                    i++;
                }

                return;
            }

            Type type = value.GetType();
            if (!type.IsClass || type.Namespace != "OpenRouter.Sdk")
            {
                return;
            }

            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                object? member;
                try
                {
                    member = property.GetValue(value);
                }
                catch (TargetInvocationException e)
                {
                    problems.Add($"{path}.{property.Name} threw {e.InnerException!.GetType().Name}");
                    continue;
                }

                NullabilityInfo nullability = Context.Create(property);
                if (member is null)
                {
                    if (nullability.ReadState == NullabilityState.NotNull)
                    {
                        problems.Add($"{path}.{property.Name} is null");
                    }

                    continue;
                }

                if (member is string || member is IDictionary || IsDictionary(member.GetType()) || member.GetType().GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>))))
                {
                    continue;
                }

                if (member is IEnumerable list)
                {
                    NullabilityInfo? item = nullability.ElementType ?? (nullability.GenericTypeArguments.Length == 1 ? nullability.GenericTypeArguments[0] : null);
                    int i = 0;
                    foreach (object? entry in list)
                    {
                        if (entry is null)
                        {
                            if (item?.ReadState == NullabilityState.NotNull)
                            {
                                problems.Add($"{path}.{property.Name}[{i}] is null");
                            }
                        }
                        else
                        {
                            Walk(entry, $"{path}.{property.Name}[{i}]", problems);
                        }

                        i++;
                    }

                    continue;
                }

                Walk(member, $"{path}.{property.Name}", problems);
            }
        }
    }
}
