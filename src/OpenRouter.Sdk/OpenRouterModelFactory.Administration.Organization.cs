namespace OpenRouter.Sdk;

public static partial class OpenRouterModelFactory
{
    /// <summary>
    /// Builds an <see cref="Sdk.OrganizationMember"/>, as <see cref="OpenRouterOrganizationClient.ListMembersAsync"/>
    /// returns it, for a fake of that client.
    /// </summary>
    /// <param name="id">The member's user id; null reads as empty.</param>
    /// <param name="email">The member's email address; null reads as empty.</param>
    /// <param name="firstName">The member's first name, if any.</param>
    /// <param name="lastName">The member's last name, if any.</param>
    /// <param name="role">The member's role in the organization; null gives <see cref="OrganizationMemberRole.Member"/>.</param>
    /// <returns>The member.</returns>
    public static OrganizationMember OrganizationMember(
        string? id = null,
        string? email = null,
        string? firstName = null,
        string? lastName = null,
        OrganizationMemberRole? role = null) => new()
    {
        Id = id!,
        Email = email!,
        FirstName = firstName,
        LastName = lastName,
        Role = role ?? OrganizationMemberRole.Member,
    };
}
