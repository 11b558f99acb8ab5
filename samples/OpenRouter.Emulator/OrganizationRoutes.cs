using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The Organization area: <c>GET /organization/members</c>, paged with <c>offset</c> and <c>limit</c>, over an
/// organization of <see cref="MemberCount"/> seeded members kept in memory per emulator: the spec's example member
/// first, then the emulator's own admin, then numbered members without names (so a full listing takes two pages of
/// 100). Like every management route it needs a bearer key and, when
/// <see cref="OpenRouterEmulatorOptions.ManagementKey"/> is set, that key.
/// </summary>
internal static class OrganizationRoutes
{
    /// <summary>How many members the emulated organization has.</summary>
    public const int MemberCount = 105;

    /// <summary>The id of the spec's example member, Jane Doe (<c>org:member</c>), listed first.</summary>
    public const string ExampleMemberId = "user_2dHFtVWx2n56w6HkM0000000000";

    /// <summary>The id of the organization's admin, listed second: the user the emulator's other routes name as the actor.</summary>
    public const string AdminId = "user_emulator";

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapOrganizationRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        IReadOnlyList<JsonObject> members = Seed();
        endpoints.MapGet(EmulatorEndpoints.Prefix + "/organization/members", EmulatorEndpoints.Management(state, context => ListAsync(context, members)));
        return endpoints;
    }

    private static Task ListAsync(HttpContext context, IReadOnlyList<JsonObject> members)
    {
        IQueryCollection query = context.Request.Query;
        int offset = int.TryParse(query["offset"], CultureInfo.InvariantCulture, out int o) && o >= 0 ? o : 0;
        int limit = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out int l) ? l : 50;
        if (limit is < 1 or > 100)
        {
            return WireJson.WriteErrorAsync(context, 400, "limit must be between 1 and 100");
        }

        var data = new JsonArray(members.Skip(offset).Take(limit).Select(m => m.DeepClone()).ToArray());
        return WireJson.WriteAsync(context, 200, new JsonObject { ["data"] = data, ["total_count"] = members.Count });
    }

    private static List<JsonObject> Seed()
    {
        var members = new List<JsonObject>
        {
            Member(ExampleMemberId, "jane.doe@example.com", "Jane", "Doe", "org:member"),
            Member(AdminId, "admin@emulator.invalid", "Emulator", "Admin", "org:admin"),
        };
        for (int i = members.Count + 1; i <= MemberCount; i++)
        {
            string number = i.ToString("D4", CultureInfo.InvariantCulture);
            members.Add(Member("user_emulated_" + number, $"member{number}@emulator.invalid", null, null, "org:member"));
        }

        return members;
    }

    private static JsonObject Member(string id, string email, string? firstName, string? lastName, string role) => new()
    {
        ["id"] = id,
        ["email"] = email,
        ["first_name"] = firstName,
        ["last_name"] = lastName,
        ["role"] = role,
    };
}
