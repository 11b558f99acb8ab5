namespace OpenRouter.Sdk.Tests.PresetsArea;

/// <summary>The response examples of openapi-2026-08.yaml for the Presets management operations, as the spec gives them.</summary>
internal static class PresetsSpecExamples
{
    // listPresets 200 example (ListPresetsResponse).
    public const string PresetList = """
        {"data":[{"created_at":"2026-04-20T10:00:00Z","creator_user_id":"user_2dHFtVWx2n56w6HkM0000000000","description":null,
          "designated_version_id":"550e8400-e29b-41d4-a716-446655440000","id":"650e8400-e29b-41d4-a716-446655440001","name":"my-preset",
          "slug":"my-preset","status":"active","status_updated_at":null,"updated_at":"2026-04-20T10:00:00Z",
          "workspace_id":"750e8400-e29b-41d4-a716-446655440002"}],"total_count":1}
        """;

    // The PresetDesignatedVersion example, shared by the version answers and getPreset's designated_version.
    public const string Version = """
        {"config":{"model":"openai/gpt-4o","temperature":0.7},"created_at":"2026-04-20T10:00:00Z",
         "creator_id":"user_2dHFtVWx2n56w6HkM0000000000","id":"550e8400-e29b-41d4-a716-446655440000",
         "preset_id":"650e8400-e29b-41d4-a716-446655440001","system_prompt":"You are a helpful assistant.",
         "updated_at":"2026-04-20T10:00:00Z","version":1}
        """;

    // getPreset 200 example (GetPresetResponse).
    public const string PresetEnvelope = """
        {"data":{"created_at":"2026-04-20T10:00:00Z","creator_user_id":"user_2dHFtVWx2n56w6HkM0000000000","description":null,
          "designated_version":
        """ + Version + """
        ,"designated_version_id":"550e8400-e29b-41d4-a716-446655440000","id":"650e8400-e29b-41d4-a716-446655440001",
          "name":"my-preset","slug":"my-preset","status":"active","status_updated_at":null,"updated_at":"2026-04-20T10:00:00Z",
          "workspace_id":"750e8400-e29b-41d4-a716-446655440002"}}
        """;

    // listPresetVersions 200 example (ListPresetVersionsResponse).
    public const string VersionList = "{\"data\":[" + Version + "],\"total_count\":1}";

    // getPresetVersion 200 example (GetPresetVersionResponse).
    public const string VersionEnvelope = "{\"data\":" + Version + "}";
}
