namespace OpenRouter.Sdk.Tests.OrganizationArea;

/// <summary>The examples of openapi-2026-08.yaml for <c>GET /organization/members</c>, as the spec gives them.</summary>
internal static class OrganizationSpecExamples
{
    // The 200 example of listOrganizationMembers: one member of 25.
    public const string Members = """
        {"data":[{"email":"jane.doe@example.com","first_name":"Jane","id":"user_2dHFtVWx2n56w6HkM0000000000","last_name":"Doe","role":"org:member"}],
         "total_count":25}
        """;

    // The 403 example of the management routes.
    public const string Forbidden = """{"error":{"code":403,"message":"Only management keys can perform this operation"}}""";

    /// <summary>A page of <paramref name="count"/> members numbered from <paramref name="from"/>, in the spec's shape.</summary>
    public static string Page(int from, int count, int total) =>
        "{\"data\":[" + string.Join(",", Enumerable.Range(from, count).Select(i =>
            $"{{\"id\":\"user_{i}\",\"email\":\"member{i}@example.com\",\"first_name\":null,\"last_name\":null,\"role\":\"{(i == 0 ? "org:admin" : "org:member")}\"}}"))
        + "],\"total_count\":" + total + "}";
}
