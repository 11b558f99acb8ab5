using System.Text.Json;
using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.Builders.Wire;

namespace OpenRouter.Sdk.Tests.Builders;

/// <summary>What is certainly wrong throws at the builder call; ranges the service owns pass through.</summary>
public sealed class BuilderArgumentTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""{"type":"object"}""").RootElement.Clone();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_model_id_is_rejected(string? model)
    {
        FluentActions.Invoking(() => new ChatRequestBuilder(model!)).Should().Throw<ArgumentException>().WithParameterName("model");
        FluentActions.Invoking(() => new ChatRequestBuilder("m").WithModel(model!)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ChatRequestBuilder("m").WithFallbackModels("a/b", model!)).Should().Throw<ArgumentException>().WithParameterName("models");
    }

    [Fact]
    public void Null_message_text_is_rejected()
    {
        var b = new ChatRequestBuilder("m");
        FluentActions.Invoking(() => b.AddSystemMessage((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => b.AddDeveloperMessage((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => b.AddUserMessage((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => b.AddAssistantMessage((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => b.AddToolMessage("call_1", null!)).Should().Throw<ArgumentNullException>().WithParameterName("content");
        FluentActions.Invoking(() => b.AddUserMessageWithImage(null!, "https://example.com/a.png")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => b.AddMessage(null!)).Should().Throw<ArgumentNullException>();
        b.Build().Messages.Should().BeEmpty("a rejected call adds nothing");
    }

    [Fact]
    public void Empty_or_null_parts_and_tool_call_ids_are_rejected()
    {
        var b = new ChatRequestBuilder("m");
        FluentActions.Invoking(() => b.AddUserMessage(Array.Empty<ContentPart>())).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => b.AddUserMessage(new TextPart("a"), null!)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => b.AddToolMessage("", "result")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => b.AddAssistantMessage(null, Array.Empty<ToolCall>())).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => b.AddMessages(new Message[] { new UserMessage("a"), null! })).Should().Throw<ArgumentException>();
        b.Build().Messages.Should().BeEmpty();
    }

    [Fact]
    public void Negative_token_counts_are_rejected()
    {
        var b = new ChatRequestBuilder("m");
        FluentActions.Invoking(() => b.WithMaxTokens(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxTokens");
        FluentActions.Invoking(() => b.WithMaxCompletionTokens(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxCompletionTokens");
        FluentActions.Invoking(() => b.WithReasoningMaxTokens(-5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxTokens");
        FluentActions.Invoking(() => b.WithLogprobs(true, -1)).Should().Throw<ArgumentOutOfRangeException>();
        Json(b).Should().Be(Q("{'model':'m','messages':[]}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("dots.not.allowed")]
    [InlineData("naïve")]
    [InlineData("trailing_newline\n")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // 65
    public void A_json_schema_name_outside_the_allowed_pattern_is_rejected(string name)
    {
        FluentActions.Invoking(() => ResponseFormat.JsonSchema(name, Schema)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new ChatRequestBuilder("m").WithJsonSchema(name, Schema)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ResponseFormat.ForType(BuilderTestJsonContext.Default.CityAnswer, name)).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("a")]
    [InlineData("Weather_report-2")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // 64
    public void A_json_schema_name_inside_the_pattern_is_accepted(string name)
    {
        ResponseFormat.JsonSchema(name, Schema).JsonSchemaFormat!.Name.Should().Be(name);
    }

    [Fact]
    public void Ranges_owned_by_OpenRouter_are_not_checked()
    {
        string json = Json(new ChatRequestBuilder("m").WithTemperature(7).WithTopP(3).WithFrequencyPenalty(-10).WithTopK(-1)
            .WithLogitBias(1, 500).WithProvider(p => p.MaxPrice(prompt: -1m)));

        json.Should().Be(Q("{'model':'m','messages':[],'temperature':7,'top_p':3,'top_k':-1,'frequency_penalty':-10,'logit_bias':{'1':500},'provider':{'max_price':{'prompt':-1}}}"));
    }

    [Fact]
    public void Duplicate_function_tools_and_modelled_fields_as_additional_properties_are_rejected()
    {
        var b = new ChatRequestBuilder("m").WithTool(ChatTool.CreateFunction("f"));
        FluentActions.Invoking(() => b.WithTool(ChatTool.CreateFunction("f"))).Should().Throw<ArgumentException>().WithMessage("*'f'*");
        FluentActions.Invoking(() => b.WithAdditionalProperty("temperature", 1)).Should().Throw<ArgumentException>().WithMessage("*'temperature'*");
        FluentActions.Invoking(() => b.WithAdditionalProperty("", 1)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Empty_provider_names_transforms_and_stop_sequences_are_rejected()
    {
        FluentActions.Invoking(() => new ChatRequestBuilder("m").WithProvider(p => p.Order("a", ""))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ChatRequestBuilder("m").WithProvider(p => p.Only(null!))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ChatRequestBuilder("m").WithTransforms("")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ChatRequestBuilder("m").WithStop("a", null!)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ChatRequestBuilder("m").WithMetadata("", "v")).Should().Throw<ArgumentException>();
    }
}
