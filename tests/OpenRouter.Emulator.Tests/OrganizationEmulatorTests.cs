using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The emulator's organization members, listed through the SDK end to end.</summary>
public sealed class OrganizationEmulatorTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient ClientFor(OpenRouterEmulator emulator, string? managementKey = ManagementKey) =>
        new(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, ManagementKey = managementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

    [Fact]
    public async Task Every_member_is_listed_across_two_pages_with_names_and_roles()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using OpenRouterClient client = ClientFor(emulator);

        var members = new List<OrganizationMember>();
        await foreach (OrganizationMember member in client.Organization.ListMembersAsync(Ct))
        {
            members.Add(member);
        }

        members.Should().HaveCount(OrganizationRoutes.MemberCount, "105 members take two pages of at most 100");
        members.Select(m => m.Id).Should().OnlyHaveUniqueItems("the second page continues where the first ended");
        OrganizationMember jane = members[0];
        jane.Id.Should().Be(OrganizationRoutes.ExampleMemberId);
        jane.Email.Should().Be("jane.doe@example.com");
        jane.FirstName.Should().Be("Jane");
        jane.LastName.Should().Be("Doe");
        jane.Role.Should().Be(OrganizationMemberRole.Member);
        members[1].Id.Should().Be(OrganizationRoutes.AdminId);
        members[1].Role.Should().Be(OrganizationMemberRole.Admin);
        members.Count(m => m.Role == OrganizationMemberRole.Admin).Should().Be(1);
        members[^1].FirstName.Should().BeNull("members without names read as null");
        members[^1].Email.Should().EndWith("@emulator.invalid");
    }

    [Fact]
    public async Task Stopping_early_reads_only_the_first_page()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        var counting = new CountingHandler();
        using var client = new OpenRouterClient(new HttpClient(counting),
            new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, ManagementKey = ManagementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });

        int seen = 0;
        await foreach (OrganizationMember member in client.Organization.ListMembersAsync(Ct))
        {
            if (++seen == 100)
            {
                break;
            }
        }

        counting.Paths.Should().Equal(["/api/v1/organization/members?offset=0&limit=100"], "the second page is never needed");
    }

    private sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        public List<string> Paths { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Paths.Add(request.RequestUri!.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task Without_a_management_key_the_sdk_sends_nothing_and_an_inference_key_is_refused_with_403()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);
        using OpenRouterClient none = ClientFor(emulator, managementKey: null);
        using OpenRouterClient wrong = ClientFor(emulator, managementKey: TestCredentials.ApiKey);

        Func<Task> withoutKey = async () =>
        {
            await foreach (OrganizationMember member in none.Organization.ListMembersAsync(Ct))
            {
            }
        };
        Func<Task> withWrongKey = async () =>
        {
            await foreach (OrganizationMember member in wrong.Organization.ListMembersAsync(Ct))
            {
            }
        };

        await withoutKey.Should().ThrowAsync<InvalidOperationException>();
        (await withWrongKey.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which.Message
            .Should().StartWith("GET /organization/members was refused (HTTP 403)").And.Contain("management key");
    }
}
