using FluentAssertions;
using OpenRouter.Sdk.Http;
using Xunit;

namespace OpenRouter.Sdk.Tests.Paths;

/// <summary>A caller's value can never change which endpoint is called: it is one escaped segment or query value.</summary>
public sealed class ApiPathTests
{
    [Theory]
    [InlineData("openai/gpt-4o", "keys/openai%2Fgpt-4o")]
    [InlineData("a?b=c", "keys/a%3Fb%3Dc")]
    [InlineData("x#frag", "keys/x%23frag")]
    [InlineData("100%", "keys/100%25")]
    [InlineData("with space", "keys/with%20space")]
    [InlineData("café", "keys/caf%C3%A9")]
    [InlineData("..%2F", "keys/..%252F")]
    public void A_segment_is_escaped_so_it_stays_one_segment(string value, string expected) =>
        ApiPath.Of("keys").Segment(value).Value.Should().Be(expected);

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void Dot_segments_are_refused_because_they_would_move_up_the_path(string value)
    {
        Action build = () => ApiPath.Of("keys").Segment(value);

        build.Should().Throw<ArgumentException>().WithParameterName("value");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_segment_is_refused(string value)
    {
        Action build = () => ApiPath.Of("keys").Segment(value);

        build.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Query_values_are_escaped_and_joined_with_ampersands()
    {
        ApiPath path = ApiPath.Of("generation").Query("id", "gen-1&admin=true").Query("date", "2025-08-24");

        path.Value.Should().Be("generation?id=gen-1%26admin%3Dtrue&date=2025-08-24");
        path.WithoutQuery().Should().Be("generation");
    }

    [Fact]
    public void Fixed_segments_follow_escaped_ones()
    {
        ApiPath path = ApiPath.Of("models").Segment("openai").Segment("gpt-4o:free").Then("endpoints");

        path.Value.Should().Be("models/openai/gpt-4o%3Afree/endpoints");
        path.ToString().Should().Be(path.Value);
    }
}
