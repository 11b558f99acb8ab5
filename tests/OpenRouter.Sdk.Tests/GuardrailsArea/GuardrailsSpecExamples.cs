namespace OpenRouter.Sdk.Tests.GuardrailsArea;

/// <summary>The response examples of openapi-2026-08.yaml for the Guardrails operations, as the spec gives them.</summary>
internal static class GuardrailsSpecExamples
{
    // components/schemas/GetGuardrailResponse example, plus the Guardrail schema's training flags and a builtin scan scope.
    public const string Guardrail = """
        {"allowed_models":null,"allowed_providers":["openai","anthropic","google"],
         "content_filter_builtins":[{"action":"redact","label":"[EMAIL]","slug":"email"},{"action":"block","slug":"regex-prompt-injection","scan_scope":"user_only"}],
         "content_filters":[{"action":"redact","label":"[API_KEY]","pattern":"\\b(sk-[a-zA-Z0-9]{48})\\b"}],
         "created_at":"2025-08-24T10:30:00Z","description":"Guardrail for production environment",
         "enable_free_model_publication":false,"enable_free_model_training":true,"enable_paid_model_training":true,
         "enforce_zdr":null,"enforce_zdr_anthropic":true,"enforce_zdr_google":false,"enforce_zdr_openai":true,"enforce_zdr_other":false,"enforce_zdr_xai":false,
         "id":"550e8400-e29b-41d4-a716-446655440000","ignored_models":null,"ignored_providers":null,"include_byok_in_budgets":false,
         "limit_usd":100,"name":"Production Guardrail","reset_interval":"monthly","updated_at":"2025-08-24T15:45:00Z",
         "workspace_id":"0df9e665-d932-5740-b2c7-b52af166bc11"}
        """;

    public const string GuardrailEnvelope = "{\"data\":" + Guardrail + "}";

    public const string GuardrailList = "{\"data\":[" + Guardrail + "],\"total_count\":1}";

    // CreateGuardrailResponse example: updated_at null.
    public const string Created = """
        {"data":{"allowed_models":null,"allowed_providers":["openai","anthropic","google"],"content_filter_builtins":[{"action":"redact","label":"[EMAIL]","slug":"email"}],
         "content_filters":null,"created_at":"2025-08-24T10:30:00Z","description":"A guardrail for limiting API usage","enforce_zdr":null,
         "enforce_zdr_anthropic":true,"enforce_zdr_google":false,"enforce_zdr_openai":true,"enforce_zdr_other":false,"enforce_zdr_xai":false,
         "id":"550e8400-e29b-41d4-a716-446655440000","ignored_models":null,"ignored_providers":null,"include_byok_in_budgets":false,"limit_usd":50,
         "name":"My New Guardrail","reset_interval":"monthly","updated_at":null,"workspace_id":"0df9e665-d932-5740-b2c7-b52af166bc11"}}
        """;

    // UpdateGuardrailResponse example.
    public const string Updated = """
        {"data":{"allowed_models":null,"allowed_providers":["openai"],"content_filter_builtins":[{"action":"redact","label":"[EMAIL]","slug":"email"}],
         "content_filters":null,"created_at":"2025-08-24T10:30:00Z","description":"Updated description","enforce_zdr":null,
         "enforce_zdr_anthropic":true,"enforce_zdr_google":true,"enforce_zdr_openai":true,"enforce_zdr_other":true,"enforce_zdr_xai":true,
         "id":"550e8400-e29b-41d4-a716-446655440000","ignored_models":null,"ignored_providers":null,"include_byok_in_budgets":true,"limit_usd":75,
         "name":"Updated Guardrail Name","reset_interval":"weekly","updated_at":"2025-08-24T16:00:00Z","workspace_id":"0df9e665-d932-5740-b2c7-b52af166bc11"}}
        """;

    public const string KeyAssignments = """
        {"data":[{"assigned_by":"user_abc123","created_at":"2025-08-24T10:30:00Z","guardrail_id":"550e8400-e29b-41d4-a716-446655440001",
          "id":"550e8400-e29b-41d4-a716-446655440000","key_hash":"c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93",
          "key_label":"prod-key","key_name":"Production Key"}],"total_count":1}
        """;

    public const string MemberAssignments = """
        {"data":[{"assigned_by":"user_abc123","created_at":"2025-08-24T10:30:00Z","guardrail_id":"550e8400-e29b-41d4-a716-446655440001",
          "id":"550e8400-e29b-41d4-a716-446655440000","organization_id":"org_xyz789","user_id":"user_abc123"}],"total_count":1}
        """;
}
