namespace OpenRouter.Sdk.Tests.ScimArea;

/// <summary>
/// The SCIM bodies of openapi-2026-08.yaml: the operations give no response examples, so each answer is its schema's
/// envelope around the spec's own <c>ScimGroup</c> and <c>ScimGroupMapping</c> examples.
/// </summary>
internal static class ScimSpecExamples
{
    // ScimGroup example.
    public const string Group = """
        {"created_at":"2025-08-24T10:30:00.000Z","display_name":"Engineering","external_id":"group-external-id",
         "id":"550e8400-e29b-41d4-a716-446655440000","organization_id":"org_123456","updated_at":"2025-08-24T10:30:00.000Z"}
        """;

    // ScimGroupMapping example.
    public const string Mapping = """
        {"created_at":"2025-08-24T10:30:00.000Z","id":"770e8400-e29b-41d4-a716-446655440000","organization_id":"org_123456",
         "role":"member","scim_group_id":"550e8400-e29b-41d4-a716-446655440000","updated_at":"2025-08-24T10:30:00.000Z",
         "workspace_id":"660e8400-e29b-41d4-a716-446655440000"}
        """;

    // ListScimGroupsResponse: data and total_count.
    public const string Groups = "{\"data\":[" + Group + "],\"total_count\":1}";

    // ListScimGroupMappingsResponse: data and total_count.
    public const string Mappings = "{\"data\":[" + Mapping + "],\"total_count\":1}";

    // Create, Get and UpdateScimGroupMappingResponse: data.
    public const string MappingEnvelope = "{\"data\":" + Mapping + "}";

    // DeleteScimGroupMappingResponse.
    public const string Deleted = """{"deleted":true}""";
}
