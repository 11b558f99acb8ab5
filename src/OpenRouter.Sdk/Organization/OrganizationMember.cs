using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A member of the organization the management key belongs to (<see cref="OpenRouterOrganizationClient.ListMembersAsync"/>):
/// a user, with their name, email and organization role. Not a <see cref="WorkspaceMember"/>, which is a membership of
/// one workspace.
/// </summary>
public sealed class OrganizationMember
{
    // A JSON null where a value is promised reads as the empty value, never as null.
    private string _id = string.Empty;
    private string _email = string.Empty;

    /// <summary>The member's user id, such as <c>user_2dHFtVWx2n56w6HkM0000000000</c>. (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string Id { get => _id; set => _id = value ?? string.Empty; }

    /// <summary>The member's email address. (<c>email</c>)</summary>
    [JsonPropertyName("email")]
    public string Email { get => _email; set => _email = value ?? string.Empty; }

    /// <summary>The member's first name; null when the user has not given one. (<c>first_name</c>)</summary>
    [JsonPropertyName("first_name")]
    public string? FirstName { get; set; }

    /// <summary>The member's last name; null when the user has not given one. (<c>last_name</c>)</summary>
    [JsonPropertyName("last_name")]
    public string? LastName { get; set; }

    /// <summary>The member's role in the organization: <see cref="OrganizationMemberRole.Admin"/> or <see cref="OrganizationMemberRole.Member"/>. (<c>role</c>)</summary>
    [JsonPropertyName("role")]
    public OrganizationMemberRole Role { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
