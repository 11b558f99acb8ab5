using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.ModelFactory;

/// <summary>
/// A recorded response rebuilt by hand with the factory and written with the SDK's own JSON context says what the
/// server said: the factory builds the same objects a real response reads into.
/// </summary>
public sealed class ModelFactoryWireShapeTests
{
    [Fact]
    public void A_factory_built_tool_call_completion_writes_the_recorded_response()
    {
        string fixture = Fixture.Text(Fixture.Named("20", ".json")).Trim();
        NoUnmodelledMembers(JsonSerializer.Deserialize(fixture, OpenRouterJsonContext.Default.ChatCompletion)!);

        ChatCompletion built = OpenRouterModelFactory.ChatCompletion(
            id: "gen-1777319796-ug8Nx1UYcyazw6kXAE7h",
            created: 1777319796,
            model: "anthropic/claude-4.5-haiku-20251001",
            provider: "Amazon Bedrock",
            choices:
            [
                OpenRouterModelFactory.ChatCompletionChoice(
                    index: 0,
                    finishReason: FinishReason.ToolCalls,
                    nativeFinishReason: new FinishReason("tool_use"),
                    message: OpenRouterModelFactory.ChatCompletionMessage(
                        toolCalls:
                        [
                            OpenRouterModelFactory.ToolCall(
                                index: 0,
                                id: "toolu_bdrk_01V4dpjrUNjqou54LTv3DMEt",
                                functionName: "weather",
                                functionArguments: "{\"location\": \"Florence, Italy\"}"),
                        ])),
            ],
            usage: OpenRouterModelFactory.Usage(
                promptTokens: 577,
                completionTokens: 54,
                cost: 0.000847m,
                isByok: false,
                promptTokensDetails: OpenRouterModelFactory.PromptTokensDetails(cachedTokens: 0, cacheWriteTokens: 0, audioTokens: 0, videoTokens: 0),
                costDetails: OpenRouterModelFactory.CostDetails(upstreamInferenceCost: 0.000847m, upstreamInferencePromptCost: 0.000577m, upstreamInferenceCompletionsCost: 0.00027m),
                completionTokensDetails: OpenRouterModelFactory.CompletionTokensDetails(reasoningTokens: 0, imageTokens: 0, audioTokens: 0)));

        string written = JsonSerializer.Serialize(built, OpenRouterJsonContext.Default.ChatCompletion);

        Meaning(written).Should().Be(Meaning(fixture));
    }

    [Fact]
    public void A_factory_built_text_completion_writes_the_recorded_response()
    {
        string fixture = Fixture.Text(Fixture.Named("01", ".json")).Trim();
        NoUnmodelledMembers(JsonSerializer.Deserialize(fixture, OpenRouterJsonContext.Default.ChatCompletion)!);

        ChatCompletion built = OpenRouterModelFactory.ChatCompletion(
            id: "gen-1769672415-IZfpP2WAlINOOT5hLvOW",
            created: 1769672415,
            model: "openai/gpt-4o",
            provider: "OpenAI",
            systemFingerprint: "fp_deacdd5f6f",
            choices:
            [
                OpenRouterModelFactory.ChatCompletionChoice(
                    message: OpenRouterModelFactory.ChatCompletionMessage(content: "Hello!"),
                    finishReason: FinishReason.Stop,
                    nativeFinishReason: FinishReason.Stop),
            ],
            usage: OpenRouterModelFactory.Usage(
                promptTokens: 12,
                completionTokens: 2,
                cost: 0.00005m,
                isByok: false,
                promptTokensDetails: OpenRouterModelFactory.PromptTokensDetails(cachedTokens: 0, audioTokens: 0),
                costDetails: OpenRouterModelFactory.CostDetails(0.00005m, 0.00003m, 0.00002m),
                completionTokensDetails: OpenRouterModelFactory.CompletionTokensDetails(reasoningTokens: 0, audioTokens: 0)));

        string written = JsonSerializer.Serialize(built, OpenRouterJsonContext.Default.ChatCompletion);

        Meaning(written).Should().Be(Meaning(fixture));
    }

    [Fact]
    public void The_comparison_sees_a_changed_value_a_missing_member_and_a_non_empty_list()
    {
        string original = """{"a":1,"b":[],"c":null,"d":{"e":"x"}}""";

        Meaning("""{"d":{"e":"x"},"a":1.0}""").Should().Be(Meaning(original), "order, 1 vs 1.0, null and [] carry no meaning");
        Meaning("""{"a":2,"d":{"e":"x"}}""").Should().NotBe(Meaning(original));
        Meaning("""{"a":1}""").Should().NotBe(Meaning(original));
        Meaning("""{"a":1,"b":[1],"d":{"e":"x"}}""").Should().NotBe(Meaning(original));
    }

    [Fact]
    public void A_factory_built_completion_reads_back_through_the_SDK_unchanged()
    {
        ChatCompletion built = OpenRouterModelFactory.ChatCompletion(
            id: "gen-1",
            created: 1_767_225_600,
            model: "openai/gpt-4o-mini",
            serviceTier: new ServiceTier("default"),
            choices: [OpenRouterModelFactory.ChatCompletionChoice(message: OpenRouterModelFactory.ChatCompletionMessage(content: "Hi", reasoning: "Greeting."), finishReason: FinishReason.Stop)],
            usage: OpenRouterModelFactory.Usage(promptTokens: 5, completionTokens: 1, cost: 0.0000123m));

        ChatCompletion read = JsonSerializer.Deserialize(JsonSerializer.Serialize(built, OpenRouterJsonContext.Default.ChatCompletion), OpenRouterJsonContext.Default.ChatCompletion)!;

        read.Id.Should().Be("gen-1");
        read.CreatedAt.Should().Be(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        read.ServiceTier.Should().Be(new ServiceTier("default"));
        read.Choices.Should().ContainSingle();
        read.Choices[0].Message.Content.Should().Be("Hi");
        read.Choices[0].Message.Reasoning.Should().Be("Greeting.");
        read.Choices[0].FinishReason.Should().Be(FinishReason.Stop);
        read.Usage!.TotalTokens.Should().Be(6);
        read.Usage.Cost.Should().Be(0.0000123m);
    }

    // The rebuilt object holds only what the factory sets, so the fixture must not carry members the SDK keeps aside.
    private static void NoUnmodelledMembers(ChatCompletion read)
    {
        read.AdditionalProperties.Should().BeNull();
        read.Usage!.AdditionalProperties.Should().BeNull();
        read.Choices.Should().OnlyContain(c => c.AdditionalProperties == null && c.Message.AdditionalProperties == null);
    }

    /// <summary>
    /// The JSON as a reader understands it: members sorted, numbers by value, and null members and empty arrays
    /// dropped (the server leaves out a list the factory gives as empty; a reader sees no items either way).
    /// </summary>
    private static string Meaning(string json) => Normalize(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o
            .Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value)))
            .Where(p => p.Value is not null && p.Value is not JsonArray { Count: 0 })
            .OrderBy(p => p.Key, StringComparer.Ordinal)),
        JsonArray a => new JsonArray(a.Select(Normalize).ToArray()),
        // Dividing by 1.000... drops trailing zeros, so 1.0 and 1, or 2e-05 and 0.00002, write the same.
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(decimal.Parse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture) / 1.000000000000000000000000000000000m),
        null => null,
        _ => node.DeepClone(),
    };
}
