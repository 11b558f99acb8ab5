using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary><c>AddOpenRouter</c> registers the SCIM area client as the registered client's own instance, keyed or not.</summary>
public sealed class ScimDependencyInjectionTests
{
    private const string ManagementKey = "sk-or-v1-management-0123456789abcdef0123456789ab";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Answering : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"data":[{"id":"g1","organization_id":"org_1","external_id":null,"display_name":"Engineering"}],"total_count":1}""", Encoding.UTF8, "application/json"),
            });
        }
    }

    [Fact]
    public async Task The_scim_client_resolves_as_the_registered_clients_own_and_sends_through_its_pipeline()
    {
        var handler = new Answering();
        var services = new ServiceCollection();
        services.AddOpenRouter(o =>
        {
            o.ManagementKey = ManagementKey;
            o.AppTitle = "DI scim";
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterScimClient scim = provider.GetRequiredService<OpenRouterScimClient>();
        var names = new List<string>();
        await foreach (ScimGroup group in scim.ListGroupsAsync(Ct))
        {
            names.Add(group.DisplayName);
        }

        scim.Should().BeSameAs(provider.GetRequiredService<OpenRouterClient>().Scim, "it shares the client's pipeline and lifetime");
        provider.GetRequiredService<OpenRouterScimClient>().Should().BeSameAs(scim, "a singleton, like the client");
        names.Should().Equal("Engineering");
        HttpRequestMessage sent = handler.Requests.Single();
        sent.RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/scim/groups?offset=0&limit=100");
        sent.Headers.Authorization!.Parameter.Should().Be(ManagementKey);
        sent.Headers.GetValues("X-OpenRouter-Title").Single().Should().Be("DI scim", "the registered client's options apply");
    }

    [Fact]
    public async Task A_keyed_registration_has_its_own_scim_client_under_the_same_key()
    {
        var services = new ServiceCollection();
        services.AddOpenRouter("admin", o => o.ManagementKey = ManagementKey);
        services.AddOpenRouter("other", o => o.ManagementKey = ManagementKey);
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterScimClient admin = provider.GetRequiredKeyedService<OpenRouterScimClient>("admin");
        OpenRouterScimClient other = provider.GetRequiredKeyedService<OpenRouterScimClient>("other");

        admin.Should().BeSameAs(provider.GetRequiredKeyedService<OpenRouterClient>("admin").Scim);
        other.Should().BeSameAs(provider.GetRequiredKeyedService<OpenRouterClient>("other").Scim);
        admin.Should().NotBeSameAs(other);
        provider.GetService<OpenRouterScimClient>().Should().BeNull("only keyed clients were registered");
    }
}
