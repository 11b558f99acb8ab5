using static OpenRouter.Sdk.ConformanceTests.Spec.FindingKind;

namespace OpenRouter.Sdk.ConformanceTests.Coverage;

/// <summary>
/// Every accepted difference between a covered operation and the spec, with its reason. This is the only place a
/// finding may be accepted: a finding not listed here fails <c>SpecConformanceTests</c>, and an entry that no longer
/// matches a finding fails too (so a fixed deviation is removed, not left behind).
/// </summary>
public static class Deviations
{
    public static IReadOnlyList<Deviation> All { get; } =
    [
        // ----- Defects of the spec itself (its own example contradicts its schema; the synthesized body is used instead) -----
        new("getModels", SpecExampleInvalid, "/",
            "The spec's 200 example omits total_count and links, which its schema requires (the 2025 shape of the list, API.md §8.1)."),
        new("listModelsUser", SpecExampleInvalid, "/",
            "The spec's 200 example omits total_count and links, which its schema (ModelsListResponse) requires."),
        new("listEmbeddingsModels", SpecExampleInvalid, "/",
            "The spec's 200 example omits total_count and links, which its schema (ModelsListResponse) requires."),
        new("getGeneration", SpecExampleInvalid, "/data",
            "The spec's 200 example omits workspace_id, which its schema requires."),

        // ----- SDK gaps that need a public signature change (recorded, not changed here) -----
        new("getModels", ResponseEnvelopeDropped, "/total_count",
            "ListModelsAsync returns IReadOnlyList<ModelInfo>, dropping the list envelope's total_count; OpenRouterModelsClient.ListPageAsync returns it (ModelPage.TotalCount).",
            "IOpenRouterClient.ListModelsAsync"),
        new("getModels", ResponseEnvelopeDropped, "/links",
            "ListModelsAsync returns IReadOnlyList<ModelInfo>, dropping the envelope's links.next (paging); OpenRouterModelsClient.ListPageAsync returns it (ModelPage.Links).",
            "IOpenRouterClient.ListModelsAsync"),

        // ----- Guardrails: the lists are enumerations over every page -----
        new("listGuardrails", ResponseEnvelopeDropped, "/total_count",
            "ListAsync returns IAsyncEnumerable<Guardrail> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        new("listGuardrailKeyAssignments", ResponseEnvelopeDropped, "/total_count",
            "ListKeyAssignmentsAsync returns IAsyncEnumerable<GuardrailKeyAssignment> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        new("listGuardrailMemberAssignments", ResponseEnvelopeDropped, "/total_count",
            "ListMemberAssignmentsAsync returns IAsyncEnumerable<GuardrailMemberAssignment> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        new("listKeyAssignments", ResponseEnvelopeDropped, "/total_count",
            "ListAllKeyAssignmentsAsync returns IAsyncEnumerable<GuardrailKeyAssignment> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        new("listMemberAssignments", ResponseEnvelopeDropped, "/total_count",
            "ListAllMemberAssignmentsAsync returns IAsyncEnumerable<GuardrailMemberAssignment> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        // ----- BYOK: the list is an enumeration over every page -----
        new("listBYOKKeys", ResponseEnvelopeDropped, "/total_count",
            "ListAsync returns IAsyncEnumerable<ByokKey> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        // ----- Presets: the lists are enumerations over every page -----
        new("listPresets", ResponseEnvelopeDropped, "/total_count",
            "ListAsync returns IAsyncEnumerable<Preset> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        new("listPresetVersions", ResponseEnvelopeDropped, "/total_count",
            "ListVersionsAsync returns IAsyncEnumerable<PresetVersion> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        new("listWorkspaces", ResponseEnvelopeDropped, "/total_count",
            "ListAsync returns IAsyncEnumerable<Workspace> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        new("listWorkspaceMembers", ResponseEnvelopeDropped, "/total_count",
            "ListMembersAsync returns IAsyncEnumerable<WorkspaceMember> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        // ----- SCIM: the lists are enumerations over every page -----
        new("listScimGroups", ResponseEnvelopeDropped, "/total_count",
            "ListGroupsAsync returns IAsyncEnumerable<ScimGroup> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        new("listScimGroupMappings", ResponseEnvelopeDropped, "/total_count",
            "ListGroupMappingsAsync returns IAsyncEnumerable<ScimGroupMapping> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        // ----- Observability and Organization: the lists are enumerations over every page -----
        new("listObservabilityDestinations", ResponseEnvelopeDropped, "/total_count",
            "ListAsync returns IAsyncEnumerable<ObservabilityDestination> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        new("listOrganizationMembers", ResponseEnvelopeDropped, "/total_count",
            "ListMembersAsync returns IAsyncEnumerable<OrganizationMember> that pages through the whole list lazily; the page's total_count is not surfaced (the enumeration is the whole list)."),
        // ----- Videos: defects of the spec's examples -----
        new("listVideosModels", SpecExampleInvalid, "/data/0",
            "The spec's 200 example omits upscale_factor and creativity, which its VideoModel schema requires (the synthesized body has them and is read in full)."),
        // ----- Files: the spec's examples lack the _shape discriminator its oneOf needs; the list is an enumeration -----
        new("listFiles", SpecExampleInvalid, "/data/0/created_at",
            "The spec's example has no _shape, so its file matches none of the three shapes cleanly (the OpenAI branch wants created_at as an integer); the synthesized body carries _shape and is read in full."),
        new("uploadFile", SpecExampleInvalid, "/created_at",
            "The spec's example has no _shape, so it matches none of FileResponse's three shapes cleanly (the OpenAI branch wants created_at as an integer); the synthesized body is read in full."),
        new("getFileMetadata", SpecExampleInvalid, "/created_at",
            "The spec's example has no _shape, so it matches none of FileResponse's three shapes cleanly (the OpenAI branch wants created_at as an integer); the synthesized body is read in full."),
        new("deleteFile", SpecExampleInvalid, "/",
            "The spec's example has no _shape, which each branch of FileDeleteResponse requires; the SDK only needs type file_deleted or deleted true to confirm, and the synthesized body confirms."),
        new("listFiles", ResponseEnvelopeDropped, "/_shape",
            "ListAsync returns IAsyncEnumerable<OpenRouterFile> that pages through the whole list lazily; the page's shape marker is not surfaced (each file carries its own _shape as OpenRouterFile.Shape)."),
        new("listFiles", ResponseEnvelopeDropped, "/has_more",
            "ListAsync returns IAsyncEnumerable<OpenRouterFile> that pages through the whole list lazily; has_more is used to fetch the next page, not surfaced."),
        new("listFiles", ResponseEnvelopeDropped, "/first_id",
            "ListAsync returns IAsyncEnumerable<OpenRouterFile> that pages through the whole list lazily; the page's first_id is not surfaced (the enumeration is the whole list)."),
        new("listFiles", ResponseEnvelopeDropped, "/last_id",
            "ListAsync returns IAsyncEnumerable<OpenRouterFile> that pages through the whole list lazily; last_id continues OpenAI- and Anthropic-shaped pages, not surfaced."),
        new("listFiles", ResponseEnvelopeDropped, "/cursor",
            "ListAsync returns IAsyncEnumerable<OpenRouterFile> that pages through the whole list lazily; the cursor fetches the next page, not surfaced."),

        // ----- Anthropic Messages stream: the SSE framing -----
        new("createMessages", ResponseEnvelopeDropped, "/event",
            "Each streamed event's SSE event: line names its type, which the data repeats as type; MessagesStreamEvent.Type carries it (and stands in for it when the data has none).",
            "OpenRouterMessagesClient.StreamAsync"),
    ];
}
