namespace OpenRouter.Sdk.ConformanceTests.Coverage;

/// <summary>
/// Every spec operation the SDK covers, one line each. To cover a new operation, add its line here (the operationId
/// is in spec/openrouter-openapi-2026-08.yaml), run the tests and regenerate docs/api-coverage.md
/// (<c>UPDATE_API_COVERAGE=1 dotnet test tests/OpenRouter.Sdk.ConformanceTests</c>). Whatever the new operation does
/// differently from the spec then fails the tests until it is fixed or recorded in <see cref="Deviations"/>.
/// </summary>
public static class CoveredOperations
{
    public static IReadOnlyList<CoveredOperation> All { get; } =
    [
        new("sendChatCompletionRequest", "IOpenRouterClient.CreateChatCompletionAsync", async (c, ct) => await c.CreateChatCompletionAsync(SdkSamples.Chat(), ct), ResultPath: ""),
        new("sendChatCompletionRequest", "IOpenRouterClient.StreamChatCompletionAsync", async (c, ct) => await FirstAsync(c.StreamChatCompletionAsync(SdkSamples.Chat(), ct)), ResponseMediaType: "text/event-stream"),
        new("getModels", "IOpenRouterClient.ListModelsAsync", async (c, ct) => await c.ListModelsAsync(SdkSamples.ModelQuery(), ct)),
        new("listEndpoints", "IOpenRouterClient.ListModelEndpointsAsync", async (c, ct) => await c.ListModelEndpointsAsync(SdkSamples.ModelId, ct)),
        new("listProviders", "IOpenRouterClient.ListProvidersAsync", async (c, ct) => await c.ListProvidersAsync(ct)),
        new("getGeneration", "IOpenRouterClient.GetGenerationAsync", async (c, ct) => await c.GetGenerationAsync(SdkSamples.GenerationId, ct)),
        new("getCurrentKey", "IOpenRouterClient.GetKeyInfoAsync", async (c, ct) => await c.GetKeyInfoAsync(ct)),
        new("getCredits", "IOpenRouterClient.GetCreditsAsync", async (c, ct) => await c.GetCreditsAsync(ct)),
        new("createEmbeddings", "IOpenRouterClient.CreateEmbeddingsAsync", async (c, ct) => await c.CreateEmbeddingsAsync(SdkSamples.Embeddings(), ct), ResultPath: ""),
        new("getUserActivity", "OpenRouterActivityClient.GetActivityAsync", async (c, ct) => await c.Activity.GetActivityAsync(new ActivityQuery { Date = new DateTime(2025, 8, 24), ApiKeyHash = "abc123", UserId = "user_abc123", GroupByWorkspace = true, WorkspaceId = "550e8400-e29b-41d4-a716-446655440000" }, ct)),
        new("getAnalyticsMeta", "OpenRouterActivityClient.GetAnalyticsMetaAsync", async (c, ct) => await c.Activity.GetAnalyticsMetaAsync(ct)),
        new("listGuardrails", "OpenRouterGuardrailsClient.ListAsync", async (c, ct) => await ToListAsync(c.Guardrails.ListAsync("0df9e665-d932-5740-b2c7-b52af166bc11", ct))),
        new("createGuardrail", "OpenRouterGuardrailsClient.CreateAsync", async (c, ct) => await c.Guardrails.CreateAsync(new CreateGuardrailRequest { Name = "My New Guardrail", LimitUsd = 50m, ResetInterval = LimitResetInterval.Monthly, AllowedProviders = ["openai"], ContentFilterBuiltins = [new BuiltinContentFilter { Slug = ContentFilterBuiltinSlug.RegexPromptInjection, Action = ContentFilterAction.Block, ScanScope = PromptInjectionScanScope.UserOnly }], ContentFilters = [new ContentFilter { Pattern = "x", Action = ContentFilterAction.Redact, Label = "[X]" }], EnforceZdrOpenAI = true, WorkspaceId = "0df9e665-d932-5740-b2c7-b52af166bc11" }, ct)),
        new("getGuardrail", "OpenRouterGuardrailsClient.GetAsync", async (c, ct) => await c.Guardrails.GetAsync("550e8400-e29b-41d4-a716-446655440000", ct)),
        new("updateGuardrail", "OpenRouterGuardrailsClient.UpdateAsync", async (c, ct) => await c.Guardrails.UpdateAsync("550e8400-e29b-41d4-a716-446655440000", new UpdateGuardrailRequest { Name = "Updated Guardrail Name", LimitUsd = 75m, ResetInterval = LimitResetInterval.Weekly, IncludeByokInBudgets = true }, ct)),
        new("deleteGuardrail", "OpenRouterGuardrailsClient.DeleteAsync", async (c, ct) => { /* the SDK returns nothing: completing is the confirmation */ await c.Guardrails.DeleteAsync("550e8400-e29b-41d4-a716-446655440000", ct); return true; }, ResultPath: ""),
        new("listGuardrailKeyAssignments", "OpenRouterGuardrailsClient.ListKeyAssignmentsAsync", async (c, ct) => await ToListAsync(c.Guardrails.ListKeyAssignmentsAsync("550e8400-e29b-41d4-a716-446655440000", ct))),
        new("listGuardrailMemberAssignments", "OpenRouterGuardrailsClient.ListMemberAssignmentsAsync", async (c, ct) => await ToListAsync(c.Guardrails.ListMemberAssignmentsAsync("550e8400-e29b-41d4-a716-446655440000", ct))),
        new("bulkAssignKeysToGuardrail", "OpenRouterGuardrailsClient.AssignKeysAsync", async (c, ct) => await c.Guardrails.AssignKeysAsync("550e8400-e29b-41d4-a716-446655440000", ["c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"], ct), ResultPath: "assigned_count"),
        new("bulkUnassignKeysFromGuardrail", "OpenRouterGuardrailsClient.RemoveKeysAsync", async (c, ct) => await c.Guardrails.RemoveKeysAsync("550e8400-e29b-41d4-a716-446655440000", ["c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"], ct), ResultPath: "unassigned_count"),
        new("bulkAssignMembersToGuardrail", "OpenRouterGuardrailsClient.AssignMembersAsync", async (c, ct) => await c.Guardrails.AssignMembersAsync("550e8400-e29b-41d4-a716-446655440000", ["user_abc123"], ct), ResultPath: "assigned_count"),
        new("bulkUnassignMembersFromGuardrail", "OpenRouterGuardrailsClient.RemoveMembersAsync", async (c, ct) => await c.Guardrails.RemoveMembersAsync("550e8400-e29b-41d4-a716-446655440000", ["user_abc123"], ct), ResultPath: "unassigned_count"),
        new("listKeyAssignments", "OpenRouterGuardrailsClient.ListAllKeyAssignmentsAsync", async (c, ct) => await ToListAsync(c.Guardrails.ListAllKeyAssignmentsAsync(ct))),
        new("listMemberAssignments", "OpenRouterGuardrailsClient.ListAllMemberAssignmentsAsync", async (c, ct) => await ToListAsync(c.Guardrails.ListAllMemberAssignmentsAsync(ct))),
        new("list", "OpenRouterKeysClient.ListKeysPageAsync", async (c, ct) => await c.Keys.ListKeysPageAsync(10, new ApiKeyListQuery { IncludeDisabled = true, WorkspaceId = "0df9e665-d932-5740-b2c7-b52af166bc11" }, ct)),
        new("createKeys", "OpenRouterKeysClient.CreateKeyAsync", async (c, ct) => await c.Keys.CreateKeyAsync(new CreateApiKeyRequest { Name = "My New API Key", Limit = 50m, LimitReset = LimitResetInterval.Monthly, IncludeByokInLimit = true, ExpiresAt = new DateTimeOffset(2027, 12, 31, 23, 59, 59, TimeSpan.Zero), WorkspaceId = "0df9e665-d932-5740-b2c7-b52af166bc11", CreatorUserId = "user_2dHFtVWx2n56w6HkM0000000000" }, ct), ResultPath: ""),
        new("getKey", "OpenRouterKeysClient.GetKeyAsync", async (c, ct) => await c.Keys.GetKeyAsync("f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943", ct)),
        new("updateKeys", "OpenRouterKeysClient.UpdateKeyAsync", async (c, ct) => await c.Keys.UpdateKeyAsync("f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943", new UpdateApiKeyRequest { Name = "Updated API Key Name", Disabled = false, RemoveLimit = true, LimitReset = LimitResetInterval.Daily, IncludeByokInLimit = true }, ct)),
        new("deleteKeys", "OpenRouterKeysClient.DeleteKeyAsync", async (c, ct) => { /* the SDK returns nothing: completing is the confirmation */ await c.Keys.DeleteKeyAsync("f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943", ct); return true; }, ResultPath: ""),
        new("exchangeAuthCodeForAPIKey", "OpenRouterSignInClient.ExchangeCodeAsync", async (c, ct) => await c.SignIn.ExchangeCodeAsync("auth_code_abc123def456", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", ct), ResultPath: ""),
        new("createAuthKeysCode", "OpenRouterSignInClient.CreateAuthorizationCodeAsync", async (c, ct) => await c.SignIn.CreateAuthorizationCodeAsync(new AuthorizationCodeRequest { CallbackUrl = new Uri("https://myapp.com/auth/callback"), CodeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", CodeChallengeMethod = "S256", Limit = 100 }, ct)),
        new("listBYOKKeys", "OpenRouterByokClient.ListAsync", async (c, ct) => await ToListAsync(c.Byok.ListAsync(new ByokKeyListQuery { WorkspaceId = "550e8400-e29b-41d4-a716-446655440000", Provider = ByokProviderSlug.OpenAI }, ct))),
        new("createBYOKKey", "OpenRouterByokClient.CreateAsync", async (c, ct) => await c.Byok.CreateAsync(new CreateByokKeyRequest { Provider = ByokProviderSlug.OpenAI, Key = "sk-proj-abc123...", Name = "Production OpenAI Key", WorkspaceId = "550e8400-e29b-41d4-a716-446655440000", Disabled = false, IsFallback = false, AllowedModels = ["openai/gpt-5.2"], AllowedUserIds = ["user_abc123"], AllowedApiKeyHashes = ["f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"] }, ct)),
        new("getBYOKKey", "OpenRouterByokClient.GetAsync", async (c, ct) => await c.Byok.GetAsync("11111111-2222-3333-4444-555555555555", ct)),
        new("updateBYOKKey", "OpenRouterByokClient.UpdateAsync", async (c, ct) => await c.Byok.UpdateAsync("11111111-2222-3333-4444-555555555555", new UpdateByokKeyRequest { Name = "Updated OpenAI Key", Key = "sk-proj-newkey456...", Disabled = false, IsFallback = true, AllowedModels = ["openai/gpt-5.2"], AllowAllUsers = true, AllowAllApiKeys = true }, ct)),
        new("deleteBYOKKey", "OpenRouterByokClient.DeleteAsync", async (c, ct) => { /* the SDK returns nothing: completing is the confirmation */ await c.Byok.DeleteAsync("11111111-2222-3333-4444-555555555555", ct); return true; }, ResultPath: ""),
        new("listPresets", "OpenRouterPresetsClient.ListAsync", async (c, ct) => await ToListAsync(c.Presets.ListAsync(ct))),
        new("getPreset", "OpenRouterPresetsClient.GetAsync", async (c, ct) => await c.Presets.GetAsync("my-preset", ct)),
        new("createPresetsChatCompletions", "OpenRouterPresetsClient.CreateFromChatRequestAsync", async (c, ct) => await c.Presets.CreateFromChatRequestAsync("my-preset", new ChatCompletionRequest { Model = "openai/gpt-5.4", Messages = { new SystemMessage("You are a helpful assistant."), new UserMessage("Hello!") }, Temperature = 0.7 }, ct)),
        new("createPresetsResponses", "OpenRouterPresetsClient.CreateFromResponseRequestAsync", async (c, ct) => await c.Presets.CreateFromResponseRequestAsync("my-preset", SdkSamples.Responses(), ct)),
        new("createPresetsMessages", "OpenRouterPresetsClient.CreateFromMessagesRequestAsync", async (c, ct) => await c.Presets.CreateFromMessagesRequestAsync("my-preset", new MessagesRequest { Model = "anthropic/claude-4.6-sonnet", MaxTokens = 1024, System = "You are a helpful assistant.", Messages = [MessagesMessage.User("Hello!")] }, ct)),
        new("listPresetVersions", "OpenRouterPresetsClient.ListVersionsAsync", async (c, ct) => await ToListAsync(c.Presets.ListVersionsAsync("my-preset", ct))),
        new("getPresetVersion", "OpenRouterPresetsClient.GetVersionAsync", async (c, ct) => await c.Presets.GetVersionAsync("my-preset", "1", ct)),
        new("listWorkspaces", "OpenRouterWorkspacesClient.ListAsync", async (c, ct) => await ToListAsync(c.Workspaces.ListAsync(ct))),
        new("createWorkspace", "OpenRouterWorkspacesClient.CreateAsync", async (c, ct) => await c.Workspaces.CreateAsync(new CreateWorkspaceRequest { Name = "Production", Slug = "production", Description = "Production environment workspace", DefaultTextModel = "openai/gpt-4o", DefaultImageModel = "openai/dall-e-3", DefaultProviderSort = ProviderSort.Price }, ct)),
        new("getWorkspace", "OpenRouterWorkspacesClient.GetAsync", async (c, ct) => await c.Workspaces.GetAsync("production", ct)),
        new("updateWorkspace", "OpenRouterWorkspacesClient.UpdateAsync", async (c, ct) => await c.Workspaces.UpdateAsync("production", new UpdateWorkspaceRequest { Name = "Updated Workspace", Slug = "updated-workspace" }, ct)),
        new("deleteWorkspace", "OpenRouterWorkspacesClient.DeleteAsync", async (c, ct) => { /* the SDK returns nothing: completing is the confirmation */ await c.Workspaces.DeleteAsync("production", ct); return true; }, ResultPath: ""),
        new("listWorkspaceMembers", "OpenRouterWorkspacesClient.ListMembersAsync", async (c, ct) => await ToListAsync(c.Workspaces.ListMembersAsync("production", ct))),
        new("bulkAddWorkspaceMembers", "OpenRouterWorkspacesClient.AddMembersAsync", async (c, ct) => await c.Workspaces.AddMembersAsync("production", ["user_abc123", "user_def456"], ct), ResultPath: ""),
        new("bulkRemoveWorkspaceMembers", "OpenRouterWorkspacesClient.RemoveMembersAsync", async (c, ct) => await c.Workspaces.RemoveMembersAsync("production", ["user_abc123", "user_def456"], ct), ResultPath: "removed_count"),
        new("listWorkspaceBudgets", "OpenRouterWorkspacesClient.ListBudgetsAsync", async (c, ct) => await c.Workspaces.ListBudgetsAsync("production", ct), ResultPath: ""),
        new("getWorkspaceBudget", "OpenRouterWorkspacesClient.GetBudgetAsync", async (c, ct) => await c.Workspaces.GetBudgetAsync("production", WorkspaceBudgetInterval.Monthly, ct), ResultPath: ""),
        new("upsertWorkspaceBudget", "OpenRouterWorkspacesClient.SetBudgetAsync", async (c, ct) => await c.Workspaces.SetBudgetAsync("production", WorkspaceBudgetInterval.Monthly, new SetWorkspaceBudgetRequest { LimitUsd = 100m, IncludeByokInBudgets = true }, ct), ResultPath: ""),
        new("deleteWorkspaceBudget", "OpenRouterWorkspacesClient.DeleteBudgetAsync", async (c, ct) => { /* the SDK returns nothing: completing is the confirmation */ await c.Workspaces.DeleteBudgetAsync("production", WorkspaceBudgetInterval.Lifetime, ct); return true; }, ResultPath: ""),
        new("listScimGroups", "OpenRouterScimClient.ListGroupsAsync", async (c, ct) => await ToListAsync(c.Scim.ListGroupsAsync(ct))),
        new("listScimGroupMappings", "OpenRouterScimClient.ListGroupMappingsAsync", async (c, ct) => await ToListAsync(c.Scim.ListGroupMappingsAsync(ct))),
        new("createScimGroupMapping", "OpenRouterScimClient.CreateGroupMappingAsync", async (c, ct) => await c.Scim.CreateGroupMappingAsync(new CreateScimGroupMappingRequest { ScimGroupId = "550e8400-e29b-41d4-a716-446655440000", WorkspaceId = "660e8400-e29b-41d4-a716-446655440000", Role = WorkspaceMemberRole.Member }, ct)),
        new("getScimGroupMapping", "OpenRouterScimClient.GetGroupMappingAsync", async (c, ct) => await c.Scim.GetGroupMappingAsync("770e8400-e29b-41d4-a716-446655440000", ct)),
        new("updateScimGroupMapping", "OpenRouterScimClient.UpdateGroupMappingAsync", async (c, ct) => await c.Scim.UpdateGroupMappingAsync("770e8400-e29b-41d4-a716-446655440000", new UpdateScimGroupMappingRequest { Role = WorkspaceMemberRole.Admin }, ct)),
        new("deleteScimGroupMapping", "OpenRouterScimClient.DeleteGroupMappingAsync", async (c, ct) => { /* the SDK returns nothing: completing is the confirmation */ await c.Scim.DeleteGroupMappingAsync("770e8400-e29b-41d4-a716-446655440000", keepMembers: false, ct); return true; }, ResultPath: ""),
        new("queryAnalytics", "OpenRouterActivityClient.QueryAnalyticsAsync", async (c, ct) => await c.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest { Metrics = { AnalyticsMetric.RequestCount }, Dimensions = [AnalyticsDimension.Model, AnalyticsDimension.Provider], Filters = [new AnalyticsFilter(AnalyticsDimension.Model, AnalyticsFilterOperator.In, new[] { "openai/gpt-4o" }) { IncludeUnset = true }, new AnalyticsFilter(AnalyticsDimension.App, AnalyticsFilterOperator.Equal, 42)], Granularity = AnalyticsGranularity.Day, Limit = 100, GroupLimit = 10, OrderBy = new AnalyticsOrderBy("request_count", AnalyticsOrderDirection.Descending), TimeRange = new AnalyticsTimeRange(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 1, 8, 0, 0, 0, TimeSpan.Zero)), ClassifierDimensions = new AnalyticsClassifierDimensions { ClassifierId = "550e8400-e29b-41d4-a716-446655440000", DimensionNames = ["department"], IncludeNulls = true }, ClassifierFilters = new AnalyticsClassifierFilters { ClassifierId = "550e8400-e29b-41d4-a716-446655440000", Filters = { new AnalyticsClassifierFilter("department", AnalyticsFilterOperator.In, new[] { "Engineering", "Sales" }) } } }, ct)),
        new("listObservabilityDestinations", "OpenRouterObservabilityClient.ListAsync", async (c, ct) => await ToListAsync(c.Observability.ListAsync(new ObservabilityDestinationListQuery { WorkspaceId = "550e8400-e29b-41d4-a716-446655440000" }, ct))),
        new("createObservabilityDestination", "OpenRouterObservabilityClient.CreateAsync", async (c, ct) => await c.Observability.CreateAsync(new CreateObservabilityDestinationRequest { Type = ObservabilityDestinationType.Langfuse, Name = "Production Langfuse", Config = new System.Text.Json.Nodes.JsonObject { ["baseUrl"] = "https://us.cloud.langfuse.com", ["publicKey"] = "pk-l...EfGh", ["secretKey"] = "sk-l...AbCd" }, WorkspaceId = "550e8400-e29b-41d4-a716-446655440000", Enabled = true, PrivacyMode = false, BroadcastGenerationCost = true, BroadcastGenerationIdentity = false, BroadcastGenerationRequestContext = true, SamplingRate = 0.5, ApiKeyHashes = ["f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"], FilterRules = new ObservabilityFilterRules { Groups = [new ObservabilityFilterRuleGroup { Logic = ObservabilityFilterLogic.And, Rules = [new ObservabilityFilterRule { Field = ObservabilityFilterField.Model, Operator = ObservabilityFilterOperator.EqualTo, Value = "openai/gpt-4o" }, new ObservabilityFilterRule { Field = ObservabilityFilterField.TotalCost, Operator = ObservabilityFilterOperator.GreaterThan, Value = 0.05m }] }] } }, ct)),
        new("getObservabilityDestination", "OpenRouterObservabilityClient.GetAsync", async (c, ct) => await c.Observability.GetAsync("99999999-aaaa-bbbb-cccc-dddddddddddd", ct)),
        new("updateObservabilityDestination", "OpenRouterObservabilityClient.UpdateAsync", async (c, ct) => await c.Observability.UpdateAsync("99999999-aaaa-bbbb-cccc-dddddddddddd", new UpdateObservabilityDestinationRequest { Name = "Updated Langfuse", Enabled = false, PrivacyMode = true, BroadcastGenerationCost = false, BroadcastGenerationIdentity = true, BroadcastGenerationRequestContext = false, SamplingRate = 1, Config = new System.Text.Json.Nodes.JsonObject { ["baseUrl"] = "https://eu.cloud.langfuse.com" }, ForwardAllApiKeys = true, RemoveFilterRules = true }, ct)),
        new("deleteObservabilityDestination", "OpenRouterObservabilityClient.DeleteAsync", async (c, ct) => { /* the SDK returns nothing: completing is the confirmation */ await c.Observability.DeleteAsync("99999999-aaaa-bbbb-cccc-dddddddddddd", ct); return true; }, ResultPath: ""),
        new("listOrganizationMembers", "OpenRouterOrganizationClient.ListMembersAsync", async (c, ct) => await ToListAsync(c.Organization.ListMembersAsync(ct))),
        new("createVideos", "OpenRouterVideosClient.CreateAsync", async (c, ct) => await c.Videos.CreateAsync(new VideoGenerationRequest { Model = "google/veo-3.1", Prompt = "A serene mountain landscape at sunset", Duration = 8, AspectRatio = "16:9", Resolution = "720p", Size = "1280x720", GenerateAudio = true, Seed = 42, CallbackUrl = "https://example.com/webhook", FrameImages = [VideoFrameImage.First("https://example.com/image.png")], InputReferences = [VideoInputReference.Image("https://example.com/image.png"), VideoInputReference.Audio("https://example.com/audio.mp3"), VideoInputReference.Video("https://example.com/clip.mp4")] }, ct), ResultPath: ""),
        new("getVideos", "OpenRouterVideosClient.GetAsync", async (c, ct) => await c.Videos.GetAsync("job-abc123", ct), ResultPath: ""),
        new("listVideosContent", "OpenRouterVideosClient.GetContentAsync", async (c, ct) => await ReadContentAsync(await c.Videos.GetContentAsync("job-abc123", 0, ct), ct), ResponseMediaType: "video/mp4", ResultPath: ""),
        new("listVideosModels", "OpenRouterVideosClient.ListModelsAsync", async (c, ct) => await c.Videos.ListModelsAsync(ct)),
        new("listFiles", "OpenRouterFilesClient.ListAsync", async (c, ct) => await ToListAsync(c.Files.ListAsync(new FileListQuery { PageSize = 100, WorkspaceId = "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7", Provider = FileProvider.OpenAI }, ct))),
        // The multipart body is not checked against the spec's schema (the harness evaluates JSON bodies only); the
        // unit tests assert its parts byte for byte.
        new("uploadFile", "OpenRouterFilesClient.UploadAsync", async (c, ct) => await c.Files.UploadAsync(new MemoryStream("%PDF-1.7"u8.ToArray()), "document.pdf", new FileUploadOptions { WorkspaceId = "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7", Provider = FileProvider.OpenAI }, ct), ResultPath: ""),
        new("getFileMetadata", "OpenRouterFilesClient.GetAsync", async (c, ct) => await c.Files.GetAsync("or_file_011CNha8iCJcU1wXNR6q4V8w", new FileScope { WorkspaceId = "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7", Provider = FileProvider.OpenAI }, ct), ResultPath: ""),
        new("deleteFile", "OpenRouterFilesClient.DeleteAsync", async (c, ct) => { /* the SDK returns nothing: completing is the confirmation */ await c.Files.DeleteAsync("or_file_011CNha8iCJcU1wXNR6q4V8w", new FileScope { WorkspaceId = "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7" }, ct); return true; }, ResultPath: ""),
        new("downloadFileContent", "OpenRouterFilesClient.GetContentAsync", async (c, ct) => await ReadContentAsync(await c.Files.GetContentAsync("or_file_011CNha8iCJcU1wXNR6q4V8w", new FileScope { Provider = FileProvider.Anthropic }, ct), ct), ResponseMediaType: "application/octet-stream", ResultPath: ""),
        new("createResponses", "OpenRouterResponsesClient.CreateAsync", async (c, ct) => await c.Responses.CreateAsync(SdkSamples.Responses(), ct), ResultPath: ""),
        new("createResponses", "OpenRouterResponsesClient.StreamAsync", async (c, ct) => await FirstAsync(c.Responses.StreamAsync(SdkSamples.Responses(), ct)), ResponseMediaType: "text/event-stream"),
        new("createMessages", "OpenRouterMessagesClient.CreateAsync", async (c, ct) => await c.Messages.CreateAsync(new MessagesRequest { Model = "anthropic/claude-sonnet-4", MaxTokens = 1024, Messages = [MessagesMessage.User("Hello, how are you?")] }, ct), ResultPath: ""),
        new("createMessages", "OpenRouterMessagesClient.StreamAsync", async (c, ct) => await FirstAsync(c.Messages.StreamAsync(new MessagesRequest { Model = "anthropic/claude-sonnet-4", MaxTokens = 1024, Messages = [MessagesMessage.User("Hello, how are you?")] }, ct)), ResponseMediaType: "text/event-stream"),
        new("createImages", "OpenRouterImagesClient.GenerateAsync", async (c, ct) => await c.Images.GenerateAsync(new ImageGenerationRequest("bytedance-seed/seedream-4.5", "a red panda astronaut floating in space, studio lighting") { AspectRatio = ImageAspectRatio.Landscape16x9, Background = ImageBackground.Auto, InputReferences = [new ImageReference("https://example.com/image.png")], Count = 1, OutputCompression = 100, OutputFormat = ImageOutputFormat.Png, Provider = new ProviderPreferences { Only = ["google-ai-studio"], AllowFallbacks = false }, Quality = ImageQuality.High, Resolution = ImageResolution.Tier2K, Seed = 7, Size = "2K" }, ct), ResultPath: ""),
        new("listImageModels", "OpenRouterImagesClient.ListModelsAsync", async (c, ct) => await c.Images.ListModelsAsync(ct)),
        new("listImageModelEndpoints", "OpenRouterImagesClient.ListModelEndpointsAsync", async (c, ct) => await c.Images.ListModelEndpointsAsync("bytedance-seed/seedream-4.5", ct), ResultPath: ""),
        new("createAudioSpeech", "OpenRouterAudioClient.CreateSpeechAsync", async (c, ct) => { using SpeechAudio audio = await c.Audio.CreateSpeechAsync(new SpeechRequest("mistralai/voxtral-mini-tts-2603", "Hello world") { ResponseFormat = SpeechFormat.Pcm, Speed = 1, Voice = "en_paul_neutral", InputReferences = [SpeechReference.FromAudio("data:audio/wav;base64,UklGRuQXDABXQVZF", "wav"), SpeechReference.FromText("I used to rule the world.")] }, ct); using var reader = new StreamReader(audio.Stream); return await reader.ReadToEndAsync(ct); }, ResponseMediaType: "audio/*", ResultPath: ""),
        new("createAudioTranscriptions", "OpenRouterAudioClient.TranscribeAsync", async (c, ct) => await c.Audio.TranscribeAsync(new TranscriptionRequest("openai/whisper-large-v3", new TranscriptionAudio { Data = "UklGRiQA...", Format = "wav" }) { Language = "en", ResponseFormat = TranscriptionFormat.VerboseJson, Temperature = 0, TimestampGranularities = [TranscriptionTimestampGranularity.Segment] }, ct), ResultPath: ""),
        new("createRerank", "OpenRouterRerankClient.RerankAsync", async (c, ct) => await c.Rerank.RerankAsync(new RerankRequest("cohere/rerank-v3.5", "What is the capital of France?", ["Paris is the capital of France.", RerankDocument.FromContent("Berlin is the capital of Germany.", "https://example.com/image.png")]) { TopN = 3, Provider = new ProviderPreferences { AllowFallbacks = true } }, ct), ResultPath: ""),
        new("getModel", "OpenRouterModelsClient.GetAsync", async (c, ct) => await c.Models.GetAsync("openai/gpt-4:free", ct)),
        new("getModels", "OpenRouterModelsClient.ListPageAsync", async (c, ct) => await c.Models.ListPageAsync(SdkSamples.ModelQuery(), ct), ResultPath: ""),
        new("listModelsCount", "OpenRouterModelsClient.CountAsync", async (c, ct) => await c.Models.CountAsync(new ModelCountQuery { OutputModalities = [Modality.Text, Modality.Image] }, ct), ResultPath: "data/count"),
        new("listModelsUser", "OpenRouterModelsClient.ListForUserAsync", async (c, ct) => await c.Models.ListForUserAsync(0, 500, ct), ResultPath: ""),
        new("listEmbeddingsModels", "OpenRouterModelsClient.ListEmbeddingModelsAsync", async (c, ct) => await c.Models.ListEmbeddingModelsAsync(0, 500, ct), ResultPath: ""),
        new("listEndpointsZdr", "OpenRouterModelsClient.ListZeroDataRetentionEndpointsAsync", async (c, ct) => await c.Models.ListZeroDataRetentionEndpointsAsync(ct)),
        new("listGenerationContent", "OpenRouterGenerationsClient.GetContentAsync", async (c, ct) => await c.Generations.GetContentAsync(SdkSamples.GenerationId, ct)),
        new("submitGenerationFeedback", "OpenRouterGenerationsClient.SubmitFeedbackAsync", async (c, ct) => { /* the SDK returns nothing: completing is the confirmation */ await c.Generations.SubmitFeedbackAsync(new GenerationFeedback(SdkSamples.GenerationId, GenerationFeedbackCategory.IncorrectResponse, "The answer named the wrong capital."), ct); return true; }, ResultPath: "data/success"),
        new("getSessionCost", "OpenRouterDatasetsClient.GetSessionCostsAsync", async (c, ct) => await c.Datasets.GetSessionCostsAsync(new SessionCostQuery { AppSlug = "hermes-agent", Model = "anthropic/claude-4.8-opus", TurnRange = SessionTurnRange.TenToFortyNineTurns, Limit = 100, Offset = 0 }, ct), ResultPath: ""),
        new("getAppRankings", "OpenRouterDatasetsClient.GetAppRankingsAsync", async (c, ct) => await c.Datasets.GetAppRankingsAsync(new AppRankingsQuery { Category = "coding", Subcategory = "cli-agent", Sort = "popular", StartDate = new DateTime(2026, 4, 12), EndDate = new DateTime(2026, 5, 11), Limit = 50, Offset = 0 }, ct), ResultPath: ""),
        new("getRankingsDaily", "OpenRouterDatasetsClient.GetDailyModelRankingsAsync", async (c, ct) => await c.Datasets.GetDailyModelRankingsAsync(new DailyModelRankingsQuery { StartDate = new DateTime(2026, 4, 12), EndDate = new DateTime(2026, 5, 11), Period = "week", Modality = "text", ContextBucket = "100K" }, ct), ResultPath: ""),
        new("getBenchmarks", "OpenRouterDatasetsClient.GetBenchmarksAsync", async (c, ct) => await c.Datasets.GetBenchmarksAsync(new BenchmarksQuery { Source = BenchmarkSource.OpenRouter, TaskType = "search", BenchmarkType = "search_browsecomp", IncludeRunConfig = true, SearchEngine = "exa", SearchSurface = "server-tool", Arena = "models", Category = "website", MaxResults = 10 }, ct), ResultPath: ""),
        new("getTaskClassifications", "OpenRouterDatasetsClient.GetTaskClassificationsAsync", async (c, ct) => await c.Datasets.GetTaskClassificationsAsync("7d", ct)),
    ];

    /// <summary>The SDK methods covering each operation, by operationId.</summary>
    public static ILookup<string, CoveredOperation> ByOperationId { get; } = All.ToLookup(o => o.OperationId);

    /// <summary>The content's bytes as text (the harness answers with the spec's example, a string).</summary>
    private static async Task<string> ReadContentAsync(OpenRouterContent content, CancellationToken cancellationToken)
    {
        using (content)
        using (var copy = new MemoryStream())
        {
            await content.CopyToAsync(copy, cancellationToken);
            return System.Text.Encoding.UTF8.GetString(copy.ToArray());
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static async Task<object?> FirstAsync<T>(IAsyncEnumerable<T> stream)
    {
        await foreach (T item in stream)
        {
            return item;
        }

        return null;
    }
}
