namespace OpenRouter.Sdk.Tests.ByokArea;

/// <summary>The examples of openapi-2026-08.yaml for the BYOK operations, as the spec gives them.</summary>
internal static class ByokSpecExamples
{
    // components/schemas/BYOKKey example.
    public const string Key = """
        {"allowed_api_key_hashes":null,"allowed_models":null,"allowed_user_ids":null,"created_at":"2025-08-24T10:30:00Z","disabled":false,
         "id":"11111111-2222-3333-4444-555555555555","is_fallback":false,"label":"sk-...AbCd","name":"Production OpenAI Key","provider":"openai",
         "sort_order":0,"workspace_id":"550e8400-e29b-41d4-a716-446655440000"}
        """;

    public const string KeyEnvelope = "{\"data\":" + Key + "}";

    public const string KeyList = "{\"data\":[" + Key + "],\"total_count\":1}";

    // UpdateBYOKKeyResponse example: the new name.
    public const string Updated = """
        {"data":{"allowed_api_key_hashes":null,"allowed_models":null,"allowed_user_ids":null,"created_at":"2025-08-24T10:30:00Z","disabled":false,
         "id":"11111111-2222-3333-4444-555555555555","is_fallback":false,"label":"sk-...AbCd","name":"Updated OpenAI Key","provider":"openai",
         "sort_order":0,"workspace_id":"550e8400-e29b-41d4-a716-446655440000"}}
        """;

    // A 2026-08 credential with every restriction set and no workspace (global), in the BYOKKey schema's shape.
    public const string Restricted = """
        {"data":{"allowed_api_key_hashes":["f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"],"allowed_models":["openai/gpt-5.2"],
         "allowed_user_ids":["user_abc123"],"created_at":"2025-08-24T10:30:00Z","disabled":true,"id":"22222222-2222-3333-4444-555555555555",
         "is_fallback":true,"label":"AKIA...WXYZ","name":null,"provider":"amazon-bedrock","sort_order":2,"workspace_id":null,"region_hint":"eu"}}
        """;

    public const string Deleted = """{"deleted":true}""";

    // The CreateBYOKKeyRequest example's key: a secret that must never be printed or logged.
    public const string SecretKey = "sk-proj-abc123-very-secret-provider-key";
}
