using OpenRouter.Sdk.Http;

namespace OpenRouter.Sdk;

/// <summary>
/// Filters of <see cref="OpenRouterObservabilityClient.ListAsync"/> (query parameters of
/// <c>GET /observability/destinations</c>). Unset properties are not sent: the server then lists the destinations of
/// the default workspace.
/// </summary>
public sealed class ObservabilityDestinationListQuery
{
    /// <summary>Only the destinations of this workspace (a UUID); by default, the default workspace's. (<c>workspace_id</c>)</summary>
    public string? WorkspaceId { get; set; }

    internal ApiPath AppendTo(ApiPath path) => string.IsNullOrEmpty(WorkspaceId) ? path : path.Query("workspace_id", WorkspaceId!);
}
