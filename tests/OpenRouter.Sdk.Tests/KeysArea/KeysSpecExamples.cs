namespace OpenRouter.Sdk.Tests.KeysArea;

/// <summary>The spec's own success examples (openapi-2026-08.yaml, paths /keys and /keys/{hash}), verbatim as JSON.</summary>
internal static class KeysSpecExamples
{
    public const string List = """
        {"data":[{"byok_usage":17.38,"byok_usage_daily":17.38,"byok_usage_monthly":17.38,"byok_usage_weekly":17.38,
          "created_at":"2025-08-24T10:30:00Z","creator_user_id":"user_2dHFtVWx2n56w6HkM0000000000","disabled":false,
          "expires_at":"2027-12-31T23:59:59Z","hash":"f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
          "include_byok_in_limit":false,"label":"Production API Key","limit":100,"limit_remaining":74.5,"limit_reset":"monthly",
          "name":"My Production Key","updated_at":"2025-08-24T15:45:00Z","usage":25.5,"usage_daily":25.5,"usage_monthly":25.5,
          "usage_weekly":25.5,"workspace_id":"0df9e665-d932-5740-b2c7-b52af166bc11"}]}
        """;

    public const string Create = """
        {"data":{"byok_usage":0,"byok_usage_daily":0,"byok_usage_monthly":0,"byok_usage_weekly":0,
          "created_at":"2025-08-24T10:30:00Z","creator_user_id":"user_2dHFtVWx2n56w6HkM0000000000","disabled":false,
          "expires_at":"2027-12-31T23:59:59Z","hash":"f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
          "include_byok_in_limit":true,"label":"My New API Key","limit":50,"limit_remaining":50,"limit_reset":"monthly",
          "name":"My New API Key","updated_at":null,"usage":0,"usage_daily":0,"usage_monthly":0,"usage_weekly":0,
          "workspace_id":"0df9e665-d932-5740-b2c7-b52af166bc11"},
         "key":"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"}
        """;

    public const string CreatedKey = "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";

    public const string Get = """
        {"data":{"byok_usage":17.38,"byok_usage_daily":17.38,"byok_usage_monthly":17.38,"byok_usage_weekly":17.38,
          "created_at":"2025-08-24T10:30:00Z","creator_user_id":"user_2dHFtVWx2n56w6HkM0000000000","disabled":false,
          "expires_at":"2027-12-31T23:59:59Z","hash":"f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
          "include_byok_in_limit":false,"label":"Production API Key","limit":100,"limit_remaining":74.5,"limit_reset":"monthly",
          "name":"My Production Key","updated_at":"2025-08-24T15:45:00Z","usage":25.5,"usage_daily":25.5,"usage_monthly":25.5,
          "usage_weekly":25.5,"workspace_id":"0df9e665-d932-5740-b2c7-b52af166bc11"}}
        """;

    public const string Update = """
        {"data":{"byok_usage":17.38,"byok_usage_daily":17.38,"byok_usage_monthly":17.38,"byok_usage_weekly":17.38,
          "created_at":"2025-08-24T10:30:00Z","creator_user_id":"user_2dHFtVWx2n56w6HkM0000000000","disabled":false,
          "expires_at":null,"hash":"f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
          "include_byok_in_limit":true,"label":"Updated API Key Name","limit":75,"limit_remaining":49.5,"limit_reset":"daily",
          "name":"Updated API Key Name","updated_at":"2025-08-24T16:00:00Z","usage":25.5,"usage_daily":25.5,"usage_monthly":25.5,
          "usage_weekly":25.5,"workspace_id":"0df9e665-d932-5740-b2c7-b52af166bc11"}}
        """;

    public const string Delete = """{"deleted":true}""";

    public const string Forbidden = """{"error":{"code":403,"message":"Only management keys can perform this operation"}}""";
}
