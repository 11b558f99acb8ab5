using OpenRouter.Sdk.Http;

namespace OpenRouter.Sdk;

/// <summary>
/// Filters of <see cref="OpenRouterKeysClient.ListKeysAsync"/> and <see cref="OpenRouterKeysClient.ListKeysPageAsync"/>
/// (query parameters of <c>GET /keys</c>). Unset properties are not sent: the server then lists the enabled keys of
/// the default workspace.
/// </summary>
public sealed class ApiKeyListQuery
{
    /// <summary>Also list disabled keys; by default they are left out. Sent as <c>include_disabled=true</c> when set. (<c>include_disabled</c>)</summary>
    public bool IncludeDisabled { get; set; }

    /// <summary>Only the keys of this workspace (a UUID); by default, the keys of the default workspace. (<c>workspace_id</c>)</summary>
    public string? WorkspaceId { get; set; }

    internal ApiPath AppendTo(ApiPath path)
    {
        if (IncludeDisabled)
        {
            path = path.Query("include_disabled", "true");
        }

        return string.IsNullOrEmpty(WorkspaceId) ? path : path.Query("workspace_id", WorkspaceId!);
    }
}
