using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.Builders.Wire;

namespace OpenRouter.Sdk.Tests.Builders;

public sealed class BuildIsolationTests
{
    private static ChatRequestBuilder Template() => new ChatRequestBuilder("openai/gpt-4o")
        .AddUserMessage("hi")
        .WithFallbackModels("a/b")
        .WithProvider(p => p.Order("openai").MaxPrice(prompt: 1m))
        .WithReasoningEffort(ReasoningEffortLevel.Low)
        .WithStop("END")
        .WithLogitBias(1, 1)
        .WithMetadata("k", "v")
        .WithTransforms("middle-out")
        .WithWebSearch(maxResults: 1)
        .WithTool(ChatTool.CreateFunction("f"))
        .WithImageConfig(new JsonObject { ["aspect_ratio"] = "1:1" })
        .WithAdditionalProperty("extra", 1);

    [Fact]
    public void Changing_the_builder_after_Build_leaves_the_earlier_request_unchanged()
    {
        ChatRequestBuilder builder = Template();
        ChatCompletionRequest first = builder.Build();
        string before = Json(first);

        builder.AddUserMessage("more")
            .WithFallbackModels("c/d")
            .WithProvider(p => p.Order("azure").AllowFallbacks(false).MaxPrice(prompt: 9m))
            .WithReasoningEffort(ReasoningEffortLevel.High)
            .WithReasoningMaxTokens(10)
            .WithStop("STOP")
            .WithLogitBias(2, 2)
            .WithMetadata("k", "changed")
            .WithTransforms("other")
            .WithWebSearch(maxResults: 9)
            .WithModeration()
            .WithTool(ChatTool.CreateFunction("g"))
            .WithImageConfig(new JsonObject { ["aspect_ratio"] = "9:16" })
            .WithAdditionalProperty("extra", 2)
            .WithModelVariant(ModelVariant.Nitro);

        Json(first).Should().Be(before);
        Json(builder.Build()).Should().NotBe(before);
    }

    [Fact]
    public void Two_builds_share_no_mutable_state()
    {
        ChatRequestBuilder builder = Template();
        ChatCompletionRequest first = builder.Build();
        string expected = Json(builder.Build());

        first.Messages.Add(new UserMessage("mutated"));
        first.Models!.Add("x/y");
        first.Provider!.Order!.Add("groq");
        first.Provider.MaxPrice!.Prompt = 5m;
        first.Reasoning!.Effort = ReasoningEffortLevel.High;
        first.Stop!.Add("X");
        first.LogitBias!["9"] = 9;
        first.Metadata!["k"] = "x";
        first.Transforms!.Add("x");
        first.Plugins![0].MaxResults = 7;
        first.Tools![0].Function!.Name = "renamed";
        first.ImageConfig!["aspect_ratio"] = "2:1";
        first.AdditionalProperties!["extra"] = 3;

        Json(builder.Build()).Should().Be(expected);
    }

    [Fact]
    public void Objects_passed_in_are_copied_so_later_caller_changes_do_not_leak_in()
    {
        var preferences = new ProviderPreferences { Order = new List<string> { "openai" } };
        var reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.Low };
        var plugin = Plugin.Web(maxResults: 1);
        var tool = ChatTool.CreateFunction("f");
        ChatRequestBuilder builder = new ChatRequestBuilder("m").WithProvider(preferences).WithReasoning(reasoning).WithPlugin(plugin).WithTool(tool);
        string expected = Json(builder);

        preferences.Order.Add("azure");
        reasoning.Effort = ReasoningEffortLevel.High;
        plugin.MaxResults = 5;
        tool.Function!.Name = "g";
        builder.WithReasoningMaxTokens(100);

        reasoning.MaxTokens.Should().BeNull("the builder must not write into the caller's ReasoningConfig");
        Json(builder).Should().Be(Q(expected.Replace("\"effort\":\"low\"}", "\"effort\":\"low\",\"max_tokens\":100}").Replace('"', '\'')));
    }

    [Fact]
    public void ProviderPreferencesBuilder_builds_new_instances()
    {
        var builder = new ProviderPreferencesBuilder().Order("a").SortBy(ProviderSort.Latency);
        ProviderPreferences first = builder.Build();
        builder.Order("b");

        first.Order.Should().Equal("a");
        builder.Build().Order.Should().Equal("b");
        builder.Build().Should().NotBeSameAs(builder.Build());
    }
}
