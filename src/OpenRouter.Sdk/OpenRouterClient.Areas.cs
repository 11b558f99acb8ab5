using System;
using System.Threading;
using OpenRouter.Sdk.Http;

namespace OpenRouter.Sdk;

/// <summary>
/// The area clients: the API beyond the core of <see cref="IOpenRouterClient"/>, one small mockable client per area
/// of OpenRouter's API, each created on first use and sharing this client's pipeline (connections, options, keys,
/// retries, lifetime). See docs/public-api-policy.md.
/// </summary>
public sealed partial class OpenRouterClient
{
    private OpenRouterActivityClient? _activity;
    private OpenRouterGuardrailsClient? _guardrails;
    private OpenRouterKeysClient? _keys;
    private OpenRouterSignInClient? _signIn;
    private OpenRouterByokClient? _byok;
    private OpenRouterPresetsClient? _presets;
    private OpenRouterWorkspacesClient? _workspaces;
    private OpenRouterScimClient? _scim;
    private OpenRouterObservabilityClient? _observability;
    private OpenRouterOrganizationClient? _organization;
    private OpenRouterVideosClient? _videos;
    private OpenRouterFilesClient? _files;
    private OpenRouterResponsesClient? _responses;
    private OpenRouterImagesClient? _images;
    private OpenRouterAudioClient? _audio;
    private OpenRouterRerankClient? _rerank;
    private OpenRouterModelsClient? _models;
    private OpenRouterGenerationsClient? _generations;
    private OpenRouterDatasetsClient? _datasets;
    private OpenRouterMessagesClient? _messages;

    /// <summary>
    /// The account's usage and analytics (the spec's <c>Analytics</c> operations, such as <c>GET /activity</c>); needs
    /// <see cref="OpenRouterClientOptions.ManagementKey"/>. Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterActivityClient Activity => Area(ref _activity, static pipeline => new OpenRouterActivityClient(pipeline));

    /// <summary>
    /// Guardrails (the spec's <c>Guardrails</c> operations, such as <c>GET /guardrails</c>): spending limits and
    /// model, provider and content rules and their assignment to API keys and members; needs
    /// <see cref="OpenRouterClientOptions.ManagementKey"/>. Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterGuardrailsClient Guardrails => Area(ref _guardrails, static pipeline => new OpenRouterGuardrailsClient(pipeline));

    /// <summary>
    /// The account's API keys (the spec's <c>API Keys</c> operations: list, create, get, update, delete); needs
    /// <see cref="OpenRouterClientOptions.ManagementKey"/>. Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterKeysClient Keys => Area(ref _keys, static pipeline => new OpenRouterKeysClient(pipeline));

    /// <summary>
    /// Sign in with OpenRouter on a server (the spec's <c>OAuth</c> operations): create an authorization code (needs
    /// <see cref="OpenRouterClientOptions.ManagementKey"/>) and exchange a code for a user's key. An app with no key
    /// yet uses <see cref="OpenRouterSignIn"/>. Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterSignInClient SignIn => Area(ref _signIn, static pipeline => new OpenRouterSignInClient(pipeline));

    /// <summary>
    /// Bring-your-own-key provider credentials (the spec's <c>BYOK</c> operations: list, create, get, update, delete);
    /// needs <see cref="OpenRouterClientOptions.ManagementKey"/>. Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterByokClient Byok => Area(ref _byok, static pipeline => new OpenRouterByokClient(pipeline));

    /// <summary>
    /// The account's presets and their versions (the spec's <c>Presets</c> management operations, such as
    /// <c>GET /presets</c>); sent with <see cref="OpenRouterClientOptions.ManagementKey"/>. Created on first use; the
    /// same instance every time.
    /// </summary>
    public OpenRouterPresetsClient Presets => Area(ref _presets, static pipeline => new OpenRouterPresetsClient(pipeline));

    /// <summary>
    /// Workspaces (the spec's <c>Workspaces</c> operations, such as <c>GET /workspaces</c>): workspaces, their
    /// members and their budgets; needs <see cref="OpenRouterClientOptions.ManagementKey"/>. Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterWorkspacesClient Workspaces => Area(ref _workspaces, static pipeline => new OpenRouterWorkspacesClient(pipeline));

    /// <summary>
    /// SCIM provisioning (the spec's <c>SCIM</c> operations, such as <c>GET /scim/groups</c>): the organization's SCIM
    /// groups and the mappings that give their members a role in a workspace; needs
    /// <see cref="OpenRouterClientOptions.ManagementKey"/>. Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterScimClient Scim => Area(ref _scim, static pipeline => new OpenRouterScimClient(pipeline));

    /// <summary>
    /// Observability destinations (the spec's <c>Observability</c> operations, such as
    /// <c>GET /observability/destinations</c>): where OpenRouter forwards request traces (Langfuse, Datadog, an
    /// OpenTelemetry collector, a webhook, ...); needs <see cref="OpenRouterClientOptions.ManagementKey"/>. Created on
    /// first use; the same instance every time.
    /// </summary>
    public OpenRouterObservabilityClient Observability => Area(ref _observability, static pipeline => new OpenRouterObservabilityClient(pipeline));

    /// <summary>
    /// The organization (the spec's <c>Organization</c> operations, such as <c>GET /organization/members</c>): its
    /// members; needs <see cref="OpenRouterClientOptions.ManagementKey"/>. Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterOrganizationClient Organization => Area(ref _organization, static pipeline => new OpenRouterOrganizationClient(pipeline));

    /// <summary>
    /// Video generation (the spec's <c>Video Generation</c> operations, such as <c>POST /videos</c>): submit a job,
    /// poll or wait for it, stream the video, list the video models; sent with the API key. Created on first use; the
    /// same instance every time.
    /// </summary>
    public OpenRouterVideosClient Videos => Area(ref _videos, static pipeline => new OpenRouterVideosClient(pipeline));

    /// <summary>
    /// Files (the spec's <c>Files</c> operations, such as <c>POST /files</c>): upload a stream, list, get, delete and
    /// download files; sent with the API key. Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterFilesClient Files => Area(ref _files, static pipeline => new OpenRouterFilesClient(pipeline));

    /// <summary>
    /// OpenRouter's Responses API (the spec's <c>createResponses</c>, <c>POST /responses</c>): the OpenAI Responses
    /// format, unary or streamed as typed events; sent with the API key. The API is stateless (no
    /// <c>previous_response_id</c>, no stored responses). Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterResponsesClient Responses => Area(ref _responses, static pipeline => new OpenRouterResponsesClient(pipeline));

    /// <summary>
    /// Image generation (the spec's <c>Images</c> operations: <c>POST /images</c> and the image model listings); sent
    /// with the API key. Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterImagesClient Images => Area(ref _images, static pipeline => new OpenRouterImagesClient(pipeline));

    /// <summary>
    /// Speech (the spec's <c>TTS</c> and <c>STT</c> operations): text to speech, streamed as it arrives, and
    /// transcription; sent with the API key. Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterAudioClient Audio => Area(ref _audio, static pipeline => new OpenRouterAudioClient(pipeline));

    /// <summary>
    /// Reranking (the spec's <c>Rerank</c> operation, <c>POST /rerank</c>): documents ordered by relevance to a query;
    /// sent with the API key. Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterRerankClient Rerank => Area(ref _rerank, static pipeline => new OpenRouterRerankClient(pipeline));

    /// <summary>
    /// The model catalog beyond <see cref="ListModelsAsync"/> (the spec's <c>Models</c> listings, <c>GET /endpoints/zdr</c>
    /// and <c>GET /embeddings/models</c>): one model by id, pages with their total, the count, the models the account
    /// allows, embedding models and zero-data-retention endpoints; sent with the API key. Created on first use; the same
    /// instance every time.
    /// </summary>
    public OpenRouterModelsClient Models => Area(ref _models, static pipeline => new OpenRouterModelsClient(pipeline));

    /// <summary>
    /// Generations beyond <see cref="GetGenerationAsync"/> (the spec's <c>GET /generation/content</c> and
    /// <c>POST /generation/feedback</c>): the stored prompt and completion of a generation, and feedback on one (which
    /// needs <see cref="OpenRouterClientOptions.ManagementKey"/>). Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterGenerationsClient Generations => Area(ref _generations, static pipeline => new OpenRouterGenerationsClient(pipeline));

    /// <summary>
    /// OpenRouter's public datasets (the spec's <c>Datasets</c>, <c>Benchmarks</c> and <c>Classifications</c>
    /// operations): model and app rankings, cost per session, benchmark scores and task market shares; sent with the API
    /// key. Created on first use; the same instance every time.
    /// </summary>
    public OpenRouterDatasetsClient Datasets => Area(ref _datasets, static pipeline => new OpenRouterDatasetsClient(pipeline));

    /// <summary>
    /// OpenRouter's Anthropic Messages API (the spec's <c>createMessages</c>, <c>POST /messages</c>): Anthropic's
    /// format in front of every model, unary or streamed as typed events; sent with the API key. Created on first use;
    /// the same instance every time.
    /// </summary>
    public OpenRouterMessagesClient Messages => Area(ref _messages, static pipeline => new OpenRouterMessagesClient(pipeline));

    /// <summary>
    /// The area client in <paramref name="field"/>, created on first use. Racing callers may each create one, but
    /// all of them get the one that was stored first, so an area is a single instance per client.
    /// </summary>
    private T Area<T>(ref T? field, Func<OpenRouterPipeline, T> create)
        where T : class
    {
        T? existing = Volatile.Read(ref field);
        if (existing is not null)
        {
            return existing;
        }

        T created = create(_pipeline);
        return Interlocked.CompareExchange(ref field, created, null) ?? created;
    }
}
