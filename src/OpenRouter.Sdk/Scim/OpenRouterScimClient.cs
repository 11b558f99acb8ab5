using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// SCIM provisioning (the spec's <c>SCIM</c> operations): the groups the organization's identity provider pushed, and
/// the mappings that make a group's members members of a workspace with a role. Reached as
/// <see cref="OpenRouterClient.Scim"/> or resolved from DI after <c>services.AddOpenRouter(...)</c>. Every operation
/// here needs a <b>management key</b> (<see cref="OpenRouterClientOptions.ManagementKey"/> or
/// <c>OPENROUTER_MANAGEMENT_KEY</c>); without one a call fails with <see cref="InvalidOperationException"/> before
/// anything is sent. Thread-safe; it shares its client's connections, options and lifetime.
/// </summary>
/// <remarks>
/// The list operations page through the server's answers lazily: a page of up to 100 items is fetched only when the
/// enumeration reaches it, so stopping early sends no further requests. To fake it in tests, derive from it (the
/// protected constructor exists for that) and override the methods you use; the methods are virtual.
/// </remarks>
public class OpenRouterScimClient
{
    /// <summary>The largest page the server returns (its <c>limit</c> maximum); fewer requests for long lists.</summary>
    internal const int PageSize = 100;

    private static readonly HttpMethod Patch = new("PATCH");

    private static readonly ApiPath GroupMappingsPath = ApiPath.Of("scim/group-mappings");

    private static readonly ApiPath GroupsPath = ApiPath.Of("scim/groups");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterScimClient()
    {
    }

    internal OpenRouterScimClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Lists the organization's SCIM groups (<c>GET /scim/groups</c>), fetched page by page as the enumeration
    /// proceeds. Needs a management key.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The groups, in the server's order.</returns>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual IAsyncEnumerable<ScimGroup> ListGroupsAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(GroupsPath, OpenRouterJsonContext.Default.DataEnvelopeListScimGroup, cancellationToken);

    /// <summary>
    /// Lists the organization's SCIM group-to-workspace mappings (<c>GET /scim/group-mappings</c>), fetched page by
    /// page as the enumeration proceeds. Needs a management key.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The mappings, in the server's order.</returns>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual IAsyncEnumerable<ScimGroupMapping> ListGroupMappingsAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(GroupMappingsPath, OpenRouterJsonContext.Default.DataEnvelopeListScimGroupMapping, cancellationToken);

    /// <summary>
    /// Maps a SCIM group to a workspace with a role (<c>POST /scim/group-mappings</c>): the group's members become
    /// members of the workspace. Needs a management key.
    /// </summary>
    /// <param name="request">The group, the workspace and the role; all three are required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created mapping, with its id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request has no group id, no workspace id or no role.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such group or workspace (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (such as 409 for a group already mapped to the workspace), or the call timed out.</exception>
    public virtual Task<ScimGroupMapping> CreateGroupMappingAsync(CreateScimGroupMappingRequest request, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request);
        Argument.NotBlank(request.ScimGroupId, "A mapping needs a SCIM group id (CreateScimGroupMappingRequest.ScimGroupId).", nameof(request));
        Argument.NotBlank(request.WorkspaceId, "A mapping needs a workspace id (CreateScimGroupMappingRequest.WorkspaceId).", nameof(request));
        Argument.Requires(!string.IsNullOrWhiteSpace(request.Role.Value), "A mapping needs a role (CreateScimGroupMappingRequest.Role).", nameof(request));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.CreateScimGroupMappingRequest);
        return SendForMappingAsync(HttpMethod.Post, GroupMappingsPath, body, cancellationToken);
    }

    /// <summary>Gets one SCIM group mapping (<c>GET /scim/group-mappings/{id}</c>). Needs a management key.</summary>
    /// <param name="id">The mapping's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such mapping (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<ScimGroupMapping> GetGroupMappingAsync(string id, CancellationToken cancellationToken = default) =>
        Pipeline.GetDataAsync(MappingPath(id), OpenRouterJsonContext.Default.DataEnvelopeScimGroupMapping, OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>Changes the role of a SCIM group mapping (<c>PATCH /scim/group-mappings/{id}</c>). Needs a management key.</summary>
    /// <param name="id">The mapping's id.</param>
    /// <param name="request">The new role.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The mapping as updated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>, or the request has no role.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such mapping (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (such as 400 for an unknown role), or the call timed out.</exception>
    public virtual Task<ScimGroupMapping> UpdateGroupMappingAsync(string id, UpdateScimGroupMappingRequest request, CancellationToken cancellationToken = default)
    {
        ApiPath path = MappingPath(id);
        Argument.NotNull(request);
        Argument.Requires(!string.IsNullOrWhiteSpace(request.Role.Value), "An update needs a role (UpdateScimGroupMappingRequest.Role).", nameof(request));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.UpdateScimGroupMappingRequest);
        return SendForMappingAsync(Patch, path, body, cancellationToken);
    }

    /// <summary>
    /// Deletes a SCIM group mapping (<c>DELETE /scim/group-mappings/{id}?keep_members=...</c>). The server has no
    /// default for what happens to the members the mapping gave access to, so the caller always says. Needs a
    /// management key.
    /// </summary>
    /// <param name="id">The mapping's id.</param>
    /// <param name="keepMembers">
    /// <see langword="true"/> keeps the workspace members the mapping added, as manually managed members;
    /// <see langword="false"/> <b>removes</b> them from the workspace. (<c>keep_members</c>)
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the server confirmed the deletion.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such mapping (404).</exception>
    /// <exception cref="OpenRouterInvalidResponseException">The answer did not confirm the deletion (<c>"deleted": true</c>).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual async Task DeleteGroupMappingAsync(string id, bool keepMembers, CancellationToken cancellationToken = default)
    {
        ApiPath path = MappingPath(id);
        ApiPath withQuery = path.Query("keep_members", keepMembers ? "true" : "false");
        ScimGroupMappingDeletion answer = await Pipeline.SendAsync(HttpMethod.Delete, withQuery, null, OpenRouterJsonContext.Default.ScimGroupMappingDeletion,
            static a => OpenRouterPipeline.ErrorMember(a.AdditionalProperties), OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);
        if (answer.Deleted != true)
        {
            throw OpenRouterErrorFactory.MissingMember(Operation(HttpMethod.Delete, path), "deleted");
        }
    }

    private static ApiPath MappingPath(string id) => GroupMappingsPath.Segment(id);

    private static string Operation(HttpMethod method, ApiPath path) => method.Method + " /" + path.WithoutQuery();

    /// <summary>Pages through <paramref name="path"/> lazily, with the management key.</summary>
    private IAsyncEnumerable<T> PagesAsync<T>(ApiPath path, JsonTypeInfo<DataEnvelope<List<T>>> pageType, CancellationToken cancellationToken)
        where T : class =>
        Pipeline.PagesAsync(path, null, pageType, PageSize, OpenRouterCredential.ManagementKey, cancellationToken);

    private async Task<ScimGroupMapping> SendForMappingAsync(HttpMethod method, ApiPath path, byte[] body, CancellationToken cancellationToken)
    {
        DataEnvelope<ScimGroupMapping> answer = await Pipeline.SendAsync(method, path, body, OpenRouterJsonContext.Default.DataEnvelopeScimGroupMapping,
            static e => OpenRouterPipeline.ErrorMember(e.AdditionalProperties), OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);
        return answer.Data ?? throw OpenRouterErrorFactory.MissingData(Operation(method, path));
    }

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
