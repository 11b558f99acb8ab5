using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// The source-generated JSON metadata of every wire type. The SDK never uses reflection-based serialization, so it
/// is safe to trim and to publish with NativeAOT. The lists that only responses hold are read without null items
/// (<see cref="NonNullItems"/>); response lists of a type that requests share carry the converter on the property.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    Converters = new[]
    {
        typeof(FlexibleDecimalConverter),
        typeof(NonNullReadOnlyListConverter<ChatCompletionChoice>),
        typeof(NonNullReadOnlyListConverter<ChatCompletionChunkChoice>),
        typeof(NonNullReadOnlyListConverter<ToolCall>),
        typeof(NonNullReadOnlyListConverter<ReasoningDetail>),
        typeof(NonNullReadOnlyListConverter<Annotation>),
        typeof(NonNullReadOnlyListConverter<GeneratedImage>),
        typeof(NonNullReadOnlyListConverter<TokenLogprob>),
        typeof(NonNullReadOnlyListConverter<TopLogprob>),
        typeof(NonNullReadOnlyListConverter<FileAnnotationContent>),
        typeof(NonNullListConverter<ModelEndpoint>),
        typeof(NonNullListConverter<DesignArenaScore>),
        typeof(NonNullListConverter<ModelPricingOverride>),
        typeof(NonNullListConverter<ReasoningEffortLevel>),
        typeof(NonNullListConverter<GenerationProviderResponse>),
        typeof(NonNullListConverter<EmbeddingData>),
        typeof(NonNullConcreteListConverter<ModelInfo>),
        typeof(NonNullConcreteListConverter<ProviderInfo>),
        typeof(NonNullConcreteListConverter<ActivityItem>),
    })]
// Chat
[JsonSerializable(typeof(ChatCompletionRequest))]
[JsonSerializable(typeof(ChatCompletion))]
[JsonSerializable(typeof(ChatCompletionChunk))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(ContentPart))]
[JsonSerializable(typeof(List<ContentPart>))]
[JsonSerializable(typeof(ToolCall))]
[JsonSerializable(typeof(ReasoningDetail))]
[JsonSerializable(typeof(ProviderPreferences))]
[JsonSerializable(typeof(Plugin))]
[JsonSerializable(typeof(ResponseFormat))]
[JsonSerializable(typeof(JsonElement))]

// Errors
[JsonSerializable(typeof(OpenRouterErrorResponse))]
[JsonSerializable(typeof(OpenRouterErrorDetail))]

// Catalog
[JsonSerializable(typeof(DataEnvelope<List<ModelInfo>>))]
[JsonSerializable(typeof(DataEnvelope<ModelEndpoints>))]
[JsonSerializable(typeof(DataEnvelope<List<ProviderInfo>>))]

// Account
[JsonSerializable(typeof(DataEnvelope<GenerationInfo>))]
[JsonSerializable(typeof(DataEnvelope<KeyInfo>))]
[JsonSerializable(typeof(DataEnvelope<CreditsInfo>))]
[JsonSerializable(typeof(EmbeddingsRequest))]
[JsonSerializable(typeof(EmbeddingsResponse))]

// Activity
[JsonSerializable(typeof(DataEnvelope<List<ActivityItem>>))]
[JsonSerializable(typeof(DataEnvelope<AnalyticsMeta>))]

// Guardrails
[JsonSerializable(typeof(DataEnvelope<List<Guardrail>>))]
[JsonSerializable(typeof(DataEnvelope<Guardrail>))]
[JsonSerializable(typeof(CreateGuardrailRequest))]
[JsonSerializable(typeof(UpdateGuardrailRequest))]
[JsonSerializable(typeof(GuardrailDeletion))]
[JsonSerializable(typeof(DataEnvelope<List<GuardrailKeyAssignment>>))]
[JsonSerializable(typeof(DataEnvelope<List<GuardrailMemberAssignment>>))]
[JsonSerializable(typeof(GuardrailKeyHashesBody))]
[JsonSerializable(typeof(GuardrailMemberUserIdsBody))]
[JsonSerializable(typeof(GuardrailAssignmentCount))]
// Keys
[JsonSerializable(typeof(DataEnvelope<List<ApiKeyInfo>>))]
[JsonSerializable(typeof(DataEnvelope<ApiKeyInfo>))]
[JsonSerializable(typeof(CreatedApiKey))]
[JsonSerializable(typeof(CreateApiKeyRequest))]
[JsonSerializable(typeof(UpdateApiKeyRequest))]
[JsonSerializable(typeof(ApiKeyDeletion))]
// SignIn
[JsonSerializable(typeof(OpenRouter.Sdk.SignIn.AuthKeysExchangeRequest))]
[JsonSerializable(typeof(OpenRouter.Sdk.SignIn.AuthKeysExchangeResponse))]
[JsonSerializable(typeof(AuthorizationCodeRequest))]
[JsonSerializable(typeof(DataEnvelope<AuthorizationCode>))]
// BYOK
[JsonSerializable(typeof(DataEnvelope<List<ByokKey>>))]
[JsonSerializable(typeof(DataEnvelope<ByokKey>))]
[JsonSerializable(typeof(CreateByokKeyRequest))]
[JsonSerializable(typeof(UpdateByokKeyRequest))]
[JsonSerializable(typeof(ByokKeyDeletion))]
// Presets
[JsonSerializable(typeof(DataEnvelope<List<Preset>>))]
[JsonSerializable(typeof(DataEnvelope<Preset>))]
[JsonSerializable(typeof(DataEnvelope<List<PresetVersion>>))]
[JsonSerializable(typeof(DataEnvelope<PresetVersion>))]
// Workspaces
[JsonSerializable(typeof(DataEnvelope<List<Workspace>>))]
[JsonSerializable(typeof(DataEnvelope<Workspace>))]
[JsonSerializable(typeof(CreateWorkspaceRequest))]
[JsonSerializable(typeof(UpdateWorkspaceRequest))]
[JsonSerializable(typeof(WorkspaceDeletion))]
[JsonSerializable(typeof(DataEnvelope<List<WorkspaceMember>>))]
[JsonSerializable(typeof(WorkspaceUserIdsBody))]
[JsonSerializable(typeof(WorkspaceMembersAdded))]
[JsonSerializable(typeof(WorkspaceMembersRemoval))]
// Workspace budgets
[JsonSerializable(typeof(WorkspaceBudgetList))]
[JsonSerializable(typeof(WorkspaceBudgetResult))]
[JsonSerializable(typeof(SetWorkspaceBudgetRequest))]
// SCIM
[JsonSerializable(typeof(DataEnvelope<List<ScimGroup>>))]
[JsonSerializable(typeof(DataEnvelope<List<ScimGroupMapping>>))]
[JsonSerializable(typeof(DataEnvelope<ScimGroupMapping>))]
[JsonSerializable(typeof(CreateScimGroupMappingRequest))]
[JsonSerializable(typeof(UpdateScimGroupMappingRequest))]
[JsonSerializable(typeof(ScimGroupMappingDeletion))]
// Analytics query
[JsonSerializable(typeof(AnalyticsQueryRequest))]
[JsonSerializable(typeof(DataEnvelope<AnalyticsQueryResult>))]
// Observability
[JsonSerializable(typeof(DataEnvelope<List<ObservabilityDestination>>))]
[JsonSerializable(typeof(DataEnvelope<ObservabilityDestination>))]
[JsonSerializable(typeof(CreateObservabilityDestinationRequest))]
[JsonSerializable(typeof(UpdateObservabilityDestinationRequest))]
[JsonSerializable(typeof(ObservabilityFilterRules))]
[JsonSerializable(typeof(ObservabilityDestinationDeletion))]
// Organization
[JsonSerializable(typeof(DataEnvelope<List<OrganizationMember>>))]
// Videos
[JsonSerializable(typeof(VideoGenerationRequest))]
[JsonSerializable(typeof(VideoJob))]
[JsonSerializable(typeof(DataEnvelope<List<VideoModel>>))]
// Files
[JsonSerializable(typeof(OpenRouterFile))]
[JsonSerializable(typeof(FileListPage))]
[JsonSerializable(typeof(FileDeletion))]

// Errors: the typed error.availability
[JsonSerializable(typeof(OpenRouterAvailability))]

// Responses
[JsonSerializable(typeof(ResponseRequest))]
[JsonSerializable(typeof(OpenRouterResponse))]
[JsonSerializable(typeof(ResponseItem))]
[JsonSerializable(typeof(List<ResponseItem>))]
[JsonSerializable(typeof(ResponseContentPart))]
[JsonSerializable(typeof(ResponseError))]
[JsonSerializable(typeof(ResponseCreatedEvent))]
[JsonSerializable(typeof(ResponseInProgressEvent))]
[JsonSerializable(typeof(ResponseCompletedEvent))]
[JsonSerializable(typeof(ResponseIncompleteEvent))]
[JsonSerializable(typeof(ResponseFailedEvent))]
[JsonSerializable(typeof(ResponseErrorEvent))]
[JsonSerializable(typeof(ResponseOutputItemAddedEvent))]
[JsonSerializable(typeof(ResponseOutputItemDoneEvent))]
[JsonSerializable(typeof(ResponseContentPartAddedEvent))]
[JsonSerializable(typeof(ResponseContentPartDoneEvent))]
[JsonSerializable(typeof(ResponseOutputTextDeltaEvent))]
[JsonSerializable(typeof(ResponseOutputTextDoneEvent))]
[JsonSerializable(typeof(ResponseReasoningTextDeltaEvent))]
[JsonSerializable(typeof(ResponseReasoningTextDoneEvent))]
[JsonSerializable(typeof(ResponseReasoningSummaryTextDeltaEvent))]
[JsonSerializable(typeof(ResponseReasoningSummaryTextDoneEvent))]
[JsonSerializable(typeof(ResponseFunctionCallArgumentsDeltaEvent))]
[JsonSerializable(typeof(ResponseFunctionCallArgumentsDoneEvent))]
[JsonSerializable(typeof(UnknownResponseStreamEvent))]
// Images, audio, rerank
[JsonSerializable(typeof(ImageGenerationRequest))]
[JsonSerializable(typeof(ImageGenerationResponse))]
[JsonSerializable(typeof(DataEnvelope<List<ImageModel>>))]
[JsonSerializable(typeof(ImageModelEndpoints))]
[JsonSerializable(typeof(SpeechRequest))]
[JsonSerializable(typeof(TranscriptionRequest))]
[JsonSerializable(typeof(Transcription))]
[JsonSerializable(typeof(RerankRequest))]
[JsonSerializable(typeof(RerankResponse))]
// Catalog, generations and datasets beyond the core
[JsonSerializable(typeof(DataEnvelope<ModelInfo>))]
[JsonSerializable(typeof(DataEnvelope<ModelCount>))]
[JsonSerializable(typeof(DataEnvelope<List<ModelEndpoint>>))]
[JsonSerializable(typeof(ModelPage))]
[JsonSerializable(typeof(DataEnvelope<GenerationContent>))]
[JsonSerializable(typeof(GenerationFeedback))]
[JsonSerializable(typeof(DataEnvelope<GenerationFeedbackResult>))]
[JsonSerializable(typeof(SessionCosts))]
[JsonSerializable(typeof(AppRankings))]
[JsonSerializable(typeof(DailyModelRankings))]
[JsonSerializable(typeof(BenchmarkScores))]
[JsonSerializable(typeof(DataEnvelope<TaskClassifications>))]
// Per-request options: routing metadata read from answers
[JsonSerializable(typeof(OpenRouterMetadata))]
// Anthropic Messages API
[JsonSerializable(typeof(MessagesRequest))]
[JsonSerializable(typeof(MessagesResponse))]
[JsonSerializable(typeof(MessagesContentBlock))]
[JsonSerializable(typeof(List<MessagesContentBlock>))]
[JsonSerializable(typeof(MessagesUsage))]
[JsonSerializable(typeof(MessagesStartEvent))]
[JsonSerializable(typeof(MessagesContentBlockStartEvent))]
[JsonSerializable(typeof(MessagesContentBlockDeltaEvent))]
[JsonSerializable(typeof(MessagesContentBlockStopEvent))]
[JsonSerializable(typeof(MessagesDeltaEvent))]
[JsonSerializable(typeof(MessagesStopEvent))]
[JsonSerializable(typeof(MessagesPingEvent))]
[JsonSerializable(typeof(MessagesErrorEvent))]
[JsonSerializable(typeof(UnknownMessagesStreamEvent))]

internal sealed partial class OpenRouterJsonContext : JsonSerializerContext
{
}
