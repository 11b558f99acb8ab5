using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using RichardSzalay.MockHttp;
using Xunit;

namespace OpenRouter.Sdk.Tests.Catalog;

public sealed class ProviderListTests
{
    // API.md §8.4: one provider with every field, one with the optional ones null or absent, plus an unknown member.
    private const string ProvidersBody = """
        {"data":[
          {"name":"Google AI Studio","slug":"google-ai-studio","privacy_policy_url":"https://cloud.google.com/terms/cloud-privacy-notice",
           "terms_of_service_url":"https://cloud.google.com/terms","status_page_url":"https://status.cloud.google.com",
           "headquarters":"US","datacenters":["US","BE"],"may_train":false},
          {"name":"Mystery","slug":"mystery","privacy_policy_url":null,"headquarters":null,"datacenters":null}
        ]}
        """;

    [Fact]
    public async Task Providers_are_listed_with_every_field()
    {
        using var api = new MockApi();
        api.ExpectGet("providers").Respond(HttpStatusCode.OK, "application/json", ProvidersBody);
        using var client = api.Client();

        IReadOnlyList<ProviderInfo> providers = await client.ListProvidersAsync(TestContext.Current.CancellationToken);

        api.Verify();
        providers.Should().HaveCount(2);
        ProviderInfo google = providers[0];
        google.Name.Should().Be("Google AI Studio");
        google.Slug.Should().Be("google-ai-studio");
        google.PrivacyPolicyUrl.Should().Be("https://cloud.google.com/terms/cloud-privacy-notice");
        google.TermsOfServiceUrl.Should().Be("https://cloud.google.com/terms");
        google.StatusPageUrl.Should().Be("https://status.cloud.google.com");
        google.Headquarters.Should().Be("US");
        google.Datacenters.Should().Equal("US", "BE");
        google.AdditionalProperties.Should().ContainKey("may_train");
        google.ToString().Should().Be("Google AI Studio");

        ProviderInfo mystery = providers[1];
        mystery.PrivacyPolicyUrl.Should().BeNull();
        mystery.TermsOfServiceUrl.Should().BeNull();
        mystery.Headquarters.Should().BeNull();
        mystery.Datacenters.Should().BeNull();
    }
}
