using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using Xunit;

namespace OpenRouter.Sdk.Tests.ObservabilityArea;

/// <summary>A filter rule's value is a string or a number, on the wire and in code.</summary>
public sealed class ObservabilityFilterValueTests
{
    private static string Write(ObservabilityFilterRule rule) => JsonSerializer.Serialize(rule, OpenRouterJsonContext.Default.ObservabilityFilterRule);

    private static ObservabilityFilterRule Read(string json) => JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.ObservabilityFilterRule)!;

    [Fact]
    public void A_string_converts_implicitly_and_is_sent_as_a_JSON_string()
    {
        ObservabilityFilterValue value = "anthropic/";

        value.IsNumber.Should().BeFalse();
        value.Text.Should().Be("anthropic/");
        value.Number.Should().BeNull();
        value.ToString().Should().Be("anthropic/");
        Write(new ObservabilityFilterRule { Field = "model", Operator = "starts_with", Value = value })
            .Should().Be("""{"field":"model","operator":"starts_with","value":"anthropic/"}""");
    }

    [Fact]
    public void A_number_converts_implicitly_and_is_sent_as_a_JSON_number()
    {
        ObservabilityFilterValue cost = 0.05m;
        ObservabilityFilterValue tokens = 1000;

        cost.IsNumber.Should().BeTrue();
        cost.Number.Should().Be(0.05m);
        cost.Text.Should().BeNull();
        tokens.Number.Should().Be(1000m);
        tokens.ToString().Should().Be("1000");
        Write(new ObservabilityFilterRule { Field = "total_tokens", Operator = "gt", Value = tokens })
            .Should().Be("""{"field":"total_tokens","operator":"gt","value":1000}""");
    }

    [Fact]
    public void A_rule_without_a_value_sends_no_value_member()
    {
        Write(new ObservabilityFilterRule { Field = ObservabilityFilterField.UserId, Operator = ObservabilityFilterOperator.NotExists })
            .Should().Be("""{"field":"user_id","operator":"not_exists"}""");
    }

    [Fact]
    public void Values_read_back_as_what_was_sent()
    {
        Read("""{"field":"total_cost","operator":"lt","value":12.345678}""").Value.Should().Be(new ObservabilityFilterValue(12.345678m));
        Read("""{"field":"input","operator":"regex","value":"^hello"}""").Value.Should().Be(new ObservabilityFilterValue("^hello"));
        Read("""{"field":"output","operator":"exists","value":null}""").Value.Should().BeNull();
    }

    [Theory]
    [InlineData("""{"field":"model","operator":"equals","value":true}""")]
    [InlineData("""{"field":"model","operator":"equals","value":["a"]}""")]
    [InlineData("""{"field":"total_cost","operator":"gt","value":1e300}""")]
    public void Anything_but_a_string_or_a_decimal_number_is_a_JSON_error(string json)
    {
        FluentActions.Invoking(() => Read(json)).Should().Throw<JsonException>();
    }

    [Fact]
    public void Equality_needs_the_same_kind_and_value()
    {
        new ObservabilityFilterValue("5").Should().NotBe(new ObservabilityFilterValue(5m), "a string and a number differ");
        (new ObservabilityFilterValue(5m) == new ObservabilityFilterValue(5.0m)).Should().BeTrue("numbers compare by value");
        (new ObservabilityFilterValue("Model") != new ObservabilityFilterValue("model")).Should().BeTrue("text compares exactly");
        new ObservabilityFilterValue(5m).GetHashCode().Should().Be(new ObservabilityFilterValue(5.0m).GetHashCode());
        default(ObservabilityFilterValue).ToString().Should().BeEmpty();
        FluentActions.Invoking(() => new ObservabilityFilterValue((string)null!)).Should().Throw<ArgumentNullException>();
    }
}
