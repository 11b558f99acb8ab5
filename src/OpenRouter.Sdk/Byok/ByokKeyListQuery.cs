using OpenRouter.Sdk.Http;

namespace OpenRouter.Sdk;

/// <summary>
/// Filters of <see cref="OpenRouterByokClient.ListAsync"/> (query parameters of <c>GET /byok</c>). Unset properties
/// are not sent: the server then lists every provider's credentials in the default workspace.
/// </summary>
public sealed class ByokKeyListQuery
{
    /// <summary>Only the credentials of this workspace (a UUID); by default, the default workspace's. (<c>workspace_id</c>)</summary>
    public string? WorkspaceId { get; set; }

    /// <summary>Only the credentials of this provider; by default, every provider's. (<c>provider</c>)</summary>
    public ByokProviderSlug? Provider { get; set; }

    internal ApiPath AppendTo(ApiPath path)
    {
        if (!string.IsNullOrEmpty(WorkspaceId))
        {
            path = path.Query("workspace_id", WorkspaceId!);
        }

        return Provider is { } provider && provider.Value.Length > 0 ? path.Query("provider", provider.Value) : path;
    }
}
