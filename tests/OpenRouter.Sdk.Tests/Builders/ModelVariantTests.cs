using FluentAssertions;
using Xunit;

namespace OpenRouter.Sdk.Tests.Builders;

public sealed class ModelVariantTests
{
    [Theory]
    [InlineData("openai/gpt-4o", "nitro", "openai/gpt-4o:nitro")]
    [InlineData("meta-llama/llama-3.1-8b-instruct:free", "floor", "meta-llama/llama-3.1-8b-instruct:floor")]
    [InlineData("anthropic/claude-3.5-sonnet:beta", "exacto", "anthropic/claude-3.5-sonnet:exacto")]
    [InlineData("openai/gpt-4o:online", "online", "openai/gpt-4o:online")]
    [InlineData("deepseek/deepseek-r1", "thinking", "deepseek/deepseek-r1:thinking")]
    [InlineData("qwen/qwen3-8b", "extended", "qwen/qwen3-8b:extended")]
    [InlineData("qwen/qwen3-8b", "free", "qwen/qwen3-8b:free")]
    public void Apply_appends_or_replaces_the_single_variant(string model, string variant, string expected)
    {
        ModelVariant.Apply(model, new ModelVariant(variant)).Should().Be(expected);
    }

    [Fact]
    public void Known_variants_have_their_wire_suffixes()
    {
        new[] { ModelVariant.Free, ModelVariant.Nitro, ModelVariant.Floor, ModelVariant.Online, ModelVariant.Thinking, ModelVariant.Exacto, ModelVariant.Extended }
            .Select(v => v.Value).Should().Equal("free", "nitro", "floor", "online", "thinking", "exacto", "extended");
        OpenRouterModels.Auto.Should().Be("openrouter/auto");
    }

    [Fact]
    public void Variant_can_be_read_and_removed()
    {
        ModelVariant.TryGetFrom("openai/gpt-4o:nitro", out ModelVariant variant).Should().BeTrue();
        variant.Should().Be(ModelVariant.Nitro);
        ModelVariant.TryGetFrom("openai/gpt-4o", out _).Should().BeFalse();
        ModelVariant.RemoveFrom("openai/gpt-4o:nitro").Should().Be("openai/gpt-4o");
        ModelVariant.RemoveFrom("openai/gpt-4o").Should().Be("openai/gpt-4o");
    }

    [Theory]
    [InlineData("")]
    [InlineData("a:b")]
    [InlineData("a/b")]
    public void A_variant_with_a_separator_or_nothing_is_rejected(string value)
    {
        FluentActions.Invoking(() => new ModelVariant(value)).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("openai/gpt-4o:")]
    [InlineData(":nitro")]
    public void A_model_id_with_an_empty_part_is_rejected(string model)
    {
        FluentActions.Invoking(() => ModelVariant.Apply(model, ModelVariant.Nitro)).Should().Throw<ArgumentException>();
    }
}
