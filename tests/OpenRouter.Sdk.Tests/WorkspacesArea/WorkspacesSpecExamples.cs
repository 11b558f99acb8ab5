namespace OpenRouter.Sdk.Tests.WorkspacesArea;

/// <summary>The response examples of openapi-2026-08.yaml for the Workspaces operations, as the spec gives them.</summary>
internal static class WorkspacesSpecExamples
{
    // GetWorkspaceResponse example.
    public const string Workspace = """
        {"created_at":"2025-08-24T10:30:00Z","created_by":"user_abc123","default_guardrail_id":"595d5849-7e86-51fd-a7c0-705c34e4afff",
         "default_image_model":"openai/dall-e-3","default_provider_sort":"price","default_text_model":"openai/gpt-4o",
         "description":"Production environment workspace","id":"550e8400-e29b-41d4-a716-446655440000","include_byok_in_budgets":false,
         "io_logging_api_key_ids":null,"io_logging_sampling_rate":1,"is_data_discount_logging_enabled":true,
         "is_observability_broadcast_enabled":false,"is_observability_io_logging_enabled":false,"name":"Production","slug":"production",
         "updated_at":"2025-08-24T15:45:00Z"}
        """;

    public const string WorkspaceEnvelope = "{\"data\":" + Workspace + "}";

    public const string WorkspaceList = "{\"data\":[" + Workspace + "],\"total_count\":1}";

    // CreateWorkspaceResponse example: updated_at null.
    public const string Created = """
        {"data":{"created_at":"2025-08-24T10:30:00Z","created_by":"user_abc123","default_guardrail_id":"595d5849-7e86-51fd-a7c0-705c34e4afff",
         "default_image_model":"openai/dall-e-3","default_provider_sort":"price","default_text_model":"openai/gpt-4o",
         "description":"Production environment workspace","id":"550e8400-e29b-41d4-a716-446655440000","include_byok_in_budgets":false,
         "io_logging_api_key_ids":null,"io_logging_sampling_rate":1,"is_data_discount_logging_enabled":true,
         "is_observability_broadcast_enabled":false,"is_observability_io_logging_enabled":false,"name":"Production","slug":"production",
         "updated_at":null}}
        """;

    // UpdateWorkspaceResponse example.
    public const string Updated = """
        {"data":{"created_at":"2025-08-24T10:30:00Z","created_by":"user_abc123","default_guardrail_id":"595d5849-7e86-51fd-a7c0-705c34e4afff",
         "default_image_model":"openai/dall-e-3","default_provider_sort":"price","default_text_model":"openai/gpt-4o",
         "description":"Production environment workspace","id":"550e8400-e29b-41d4-a716-446655440000","include_byok_in_budgets":false,
         "io_logging_api_key_ids":null,"io_logging_sampling_rate":1,"is_data_discount_logging_enabled":true,
         "is_observability_broadcast_enabled":false,"is_observability_io_logging_enabled":false,"name":"Updated Workspace","slug":"updated-workspace",
         "updated_at":"2025-08-25T10:00:00Z"}}
        """;

    public const string Deleted = """{"deleted":true}""";

    public const string Members = """
        {"data":[{"created_at":"2025-08-24T10:30:00Z","id":"660e8400-e29b-41d4-a716-446655440000","role":"member","user_id":"user_abc123",
          "workspace_id":"550e8400-e29b-41d4-a716-446655440000"}],"total_count":1}
        """;

    public const string MembersAdded = """
        {"added_count":1,"data":[{"created_at":"2025-08-24T10:30:00Z","id":"660e8400-e29b-41d4-a716-446655440000","role":"member",
          "user_id":"user_abc123","workspace_id":"550e8400-e29b-41d4-a716-446655440000"}]}
        """;

    public const string MembersRemoved = """{"removed_count":2}""";
}
