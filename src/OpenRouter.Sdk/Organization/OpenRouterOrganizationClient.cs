using System;
using System.Collections.Generic;
using System.Threading;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The organization (the spec's <c>Organization</c> operations): the members of the organization the management key
/// belongs to. Reached as <see cref="OpenRouterClient.Organization"/> or resolved from DI after
/// <c>services.AddOpenRouter(...)</c>. Every operation here needs a <b>management key</b>
/// (<see cref="OpenRouterClientOptions.ManagementKey"/> or <c>OPENROUTER_MANAGEMENT_KEY</c>); without one a call
/// fails with <see cref="InvalidOperationException"/> before anything is sent. Thread-safe; it shares its client's
/// connections, options and lifetime.
/// </summary>
/// <remarks>
/// The list pages through the server's answers lazily: a page of up to 100 members is fetched only when the
/// enumeration reaches it, so stopping early sends no further requests. To fake it in tests, derive from it (the
/// protected constructor exists for that) and override the methods you use; the methods are virtual.
/// </remarks>
public class OpenRouterOrganizationClient
{
    /// <summary>The largest page the server returns (its <c>limit</c> maximum); fewer requests for long lists.</summary>
    internal const int PageSize = 100;

    private static readonly ApiPath MembersPath = ApiPath.Of("organization").Then("members");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterOrganizationClient()
    {
    }

    internal OpenRouterOrganizationClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Lists the members of the organization (<c>GET /organization/members</c>), fetched page by page as the
    /// enumeration proceeds. Needs a management key.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The members, in the server's order.</returns>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual IAsyncEnumerable<OrganizationMember> ListMembersAsync(CancellationToken cancellationToken = default) =>
        Pipeline.PagesAsync(MembersPath, null, OpenRouterJsonContext.Default.DataEnvelopeListOrganizationMember, PageSize,
            OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
