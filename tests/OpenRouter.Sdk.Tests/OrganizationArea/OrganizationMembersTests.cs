using System.Net;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;
using static OpenRouter.Sdk.Tests.OrganizationArea.OrganizationSpecExamples;

namespace OpenRouter.Sdk.Tests.OrganizationArea;

/// <summary><c>GET /organization/members</c>: the exact request, the spec's answer read, lazy paging and the management key.</summary>
public sealed class OrganizationMembersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListMembers_sends_a_GET_with_the_paging_and_the_management_key_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(Members);
        using OpenRouterClient client = Client(handler);

        List<OrganizationMember> members = await CollectAsync(client.Organization.ListMembersAsync(Ct));

        HttpRequestMessage sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Get);
        sent.RequestUri!.AbsoluteUri.Should().Be(Base + "organization/members?offset=0&limit=100");
        sent.Headers.Authorization!.Scheme.Should().Be("Bearer");
        sent.Headers.Authorization.Parameter.Should().Be(ManagementKey, "the organization is served to management keys only");
        handler.Bodies[0].Should().BeNull();

        members.Should().ContainSingle("a page shorter than the limit is the last one, whatever total_count says");
        OrganizationMember jane = members[0];
        jane.Id.Should().Be("user_2dHFtVWx2n56w6HkM0000000000");
        jane.Email.Should().Be("jane.doe@example.com");
        jane.FirstName.Should().Be("Jane");
        jane.LastName.Should().Be("Doe");
        jane.Role.Should().Be(OrganizationMemberRole.Member);
        jane.Role.Should().NotBe(OrganizationMemberRole.Admin);
        jane.AdditionalProperties.Should().BeNull("every member of the spec's member is modelled");
    }

    [Fact]
    public async Task Members_without_names_an_admin_and_unknown_members_and_roles_read_with_their_meaning()
    {
        const string answer = """
            {"data":[{"id":"user_a","email":"a@example.com","first_name":null,"last_name":null,"role":"org:admin","joined_via":"scim"},
                     {"id":"user_b","email":"b@example.com","first_name":"B","last_name":null,"role":"org:billing"}],"total_count":2}
            """;
        using OpenRouterClient client = Client(new QueueHandler(answer));

        List<OrganizationMember> members = await CollectAsync(client.Organization.ListMembersAsync(Ct));

        members[0].Role.Should().Be(OrganizationMemberRole.Admin);
        members[0].FirstName.Should().BeNull("the spec allows a member without a name");
        members[0].LastName.Should().BeNull();
        members[0].AdditionalProperties!["joined_via"].GetString().Should().Be("scim", "members the SDK does not model are kept");
        members[1].Role.Value.Should().Be("org:billing", "a role the SDK does not name is kept");
        members[1].FirstName.Should().Be("B");
    }

    [Fact]
    public async Task The_list_fetches_the_next_page_only_when_the_enumeration_reaches_it()
    {
        var handler = new QueueHandler(Page(0, 100, 101), Page(100, 1, 101));
        using OpenRouterClient client = Client(handler);

        OrganizationMember first = await FirstAsync(client.Organization.ListMembersAsync(Ct));

        first.Id.Should().Be("user_0");
        first.Role.Should().Be(OrganizationMemberRole.Admin);
        handler.Requests.Should().ContainSingle("nothing past the first page is fetched until it is needed");

        var pages = new QueueHandler(Page(0, 100, 101), Page(100, 1, 101));
        using OpenRouterClient paged = Client(pages);
        List<OrganizationMember> all = await CollectAsync(paged.Organization.ListMembersAsync(Ct));

        all.Select(m => m.Id).Should().Equal(Enumerable.Range(0, 101).Select(i => "user_" + i));
        pages.Requests.Select(r => r.RequestUri!.Query).Should().Equal("?offset=0&limit=100", "?offset=100&limit=100");
    }

    [Fact]
    public async Task A_full_last_page_costs_one_more_request_that_answers_empty()
    {
        var handler = new QueueHandler(Page(0, 100, 100), """{"data":[],"total_count":100}""");
        using OpenRouterClient client = Client(handler);

        List<OrganizationMember> all = await CollectAsync(client.Organization.ListMembersAsync(Ct));

        all.Should().HaveCount(100);
        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Cancelling_during_a_page_sends_no_further_request()
    {
        var handler = new QueueHandler(Page(0, 100, 250));
        using OpenRouterClient client = Client(handler);
        using var cts = new CancellationTokenSource();

        Func<Task> enumerate = async () =>
        {
            await foreach (OrganizationMember member in client.Organization.ListMembersAsync(cts.Token))
            {
                if (member.Id == "user_50")
                {
                    await cts.CancelAsync();
                }
            }
        };

        await enumerate.Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Without_a_management_key_the_list_fails_when_enumerated_before_any_request()
    {
        var handler = new QueueHandler(Members);
        using OpenRouterClient client = Client(handler, managementKey: null);

        IAsyncEnumerable<OrganizationMember> members = client.Organization.ListMembersAsync(Ct);
        Func<Task> enumerate = () => CollectAsync(members);

        InvalidOperationException e = (await enumerate.Should().ThrowAsync<InvalidOperationException>()).Which;
        e.Message.Should().Contain("GET /organization/members").And.Contain("OpenRouterClientOptions.ManagementKey");
        e.Message.Should().NotContain(ApiKey);
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_inference_key_set_as_the_management_key_is_refused_with_403_which_says_a_management_key_is_needed()
    {
        var handler = new QueueHandler(Forbidden) { Status = HttpStatusCode.Forbidden };
        using OpenRouterClient client = Client(handler, managementKey: ApiKey);

        Func<Task> enumerate = () => CollectAsync(client.Organization.ListMembersAsync(Ct));

        OpenRouterPermissionDeniedException e = (await enumerate.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;
        e.Message.Should().StartWith("GET /organization/members was refused (HTTP 403)");
        e.Message.Should().Contain("management key").And.Contain("Only management keys can perform this operation");
        e.Message.Should().NotContain(ApiKey);
        e.StatusCode.Should().Be(403);
    }

    [Fact]
    public async Task A_404_is_a_not_found_error()
    {
        using OpenRouterClient client = Client(new QueueHandler("""{"error":{"code":404,"message":"Resource not found"}}""") { Status = HttpStatusCode.NotFound });

        Func<Task> enumerate = () => CollectAsync(client.Organization.ListMembersAsync(Ct));

        await enumerate.Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public void The_area_is_one_instance_per_client()
    {
        using OpenRouterClient client = Client(new QueueHandler("{}"));

        client.Organization.Should().BeSameAs(client.Organization);
    }

    [Fact]
    public async Task AddOpenRouter_registers_the_organization_client_unkeyed_and_keyed_as_the_clients_own()
    {
        var services = new ServiceCollection();
        services.AddOpenRouter(o => o.ManagementKey = ManagementKey);
        services.AddOpenRouter("admin", o => o.ManagementKey = ManagementKey);
        await using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredService<OpenRouterOrganizationClient>().Should().BeSameAs(provider.GetRequiredService<OpenRouterClient>().Organization);
        provider.GetRequiredKeyedService<OpenRouterOrganizationClient>("admin").Should().BeSameAs(provider.GetRequiredKeyedService<OpenRouterClient>("admin").Organization);
        provider.GetRequiredKeyedService<OpenRouterOrganizationClient>("admin").Should().NotBeSameAs(provider.GetRequiredService<OpenRouterOrganizationClient>());
    }

    [Fact]
    public async Task A_fake_made_by_deriving_from_the_area_serves_code_under_test_without_HTTP()
    {
        OpenRouterOrganizationClient organization = new FakeOrganization();

        List<OrganizationMember> members = await CollectAsync(organization.ListMembersAsync(Ct));

        members.Single().Email.Should().Be("admin@example.com");
        members.Single().Role.Should().Be(OrganizationMemberRole.Admin);
    }

    private sealed class FakeOrganization : OpenRouterOrganizationClient
    {
        public override async IAsyncEnumerable<OrganizationMember> ListMembersAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            yield return OpenRouterModelFactory.OrganizationMember(id: "user_1", email: "admin@example.com", role: OrganizationMemberRole.Admin);
        }
    }
}
