using System.Globalization;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace OpenRouter.Sdk.Tests.Catalog;

/// <summary>The per-million helpers give the figure openrouter.ai shows, printed without the per-token price's trailing zeros.</summary>
public sealed class ModelPricingPerMillionTests
{
    [Theory]
    [InlineData("0.0000001", "0.1")]
    [InlineData("0.000003", "3")]
    [InlineData("0.000015", "15")]
    [InlineData("0.00000125", "1.25")]
    [InlineData("0.0000000375", "0.0375")]
    [InlineData("0", "0")]
    [InlineData("-1", "-1000000")]
    public void A_per_million_price_prints_without_trailing_zeros(string perToken, string shown)
    {
        decimal price = decimal.Parse(perToken, CultureInfo.InvariantCulture);

        string printed = ModelPricing.PerMillionTokens(price).ToString(CultureInfo.InvariantCulture);

        printed.Should().Be(shown);
    }

    [Fact]
    public void Stripping_the_zeros_keeps_every_significant_digit()
    {
        // 28 significant digits: the largest precision a decimal holds, so a rounding normalisation would show here.
        decimal perToken = 0.0000001234567890123456789012m;

        decimal perMillion = ModelPricing.PerMillionTokens(perToken);

        perMillion.Should().Be(0.1234567890123456789012m);
        perMillion.ToString(CultureInfo.InvariantCulture).Should().Be("0.1234567890123456789012");
        (perMillion / 1_000_000m).Should().Be(perToken, "the conversion is exact both ways");
    }

    [Fact]
    public void Prices_read_from_the_wire_give_plain_per_million_figures()
    {
        ModelPricing pricing = JsonSerializer.Deserialize("""{"prompt":"0.0000001","completion":"0.0000004000"}""",
            Serialization.OpenRouterJsonContext.Default.ModelPricing)!;

        pricing.PromptPerMillionTokens.ToString(CultureInfo.InvariantCulture).Should().Be("0.1");
        pricing.CompletionPerMillionTokens.ToString(CultureInfo.InvariantCulture).Should().Be("0.4");
        pricing.Prompt.Should().Be(0.0000001m, "the per-token price itself is kept as sent");
    }
}
