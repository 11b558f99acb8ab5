using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using Xunit;

namespace OpenRouter.Sdk.Tests.OrganizationArea;

/// <summary><see cref="OpenRouterModelFactory.OrganizationMember"/> builds what a real answer reads into.</summary>
public sealed class OrganizationModelFactoryTests
{
    [Fact]
    public void The_spec_example_built_with_the_factory_is_the_member_the_SDK_reads()
    {
        OrganizationMember read = JsonSerializer.Deserialize(OrganizationSpecExamples.Members, OpenRouterJsonContext.Default.DataEnvelopeListOrganizationMember)!.Data!.Single();

        OrganizationMember built = OpenRouterModelFactory.OrganizationMember(
            id: "user_2dHFtVWx2n56w6HkM0000000000", email: "jane.doe@example.com", firstName: "Jane", lastName: "Doe", role: OrganizationMemberRole.Member);

        JsonSerializer.Serialize(built, OpenRouterJsonContext.Default.OrganizationMember)
            .Should().Be(JsonSerializer.Serialize(read, OpenRouterJsonContext.Default.OrganizationMember));
    }

    [Fact]
    public void Left_out_arguments_give_an_unnamed_plain_member()
    {
        OrganizationMember built = OpenRouterModelFactory.OrganizationMember();

        built.Id.Should().BeEmpty();
        built.Email.Should().BeEmpty();
        built.FirstName.Should().BeNull();
        built.LastName.Should().BeNull();
        built.Role.Should().Be(OrganizationMemberRole.Member, "most members are not admins");
        OpenRouterModelFactory.OrganizationMember(role: OrganizationMemberRole.Admin).Role.Should().Be(OrganizationMemberRole.Admin);
    }
}
