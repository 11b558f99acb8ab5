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
/// Workspaces (the spec's <c>Workspaces</c> operations): groups of API keys, members, budgets and guardrails with
/// their own defaults. Reached as <see cref="OpenRouterClient.Workspaces"/> or resolved from DI after
/// <c>services.AddOpenRouter(...)</c>. Every operation here needs a <b>management key</b>
/// (<see cref="OpenRouterClientOptions.ManagementKey"/> or <c>OPENROUTER_MANAGEMENT_KEY</c>); without one a call
/// fails with <see cref="InvalidOperationException"/> before anything is sent. Thread-safe; it shares its client's
/// connections, options and lifetime.
/// </summary>
/// <remarks>
/// A workspace is named by its id (a UUID) or its slug. The list operations page through the server's answers lazily:
/// a page of up to 100 items is fetched only when the enumeration reaches it, so stopping early sends no further
/// requests. To fake it in tests, derive from it (the protected constructor exists for that) and override the
/// methods you use; the methods are virtual.
/// </remarks>
public class OpenRouterWorkspacesClient
{
    /// <summary>The largest page the server returns (its <c>limit</c> maximum); fewer requests for long lists.</summary>
    internal const int PageSize = 100;

    private static readonly HttpMethod Patch = new("PATCH");

    private static readonly ApiPath WorkspacesPath = ApiPath.Of("workspaces");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterWorkspacesClient()
    {
    }

    internal OpenRouterWorkspacesClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Lists the workspaces (<c>GET /workspaces</c>), fetched page by page as the enumeration proceeds. Needs a management key.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The workspaces, in the server's order.</returns>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual IAsyncEnumerable<Workspace> ListAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(WorkspacesPath, OpenRouterJsonContext.Default.DataEnvelopeListWorkspace, cancellationToken);

    /// <summary>Creates a workspace (<c>POST /workspaces</c>). Needs a management key.</summary>
    /// <param name="request">The new workspace; <see cref="CreateWorkspaceRequest.Name"/> and <see cref="CreateWorkspaceRequest.Slug"/> are required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created workspace, with its id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request has no name or no slug.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (such as 400 for a slug in use or malformed), or the call timed out.</exception>
    public virtual Task<Workspace> CreateAsync(CreateWorkspaceRequest request, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request);
        Argument.NotBlank(request.Name, "A workspace needs a name (CreateWorkspaceRequest.Name).", nameof(request));
        Argument.NotBlank(request.Slug, "A workspace needs a slug (CreateWorkspaceRequest.Slug).", nameof(request));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.CreateWorkspaceRequest);
        return SendForWorkspaceAsync(HttpMethod.Post, WorkspacesPath, body, cancellationToken);
    }

    /// <summary>Gets one workspace (<c>GET /workspaces/{id}</c>). Needs a management key.</summary>
    /// <param name="id">The workspace's id or slug.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The workspace.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such workspace (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<Workspace> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Pipeline.GetDataAsync(WorkspacePath(id), OpenRouterJsonContext.Default.DataEnvelopeWorkspace, OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>
    /// Updates a workspace (<c>PATCH /workspaces/{id}</c>): only the members set in <paramref name="request"/> are
    /// sent. Needs a management key.
    /// </summary>
    /// <param name="id">The workspace's id or slug.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The workspace as updated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such workspace (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (such as 400 for an invalid setting), or the call timed out.</exception>
    public virtual Task<Workspace> UpdateAsync(string id, UpdateWorkspaceRequest request, CancellationToken cancellationToken = default)
    {
        ApiPath path = WorkspacePath(id);
        Argument.NotNull(request);
        List<string> removals = request.Removals();
        byte[] body = ExplicitNulls.Apply(JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.UpdateWorkspaceRequest), removals);
        return SendForWorkspaceAsync(Patch, path, body, cancellationToken);
    }

    /// <summary>
    /// Deletes a workspace (<c>DELETE /workspaces/{id}</c>) together with its budgets and guardrails. A workspace with
    /// active API keys cannot be deleted: remove the keys first. Needs a management key.
    /// </summary>
    /// <param name="id">The workspace's id or slug.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the server confirmed the deletion.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such workspace (404).</exception>
    /// <exception cref="OpenRouterInvalidResponseException">The answer did not confirm the deletion (<c>"deleted": true</c>).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (such as 400 for a workspace with active keys), or the call timed out.</exception>
    public virtual async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ApiPath path = WorkspacePath(id);
        WorkspaceDeletion answer = await SendManagementAsync(HttpMethod.Delete, path, null,
            OpenRouterJsonContext.Default.WorkspaceDeletion, static a => OpenRouterPipeline.ErrorMember(a.AdditionalProperties), cancellationToken).ConfigureAwait(false);
        if (answer.Deleted != true)
        {
            throw OpenRouterErrorFactory.MissingMember(Operation(HttpMethod.Delete, path), "deleted");
        }
    }

    /// <summary>
    /// Lists the members of a workspace (<c>GET /workspaces/{id}/members</c>), fetched page by page as the enumeration
    /// proceeds; for the default workspace that is every organization member. Needs a management key.
    /// </summary>
    /// <param name="id">The workspace's id or slug.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The memberships, in the server's order.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (404: no such workspace), or the call timed out.</exception>
    public virtual IAsyncEnumerable<WorkspaceMember> ListMembersAsync(string id, CancellationToken cancellationToken = default) =>
        PagesAsync(WorkspacePath(id).Then("members"), OpenRouterJsonContext.Default.DataEnvelopeListWorkspaceMember, cancellationToken);

    /// <summary>
    /// Adds organization members to a workspace (<c>POST /workspaces/{id}/members/add</c>); each gets the role they
    /// hold in the organization. Needs a management key.
    /// </summary>
    /// <param name="id">The workspace's id or slug.</param>
    /// <param name="userIds">The members' user ids; 1 to 100, none blank.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many memberships were created or updated, and those memberships.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="userIds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a usable id, or <paramref name="userIds"/> is empty or holds a blank id.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (404: no such workspace), or the call timed out.</exception>
    public virtual Task<WorkspaceMembersAdded> AddMembersAsync(string id, IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        ApiPath path = WorkspacePath(id).Then("members/add");
        byte[] body = UserIdsBody(userIds);
        return SendManagementAsync(HttpMethod.Post, path, body, OpenRouterJsonContext.Default.WorkspaceMembersAdded,
            static a => OpenRouterPipeline.ErrorMember(a.AdditionalProperties), cancellationToken);
    }

    /// <summary>
    /// Removes members from a workspace (<c>POST /workspaces/{id}/members/remove</c>). Members with active API keys
    /// in the workspace, and members managed through SCIM, cannot be removed. Needs a management key.
    /// </summary>
    /// <param name="id">The workspace's id or slug.</param>
    /// <param name="userIds">The members' user ids; at least one, none blank.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many members were removed (<c>removed_count</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="userIds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a usable id, or <paramref name="userIds"/> is empty or holds a blank id.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterInvalidResponseException">The answer had no <c>removed_count</c>.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (404: no such workspace), or the call timed out.</exception>
    public virtual async Task<int> RemoveMembersAsync(string id, IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        ApiPath path = WorkspacePath(id).Then("members/remove");
        byte[] body = UserIdsBody(userIds);
        WorkspaceMembersRemoval answer = await SendManagementAsync(HttpMethod.Post, path, body, OpenRouterJsonContext.Default.WorkspaceMembersRemoval,
            static a => OpenRouterPipeline.ErrorMember(a.AdditionalProperties), cancellationToken).ConfigureAwait(false);
        return answer.RemovedCount ?? throw OpenRouterErrorFactory.MissingMember(Operation(HttpMethod.Post, path), "removed_count");
    }

    /// <summary>
    /// Lists the budgets of a workspace (<c>GET /workspaces/{id}/budgets</c>): at most one per interval, with the
    /// workspace-wide BYOK setting. Needs a management key.
    /// </summary>
    /// <param name="id">The workspace's id or slug.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The budgets (empty when the workspace has none) and whether BYOK spend counts toward them.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such workspace (404).</exception>
    /// <exception cref="OpenRouterInvalidResponseException">The answer had no <c>data</c>.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual async Task<WorkspaceBudgetList> ListBudgetsAsync(string id, CancellationToken cancellationToken = default)
    {
        ApiPath path = WorkspacePath(id).Then("budgets");
        WorkspaceBudgetList answer = await SendManagementAsync(HttpMethod.Get, path, null, OpenRouterJsonContext.Default.WorkspaceBudgetList,
            static a => OpenRouterPipeline.ErrorMember(a.AdditionalProperties), cancellationToken).ConfigureAwait(false);
        return answer.LacksBudgets ? throw OpenRouterErrorFactory.MissingData(Operation(HttpMethod.Get, path)) : answer;
    }

    /// <summary>Gets the budget of a workspace for one interval (<c>GET /workspaces/{id}/budgets/{interval}</c>). Needs a management key.</summary>
    /// <param name="id">The workspace's id or slug.</param>
    /// <param name="interval">The budget's interval, such as <see cref="WorkspaceBudgetInterval.Monthly"/> or <see cref="WorkspaceBudgetInterval.Lifetime"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The budget and whether BYOK spend counts toward the workspace's budgets.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="interval"/> is empty, blank, <c>.</c> or <c>..</c> (or <paramref name="id"/> is null).</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such workspace, or no budget for the interval (404).</exception>
    /// <exception cref="OpenRouterInvalidResponseException">The answer had no <c>data</c>.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (such as 400 for an unknown interval), or the call timed out.</exception>
    public virtual Task<WorkspaceBudgetResult> GetBudgetAsync(string id, WorkspaceBudgetInterval interval, CancellationToken cancellationToken = default) =>
        SendForBudgetAsync(HttpMethod.Get, BudgetPath(id, interval), null, cancellationToken);

    /// <summary>
    /// Creates or replaces the budget of a workspace for one interval (<c>PUT /workspaces/{id}/budgets/{interval}</c>).
    /// Limits must strictly decrease as the interval narrows (lifetime &gt; monthly &gt; weekly &gt; daily); the change
    /// applies to enforcement at once. Needs a management key.
    /// </summary>
    /// <param name="id">The workspace's id or slug.</param>
    /// <param name="interval">The budget's interval, such as <see cref="WorkspaceBudgetInterval.Monthly"/> or <see cref="WorkspaceBudgetInterval.Lifetime"/>.</param>
    /// <param name="request">The limit, and optionally the workspace-wide BYOK setting.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The budget as created or updated, and whether BYOK spend counts toward the workspace's budgets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="interval"/> is empty, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SetWorkspaceBudgetRequest.LimitUsd"/> is not greater than 0.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such workspace (404).</exception>
    /// <exception cref="OpenRouterInvalidResponseException">The answer had no <c>data</c>.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (such as 400 for limits out of order), or the call timed out.</exception>
    public virtual Task<WorkspaceBudgetResult> SetBudgetAsync(string id, WorkspaceBudgetInterval interval, SetWorkspaceBudgetRequest request,
        CancellationToken cancellationToken = default)
    {
        ApiPath path = BudgetPath(id, interval);
        Argument.NotNull(request);
        Argument.InRange(request.LimitUsd > 0m, request.LimitUsd, "A budget's limit (SetWorkspaceBudgetRequest.LimitUsd) must be greater than 0.", nameof(request));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.SetWorkspaceBudgetRequest);
        return SendForBudgetAsync(HttpMethod.Put, path, body, cancellationToken);
    }

    /// <summary>
    /// Removes the budget of a workspace for one interval (<c>DELETE /workspaces/{id}/budgets/{interval}</c>); a budget
    /// that did not exist counts as removed. Needs a management key.
    /// </summary>
    /// <param name="id">The workspace's id or slug.</param>
    /// <param name="interval">The budget's interval, such as <see cref="WorkspaceBudgetInterval.Monthly"/> or <see cref="WorkspaceBudgetInterval.Lifetime"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the server confirmed the removal.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="interval"/> is empty, blank, <c>.</c> or <c>..</c> (or <paramref name="id"/> is null).</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such workspace (404).</exception>
    /// <exception cref="OpenRouterInvalidResponseException">The answer did not confirm the removal (<c>"deleted": true</c>).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual async Task DeleteBudgetAsync(string id, WorkspaceBudgetInterval interval, CancellationToken cancellationToken = default)
    {
        ApiPath path = BudgetPath(id, interval);
        WorkspaceDeletion answer = await SendManagementAsync(HttpMethod.Delete, path, null,
            OpenRouterJsonContext.Default.WorkspaceDeletion, static a => OpenRouterPipeline.ErrorMember(a.AdditionalProperties), cancellationToken).ConfigureAwait(false);
        if (answer.Deleted != true)
        {
            throw OpenRouterErrorFactory.MissingMember(Operation(HttpMethod.Delete, path), "deleted");
        }
    }

    private static ApiPath WorkspacePath(string id) => WorkspacesPath.Segment(id);

    /// <summary><c>workspaces/{id}/budgets/{interval}</c>, both escaped; an empty interval (the default value) is refused.</summary>
    private static ApiPath BudgetPath(string id, WorkspaceBudgetInterval interval)
    {
        ApiPath workspace = WorkspacePath(id);
        Argument.Requires(!string.IsNullOrWhiteSpace(interval.Value) && interval.Value is not ("." or ".."),
            $"'{interval.Value}' is not a budget interval; use WorkspaceBudgetInterval.Daily, Weekly, Monthly or Lifetime.", nameof(interval));
        return workspace.Then("budgets").Segment(interval.Value);
    }

    private static string Operation(HttpMethod method, ApiPath path) => method.Method + " /" + path.WithoutQuery();

    /// <summary>The caller's user ids as a <c>{"user_ids":[...]}</c> body (read once), refused when empty or with a blank id.</summary>
    private static byte[] UserIdsBody(IEnumerable<string> userIds)
    {
        List<string> list = Argument.NotNull(userIds, nameof(userIds)).ToList();
        Argument.Requires(list.Count > 0, "At least one user id is needed.", nameof(userIds));
        Argument.Requires(list.TrueForAll(v => !string.IsNullOrWhiteSpace(v)), "A user id is null or blank.", nameof(userIds));
        return JsonSerializer.SerializeToUtf8Bytes(new WorkspaceUserIdsBody { UserIds = list }, OpenRouterJsonContext.Default.WorkspaceUserIdsBody);
    }

    /// <summary>Pages through <paramref name="path"/> lazily, with the management key.</summary>
    private IAsyncEnumerable<T> PagesAsync<T>(ApiPath path, JsonTypeInfo<DataEnvelope<List<T>>> pageType, CancellationToken cancellationToken)
        where T : class =>
        Pipeline.PagesAsync(path, null, pageType, PageSize, OpenRouterCredential.ManagementKey, cancellationToken);

    private async Task<Workspace> SendForWorkspaceAsync(HttpMethod method, ApiPath path, byte[] body, CancellationToken cancellationToken)
    {
        DataEnvelope<Workspace> answer = await SendManagementAsync(method, path, body, OpenRouterJsonContext.Default.DataEnvelopeWorkspace,
            static e => OpenRouterPipeline.ErrorMember(e.AdditionalProperties), cancellationToken).ConfigureAwait(false);
        return answer.Data ?? throw OpenRouterErrorFactory.MissingData(Operation(method, path));
    }

    private async Task<WorkspaceBudgetResult> SendForBudgetAsync(HttpMethod method, ApiPath path, byte[]? body, CancellationToken cancellationToken)
    {
        WorkspaceBudgetResult answer = await SendManagementAsync(method, path, body, OpenRouterJsonContext.Default.WorkspaceBudgetResult,
            static e => OpenRouterPipeline.ErrorMember(e.AdditionalProperties), cancellationToken).ConfigureAwait(false);
        return answer.LacksBudget ? throw OpenRouterErrorFactory.MissingData(Operation(method, path)) : answer;
    }

    /// <summary>Sends with the management key (the pipeline turns a 403 into "a management key is needed").</summary>
    private Task<T> SendManagementAsync<T>(HttpMethod method, ApiPath path, byte[]? body, JsonTypeInfo<T> responseType,
        Func<T, JsonElement?> bodyError, CancellationToken cancellationToken) =>
        Pipeline.SendAsync(method, path, body, responseType, bodyError, OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
