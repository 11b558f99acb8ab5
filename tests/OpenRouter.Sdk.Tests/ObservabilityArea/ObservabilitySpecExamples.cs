namespace OpenRouter.Sdk.Tests.ObservabilityArea;

/// <summary>The examples of openapi-2026-08.yaml for the observability operations, as the spec gives them.</summary>
internal static class ObservabilitySpecExamples
{
    public const string Id = "99999999-aaaa-bbbb-cccc-dddddddddddd";
    public const string WorkspaceId = "550e8400-e29b-41d4-a716-446655440000";

    // components/schemas/ObservabilityDestination example (a Langfuse destination): the item of every answer.
    public const string Destination = """
        {"api_key_hashes":null,"broadcast_generation_cost":false,"broadcast_generation_identity":false,"broadcast_generation_request_context":false,
         "config":{"baseUrl":"https://us.cloud.langfuse.com","publicKey":"pk-l...EfGh","secretKey":"sk-l...AbCd"},
         "created_at":"2025-08-24T10:30:00Z","enabled":true,"filter_rules":null,"id":"99999999-aaaa-bbbb-cccc-dddddddddddd",
         "name":"Production Langfuse","privacy_mode":false,"sampling_rate":1,"type":"langfuse","updated_at":"2025-08-24T15:45:00Z",
         "workspace_id":"550e8400-e29b-41d4-a716-446655440000"}
        """;

    // GetObservabilityDestinationResponse, CreateObservabilityDestinationResponse and UpdateObservabilityDestinationResponse examples.
    public const string DestinationEnvelope = "{\"data\":" + Destination + "}";

    // ListObservabilityDestinationsResponse example.
    public const string DestinationList = "{\"data\":[" + Destination + "],\"total_count\":1}";

    // components/schemas/ObservabilityDatadogDestination example.
    public const string Datadog = """
        {"data":{"api_key_hashes":null,"broadcast_generation_cost":false,"broadcast_generation_identity":false,"broadcast_generation_request_context":false,
         "config":{"apiKey":"************...AbCd","mlApp":"my-llm-app","url":"https://api.us5.datadoghq.com"},"created_at":"2025-08-24T10:30:00Z",
         "enabled":true,"filter_rules":null,"id":"99999999-aaaa-bbbb-cccc-dddddddddddd","name":"Production Datadog","privacy_mode":false,
         "sampling_rate":1,"type":"datadog","updated_at":"2025-08-24T15:45:00Z","workspace_id":"550e8400-e29b-41d4-a716-446655440000"}}
        """;

    // A webhook destination in the ObservabilityWebhookDestination shape with every optional setting in use: a key
    // allowlist, filter rules (the ObservabilityFilterRuleGroup example plus an "or" group with a number and a
    // value-less rule), sampling, privacy mode and the broadcast flags; plus a member the SDK does not model.
    public const string Filtered = """
        {"data":{"api_key_hashes":["f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"],"broadcast_generation_cost":true,
         "broadcast_generation_identity":true,"broadcast_generation_request_context":true,
         "config":{"url":"https://example.com/openrouter-events","method":"POST","headers":{"X-Team":"ml"}},"created_at":"2025-08-24T10:30:00Z",
         "enabled":false,"filter_rules":{"enabled":true,"groups":[
           {"logic":"and","rules":[{"field":"model","operator":"equals","value":"openai/gpt-4o"}]},
           {"logic":"or","rules":[{"field":"total_cost","operator":"gte","value":0.05},{"field":"session_id","operator":"exists"}]}]},
         "id":"88888888-aaaa-bbbb-cccc-dddddddddddd","name":null,"privacy_mode":true,"sampling_rate":0.25,"type":"webhook",
         "updated_at":"2025-08-25T08:00:00Z","workspace_id":"550e8400-e29b-41d4-a716-446655440000","delivery_region":"eu"}}
        """;

    // The CreateObservabilityDestinationRequest example, exactly.
    public const string CreateExample = """
        {"config":{"baseUrl":"https://us.cloud.langfuse.com","publicKey":"pk-l...EfGh","secretKey":"sk-l...AbCd"},"name":"Production Langfuse","type":"langfuse"}
        """;

    // The UpdateObservabilityDestinationRequest example, exactly.
    public const string UpdateExample = """{"enabled":false,"name":"Updated Langfuse"}""";

    // DeleteObservabilityDestinationResponse example.
    public const string Deleted = """{"deleted":true}""";

    // The 403 example of POST /observability/destinations.
    public const string Forbidden = """{"error":{"code":403,"message":"Only management keys can perform this operation"}}""";

    // A Langfuse secret key that must never be printed or logged.
    public const string SecretKey = "sk-lf-0123-very-secret-langfuse-key";
}
