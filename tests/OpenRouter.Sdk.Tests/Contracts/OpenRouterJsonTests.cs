using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Builders;
using OpenRouter.Sdk.Tests.Infrastructure;
using OpenRouter.Sdk.Tests.Streaming;
using Xunit;

namespace OpenRouter.Sdk.Tests.Contracts;

/// <summary>
/// <see cref="OpenRouterJson"/>: the public, source-generated way to serialize the SDK's types. Reflection cannot be
/// switched off inside a test process, so the tests pin what makes it work without reflection (the resolver is the
/// SDK's generated context, unknown types are refused instead of reflected over) and that it writes the wire JSON.
/// </summary>
public sealed class OpenRouterJsonTests
{
    [Fact]
    public void The_options_are_read_only_and_resolve_through_the_source_generated_context()
    {
        OpenRouterJson.Options.IsReadOnly.Should().BeTrue();
        OpenRouterJson.TypeInfoResolver.Should().BeAssignableTo<JsonSerializerContext>("the metadata is generated at compile time");
        OpenRouterJson.TypeInfoResolver.GetType().Assembly.Should().BeSameAs(typeof(ChatCompletion).Assembly);
        OpenRouterJson.Options.TypeInfoResolver.Should().BeSameAs(OpenRouterJson.TypeInfoResolver);
        OpenRouterJson.Options.TypeInfoResolverChain.Should().ContainSingle().Which.Should().BeSameAs(OpenRouterJson.TypeInfoResolver);

        Action change = () => OpenRouterJson.Options.WriteIndented = true;
        change.Should().Throw<InvalidOperationException>("callers share one instance");
    }

    [Fact]
    public void A_type_the_SDK_does_not_serialize_is_refused_rather_than_reflected_over()
    {
        Action reflect = () => OpenRouterJson.GetTypeInfo<NotAnSdkType>();

        reflect.Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void A_completion_round_trips_to_the_wire_json()
    {
        string wire = Fixture.Text("01-chat-nonstream-basic-gpt-4o.json");

        ChatCompletion completion = JsonSerializer.Deserialize(wire, OpenRouterJson.GetTypeInfo<ChatCompletion>())!;
        completion.Choices[0].Message.Content.Should().Be("Hello!");
        completion.Usage!.Cost.Should().Be(0.00005m);
        completion.Provider.Should().Be("OpenAI");

        string written = JsonSerializer.Serialize(completion, OpenRouterJson.GetTypeInfo<ChatCompletion>());
        written.Should().Contain("\"finish_reason\":\"stop\"").And.Contain("\"prompt_tokens\":12").And.NotContain("null", "nulls are not written");
        WireJson.EquivalentIgnoringNulls(wire, written);
    }

    [Fact]
    public void Stream_chunks_round_trip_to_the_wire_json()
    {
        List<JsonElement> recorded = WireJson.ChunkElements("04-chat-stream-basic-gpt-4o.sse");
        recorded.Should().NotBeEmpty();

        var text = new System.Text.StringBuilder();
        foreach (JsonElement element in recorded)
        {
            ChatCompletionChunk chunk = element.Deserialize(OpenRouterJson.GetTypeInfo<ChatCompletionChunk>())!;
            text.Append(chunk.Choices.FirstOrDefault()?.Delta?.Content);
            WireJson.EquivalentIgnoringNulls(element.GetRawText(), JsonSerializer.Serialize(chunk, OpenRouterJson.GetTypeInfo<ChatCompletionChunk>()));
        }

        text.ToString().Should().Be("Hello!");
    }

    [Fact]
    public void A_list_of_models_round_trips_to_the_wire_json()
    {
        string data = JsonNode.Parse(Fixture.Text("27-models-list-filtered-2026-08.json"))!["data"]!.ToJsonString();

        List<ModelInfo> models = JsonSerializer.Deserialize(data, OpenRouterJson.GetTypeInfo<List<ModelInfo>>())!;
        models.Select(m => m.Id).Should().Equal("anthropic/claude-sonnet-4", "openai/gpt-4.1-mini", "openai/gpt-4o", "openai/gpt-3.5-turbo");
        models[0].ContextLength.Should().Be(1_000_000);

        string written = JsonSerializer.Serialize(models, OpenRouterJson.GetTypeInfo<List<ModelInfo>>());

        // Prices arrive as strings ("0.000003") and are written as JSON numbers, which the SDK reads back the same.
        JsonNode writtenPricing = JsonNode.Parse(written)![0]!["pricing"]!;
        writtenPricing["prompt"]!.GetValue<decimal>().Should().Be(0.000003m);
        writtenPricing["overrides"]![0]!["min_prompt_tokens"]!.GetValue<int>().Should().Be(200_000);
        JsonSerializer.Deserialize(written, OpenRouterJson.GetTypeInfo<List<ModelInfo>>())![0].Pricing.Prompt.Should().Be(0.000003m);
        WireJson.EquivalentIgnoringNulls(WithoutPricing(data), WithoutPricing(written));
    }

    private static string WithoutPricing(string models)
    {
        JsonArray array = JsonNode.Parse(models)!.AsArray();
        foreach (JsonNode? model in array)
        {
            model!.AsObject().Remove("pricing");
        }

        return array.ToJsonString();
    }

    [Fact]
    public void Members_the_SDK_does_not_know_are_written_back()
    {
        const string wire = """{"id":"gen-1","object":"chat.completion","created":1,"model":"m","choices":[],"next_gen_field":{"a":[1,2]}}""";

        ChatCompletion completion = JsonSerializer.Deserialize(wire, OpenRouterJson.GetTypeInfo<ChatCompletion>())!;

        JsonNode.Parse(JsonSerializer.Serialize(completion, OpenRouterJson.GetTypeInfo<ChatCompletion>()))!["next_gen_field"]!.ToJsonString()
            .Should().Be("""{"a":[1,2]}""");
    }

    [Fact]
    public void A_copy_of_the_options_can_change_settings_and_keeps_the_generated_resolver()
    {
        var indented = new JsonSerializerOptions(OpenRouterJson.Options) { WriteIndented = true };
        var completion = new ChatCompletion { Id = "gen-1", Model = "openai/gpt-4o" };

        string written = JsonSerializer.Serialize(completion, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ChatCompletion>)indented.GetTypeInfo(typeof(ChatCompletion)));

        indented.TypeInfoResolver.Should().BeSameAs(OpenRouterJson.TypeInfoResolver);
        written.Should().Contain("\n  \"id\": \"gen-1\"");
        OpenRouterJson.Options.WriteIndented.Should().BeFalse("the shared instance is unchanged");
    }

    [Fact]
    public void The_readme_snippet_serializes_reads_back_copies_and_combines()
    {
        ChatCompletion completion = JsonSerializer.Deserialize(Fixture.Text("01-chat-nonstream-basic-gpt-4o.json"), OpenRouterJson.GetTypeInfo<ChatCompletion>())!;

        string json = JsonSerializer.Serialize(completion, OpenRouterJson.GetTypeInfo<ChatCompletion>());
        ChatCompletion? cached = JsonSerializer.Deserialize(json, OpenRouterJson.GetTypeInfo<ChatCompletion>());

        // Other settings: copy the read-only options. With your own types: combine the resolvers.
        var indented = new JsonSerializerOptions(OpenRouterJson.Options) { WriteIndented = true };
        var both = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(AppJsonContext.Default, OpenRouterJson.TypeInfoResolver) };

        cached!.Choices[0].Message.Content.Should().Be("Hello!");
        cached.Usage!.Cost.Should().Be(0.00005m);
        JsonSerializer.Serialize(cached, (JsonTypeInfo<ChatCompletion>)indented.GetTypeInfo(typeof(ChatCompletion))).Should().Contain("\n  \"id\": \"gen-");
        JsonSerializer.Serialize(new Weather("Oslo", 4.5), (JsonTypeInfo<Weather>)both.GetTypeInfo(typeof(Weather))).Should().Be("""{"City":"Oslo","TemperatureC":4.5}""");
        JsonSerializer.Serialize(cached, (JsonTypeInfo<ChatCompletion>)both.GetTypeInfo(typeof(ChatCompletion))).Should().Contain("\"content\":\"Hello!\"");
    }

    private sealed record NotAnSdkType(string Name);
}
