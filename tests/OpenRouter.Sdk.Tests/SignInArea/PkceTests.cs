using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace OpenRouter.Sdk.Tests.SignInArea;

public sealed class PkceTests
{
    [Fact]
    public void CreateCodeChallenge_matches_the_S256_example_of_RFC_7636_appendix_B()
    {
        OpenRouterPkce.CreateCodeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
            .Should().Be("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    [Fact]
    public void CreateCodeVerifier_is_32_random_bytes_in_base64url_without_padding()
    {
        string[] verifiers = Enumerable.Range(0, 50).Select(_ => OpenRouterPkce.CreateCodeVerifier()).ToArray();

        verifiers.Should().OnlyContain(v => Regex.IsMatch(v, "^[A-Za-z0-9_-]{43}$"), "32 bytes are 43 base64url characters, with no '=', '+' or '/'");
        verifiers.Distinct().Should().HaveCount(50, "each verifier comes from a cryptographic random source");
        OpenRouterPkce.CreateCodeChallenge(verifiers[0]).Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
    }

    [Theory]
    [InlineData("too-short")]
    [InlineData("dBjftJeZ4CVP+mB92K27uhbUJU1p1r/wW1gFWFOEjXk=")]
    public void CreateCodeChallenge_refuses_a_value_that_is_not_an_RFC_7636_verifier(string verifier)
    {
        FluentActions.Invoking(() => OpenRouterPkce.CreateCodeChallenge(verifier)).Should().Throw<ArgumentException>();
    }
}
