using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Guardrails (the spec's <c>Guardrails</c> operations): spending limits and model, provider, data-policy and content
/// rules, and their assignment to API keys and organization members. Reached as <see cref="OpenRouterClient.Guardrails"/>
/// or resolved from DI after <c>services.AddOpenRouter(...)</c>. Every operation here needs a <b>management key</b>
/// (<see cref="OpenRouterClientOptions.ManagementKey"/> or <c>OPENROUTER_MANAGEMENT_KEY</c>); without one a call
/// fails with <see cref="InvalidOperationException"/> before anything is sent. Thread-safe; it shares its client's
/// connections, options and lifetime.
/// </summary>
/// <remarks>
/// The list operations page through the server's answers lazily: a page of up to 100 items is fetched only when the
/// enumeration reaches it, so stopping early sends no further requests. To fake it in tests, derive from it (the
/// protected constructor exists for that) and override the methods you use; the methods are virtual.
/// </remarks>
public class OpenRouterGuardrailsClient
{
    /// <summary>The largest page the server returns (its <c>limit</c> maximum); fewer requests for long lists.</summary>
    internal const int PageSize = 100;

    private static readonly HttpMethod Patch = new("PATCH");

    private static readonly ApiPath GuardrailsPath = ApiPath.Of("guardrails");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterGuardrailsClient()
    {
    }

    internal OpenRouterGuardrailsClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Lists the guardrails (<c>GET /guardrails</c>), fetched page by page as the enumeration proceeds. Needs a management key.
    /// </summary>
    /// <param name="workspaceId">The workspace whose guardrails to list; null lists the default workspace's.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The guardrails, in the server's order.</returns>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual IAsyncEnumerable<Guardrail> ListAsync(string? workspaceId = null, CancellationToken cancellationToken = default) =>
        PagesAsync(GuardrailsPath, workspaceId is null ? null : ("workspace_id", workspaceId), OpenRouterJsonContext.Default.DataEnvelopeListGuardrail, cancellationToken);

    /// <summary>
    /// Creates a guardrail (<c>POST /guardrails</c>). It enforces nothing until API keys or members are assigned to
    /// it (<see cref="AssignKeysAsync"/>, <see cref="AssignMembersAsync"/>). Needs a management key.
    /// </summary>
    /// <param name="request">The new guardrail; <see cref="CreateGuardrailRequest.Name"/> is required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created guardrail, with its id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request has no name.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (such as 400 for an invalid setting), or the call timed out.</exception>
    public virtual Task<Guardrail> CreateAsync(CreateGuardrailRequest request, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request);
        Argument.NotBlank(request.Name, "A guardrail needs a name (CreateGuardrailRequest.Name).", nameof(request));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.CreateGuardrailRequest);
        return SendForGuardrailAsync(HttpMethod.Post, GuardrailsPath, body, cancellationToken);
    }

    /// <summary>Gets one guardrail (<c>GET /guardrails/{id}</c>). Needs a management key.</summary>
    /// <param name="id">The guardrail's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The guardrail.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such guardrail (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<Guardrail> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Pipeline.GetDataAsync(GuardrailPath(id), OpenRouterJsonContext.Default.DataEnvelopeGuardrail, OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>
    /// Updates a guardrail (<c>PATCH /guardrails/{id}</c>): only the members set in <paramref name="request"/> are
    /// sent; a list that is sent replaces the whole list. Needs a management key.
    /// </summary>
    /// <param name="id">The guardrail's id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The guardrail as updated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such guardrail (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (such as 400 for renaming a workspace's default guardrail), or the call timed out.</exception>
    public virtual Task<Guardrail> UpdateAsync(string id, UpdateGuardrailRequest request, CancellationToken cancellationToken = default)
    {
        ApiPath path = GuardrailPath(id);
        Argument.NotNull(request);
        List<string> removals = request.Removals();
        byte[] body = ExplicitNulls.Apply(JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.UpdateGuardrailRequest), removals);
        return SendForGuardrailAsync(Patch, path, body, cancellationToken);
    }

    /// <summary>Deletes a guardrail (<c>DELETE /guardrails/{id}</c>). Needs a management key.</summary>
    /// <param name="id">The guardrail's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the server confirmed the deletion.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such guardrail (404).</exception>
    /// <exception cref="OpenRouterInvalidResponseException">The answer did not confirm the deletion (<c>"deleted": true</c>).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ApiPath path = GuardrailPath(id);
        GuardrailDeletion answer = await SendManagementAsync(HttpMethod.Delete, path, null,
            OpenRouterJsonContext.Default.GuardrailDeletion, static a => OpenRouterPipeline.ErrorMember(a.AdditionalProperties), cancellationToken).ConfigureAwait(false);
        if (answer.Deleted != true)
        {
            throw OpenRouterErrorFactory.MissingMember(Operation(HttpMethod.Delete, path), "deleted");
        }
    }

    /// <summary>
    /// Lists the API keys assigned to one guardrail (<c>GET /guardrails/{id}/assignments/keys</c>), fetched page by
    /// page as the enumeration proceeds. Needs a management key.
    /// </summary>
    /// <param name="id">The guardrail's id.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The key assignments, in the server's order.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (404: no such guardrail), or the call timed out.</exception>
    public virtual IAsyncEnumerable<GuardrailKeyAssignment> ListKeyAssignmentsAsync(string id, CancellationToken cancellationToken = default) =>
        PagesAsync(GuardrailPath(id).Then("assignments/keys"), null, OpenRouterJsonContext.Default.DataEnvelopeListGuardrailKeyAssignment, cancellationToken);

    /// <summary>
    /// Assigns API keys to a guardrail (<c>POST /guardrails/{id}/assignments/keys</c>). A key holds at most one
    /// guardrail: assigning replaces its current one. Needs a management key.
    /// </summary>
    /// <param name="id">The guardrail's id.</param>
    /// <param name="keyHashes">The hashes of the API keys; at least one, none blank.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many keys were assigned (<c>assigned_count</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyHashes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a usable id, or <paramref name="keyHashes"/> is empty or holds a blank hash.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (404: no such guardrail), or the call timed out.</exception>
    public virtual Task<int> AssignKeysAsync(string id, IEnumerable<string> keyHashes, CancellationToken cancellationToken = default) =>
        SendKeyHashesAsync(GuardrailPath(id).Then("assignments/keys"), keyHashes, "assigned_count", cancellationToken);

    /// <summary>Unassigns API keys from a guardrail (<c>POST /guardrails/{id}/assignments/keys/remove</c>). Needs a management key.</summary>
    /// <param name="id">The guardrail's id.</param>
    /// <param name="keyHashes">The hashes of the API keys; at least one, none blank.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many keys were unassigned (<c>unassigned_count</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyHashes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a usable id, or <paramref name="keyHashes"/> is empty or holds a blank hash.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (404: no such guardrail), or the call timed out.</exception>
    public virtual Task<int> RemoveKeysAsync(string id, IEnumerable<string> keyHashes, CancellationToken cancellationToken = default) =>
        SendKeyHashesAsync(GuardrailPath(id).Then("assignments/keys/remove"), keyHashes, "unassigned_count", cancellationToken);

    /// <summary>
    /// Lists the organization members assigned to one guardrail (<c>GET /guardrails/{id}/assignments/members</c>),
    /// fetched page by page as the enumeration proceeds. Needs a management key.
    /// </summary>
    /// <param name="id">The guardrail's id.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The member assignments, in the server's order.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (404: no such guardrail), or the call timed out.</exception>
    public virtual IAsyncEnumerable<GuardrailMemberAssignment> ListMemberAssignmentsAsync(string id, CancellationToken cancellationToken = default) =>
        PagesAsync(GuardrailPath(id).Then("assignments/members"), null, OpenRouterJsonContext.Default.DataEnvelopeListGuardrailMemberAssignment, cancellationToken);

    /// <summary>Assigns organization members to a guardrail (<c>POST /guardrails/{id}/assignments/members</c>). Needs a management key.</summary>
    /// <param name="id">The guardrail's id.</param>
    /// <param name="memberUserIds">The members' user ids; at least one, none blank.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many members were assigned (<c>assigned_count</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberUserIds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a usable id, or <paramref name="memberUserIds"/> is empty or holds a blank id.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (404: no such guardrail), or the call timed out.</exception>
    public virtual Task<int> AssignMembersAsync(string id, IEnumerable<string> memberUserIds, CancellationToken cancellationToken = default) =>
        SendMemberUserIdsAsync(GuardrailPath(id).Then("assignments/members"), memberUserIds, "assigned_count", cancellationToken);

    /// <summary>Unassigns organization members from a guardrail (<c>POST /guardrails/{id}/assignments/members/remove</c>). Needs a management key.</summary>
    /// <param name="id">The guardrail's id.</param>
    /// <param name="memberUserIds">The members' user ids; at least one, none blank.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many members were unassigned (<c>unassigned_count</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberUserIds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a usable id, or <paramref name="memberUserIds"/> is empty or holds a blank id.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (404: no such guardrail), or the call timed out.</exception>
    public virtual Task<int> RemoveMembersAsync(string id, IEnumerable<string> memberUserIds, CancellationToken cancellationToken = default) =>
        SendMemberUserIdsAsync(GuardrailPath(id).Then("assignments/members/remove"), memberUserIds, "unassigned_count", cancellationToken);

    /// <summary>
    /// Lists every API key assignment of every guardrail (<c>GET /guardrails/assignments/keys</c>), fetched page by
    /// page as the enumeration proceeds. Needs a management key.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The key assignments, in the server's order.</returns>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual IAsyncEnumerable<GuardrailKeyAssignment> ListAllKeyAssignmentsAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(GuardrailsPath.Then("assignments/keys"), null, OpenRouterJsonContext.Default.DataEnvelopeListGuardrailKeyAssignment, cancellationToken);

    /// <summary>
    /// Lists every organization member assignment of every guardrail (<c>GET /guardrails/assignments/members</c>),
    /// fetched page by page as the enumeration proceeds. Needs a management key.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The member assignments, in the server's order.</returns>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual IAsyncEnumerable<GuardrailMemberAssignment> ListAllMemberAssignmentsAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(GuardrailsPath.Then("assignments/members"), null, OpenRouterJsonContext.Default.DataEnvelopeListGuardrailMemberAssignment, cancellationToken);

    private static ApiPath GuardrailPath(string id) => GuardrailsPath.Segment(id);

    private static string Operation(HttpMethod method, ApiPath path) => method.Method + " /" + path.WithoutQuery();

    /// <summary>Pages through <paramref name="path"/> lazily, with the management key.</summary>
    private IAsyncEnumerable<T> PagesAsync<T>(ApiPath path, (string Name, string Value)? filter, JsonTypeInfo<DataEnvelope<List<T>>> pageType,
        CancellationToken cancellationToken)
        where T : class =>
        Pipeline.PagesAsync(path, filter is { } f ? page => page.Query(f.Name, f.Value) : null, pageType, PageSize, OpenRouterCredential.ManagementKey, cancellationToken);

    private async Task<Guardrail> SendForGuardrailAsync(HttpMethod method, ApiPath path, byte[] body, CancellationToken cancellationToken)
    {
        DataEnvelope<Guardrail> answer = await SendManagementAsync(method, path, body, OpenRouterJsonContext.Default.DataEnvelopeGuardrail,
            static e => OpenRouterPipeline.ErrorMember(e.AdditionalProperties), cancellationToken).ConfigureAwait(false);
        return answer.Data ?? throw OpenRouterErrorFactory.MissingData(Operation(method, path));
    }

    private Task<int> SendKeyHashesAsync(ApiPath path, IEnumerable<string> keyHashes, string countMember, CancellationToken cancellationToken)
    {
        var body = new GuardrailKeyHashesBody { KeyHashes = NonEmptyList(keyHashes, nameof(keyHashes)) };
        return SendForCountAsync(path, JsonSerializer.SerializeToUtf8Bytes(body, OpenRouterJsonContext.Default.GuardrailKeyHashesBody), countMember, cancellationToken);
    }

    private Task<int> SendMemberUserIdsAsync(ApiPath path, IEnumerable<string> memberUserIds, string countMember, CancellationToken cancellationToken)
    {
        var body = new GuardrailMemberUserIdsBody { MemberUserIds = NonEmptyList(memberUserIds, nameof(memberUserIds)) };
        return SendForCountAsync(path, JsonSerializer.SerializeToUtf8Bytes(body, OpenRouterJsonContext.Default.GuardrailMemberUserIdsBody), countMember, cancellationToken);
    }

    private async Task<int> SendForCountAsync(ApiPath path, byte[] body, string countMember, CancellationToken cancellationToken)
    {
        GuardrailAssignmentCount answer = await SendManagementAsync(HttpMethod.Post, path, body, OpenRouterJsonContext.Default.GuardrailAssignmentCount,
            static a => OpenRouterPipeline.ErrorMember(a.AdditionalProperties), cancellationToken).ConfigureAwait(false);
        int? count = countMember == "assigned_count" ? answer.AssignedCount : answer.UnassignedCount;
        return count ?? throw OpenRouterErrorFactory.MissingMember(Operation(HttpMethod.Post, path), countMember);
    }

    /// <summary>Sends with the management key (the pipeline turns a 403 into "a management key is needed").</summary>
    private Task<T> SendManagementAsync<T>(HttpMethod method, ApiPath path, byte[]? body, JsonTypeInfo<T> responseType,
        Func<T, JsonElement?> bodyError, CancellationToken cancellationToken) =>
        Pipeline.SendAsync(method, path, body, responseType, bodyError, OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>The caller's values as a list (copied once, so a lazy sequence is read once), refused when empty or with a blank item.</summary>
    private static List<string> NonEmptyList(IEnumerable<string> values, string paramName)
    {
        List<string> list = Argument.NotNull(values, paramName).ToList();
        Argument.Requires(list.Count > 0, "At least one value is needed.", paramName);
        Argument.Requires(list.TrueForAll(v => !string.IsNullOrWhiteSpace(v)), "A value is null or blank.", paramName);
        return list;
    }

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
