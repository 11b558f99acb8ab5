using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Observability destinations (the spec's <c>Observability</c> operations): the services, such as Langfuse, Datadog,
/// an OpenTelemetry collector or a webhook, that OpenRouter forwards a workspace's request traces to. Reached as
/// <see cref="OpenRouterClient.Observability"/> or resolved from DI after <c>services.AddOpenRouter(...)</c>. Every
/// operation here needs a <b>management key</b> (<see cref="OpenRouterClientOptions.ManagementKey"/> or
/// <c>OPENROUTER_MANAGEMENT_KEY</c>); without one a call fails with <see cref="InvalidOperationException"/> before
/// anything is sent. A destination's settings carry the service's credentials: they are sent by create and update,
/// returned masked, and never printed by the SDK. Thread-safe; it shares its client's connections, options and lifetime.
/// </summary>
/// <remarks>
/// The list pages through the server's answers lazily: a page of up to 100 destinations is fetched only when the
/// enumeration reaches it, so stopping early sends no further requests. To fake it in tests, derive from it (the
/// protected constructor exists for that) and override the methods you use; the methods are virtual.
/// </remarks>
public class OpenRouterObservabilityClient
{
    /// <summary>The largest page the server returns (its <c>limit</c> maximum); fewer requests for long lists.</summary>
    internal const int PageSize = 100;

    // netstandard2.0 has no HttpMethod.Patch.
    private static readonly HttpMethod Patch = new("PATCH");

    private static readonly ApiPath DestinationsPath = ApiPath.Of("observability").Then("destinations");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterObservabilityClient()
    {
    }

    internal OpenRouterObservabilityClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Lists the observability destinations of a workspace (<c>GET /observability/destinations</c>), fetched page by
    /// page as the enumeration proceeds. Only destinations of stable types are listed. Needs a management key.
    /// </summary>
    /// <param name="query">Filters; null lists the destinations of the default workspace.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The destinations, in the server's order.</returns>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual IAsyncEnumerable<ObservabilityDestination> ListAsync(ObservabilityDestinationListQuery? query = null, CancellationToken cancellationToken = default) =>
        Pipeline.PagesAsync(DestinationsPath, query is null ? null : query.AppendTo, OpenRouterJsonContext.Default.DataEnvelopeListObservabilityDestination,
            PageSize, OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>
    /// Creates an observability destination (<c>POST /observability/destinations</c>); at most 5 of each type are
    /// allowed. Needs a management key.
    /// </summary>
    /// <param name="request">The new destination; <see cref="CreateObservabilityDestinationRequest.Type"/>, <see cref="CreateObservabilityDestinationRequest.Name"/> and <see cref="CreateObservabilityDestinationRequest.Config"/> are required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created destination, with its id and its settings masked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The type, the name or the config is missing or blank, <see cref="CreateObservabilityDestinationRequest.ApiKeyHashes"/> is empty or holds a blank hash, or a filter rule lacks its field or operator.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CreateObservabilityDestinationRequest.SamplingRate"/> is not from 0.0001 to 1.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (400 for a config the type does not accept, 409 for a conflict), or the call timed out.</exception>
    public virtual Task<ObservabilityDestination> CreateAsync(CreateObservabilityDestinationRequest request, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request);
        const string owner = nameof(CreateObservabilityDestinationRequest);
        Argument.NotBlank(request.Type.Value, "An observability destination needs a type (CreateObservabilityDestinationRequest.Type).", nameof(request));
        Argument.NotBlank(request.Name, "An observability destination needs a name (CreateObservabilityDestinationRequest.Name).", nameof(request));
        Argument.Requires(request.Config is not null, "An observability destination needs its settings (CreateObservabilityDestinationRequest.Config).", nameof(request));
        ObservabilityArguments.CheckApiKeyHashes(request.ApiKeyHashes, owner, "leave it null to forward every key's traffic");
        ObservabilityArguments.CheckSamplingRate(request.SamplingRate, owner);
        request.FilterRules?.Validate(owner);
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.CreateObservabilityDestinationRequest);
        return SendForDestinationAsync(HttpMethod.Post, DestinationsPath, body, cancellationToken);
    }

    /// <summary>Gets one observability destination (<c>GET /observability/destinations/{id}</c>). Needs a management key.</summary>
    /// <param name="id">The destination's <see cref="ObservabilityDestination.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The destination, its settings masked.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such destination (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<ObservabilityDestination> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Pipeline.GetDataAsync(DestinationPath(id), OpenRouterJsonContext.Default.DataEnvelopeObservabilityDestination, OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>
    /// Updates an observability destination (<c>PATCH /observability/destinations/{id}</c>): only what
    /// <paramref name="request"/> sets is sent; the rest keeps its value. Needs a management key.
    /// </summary>
    /// <param name="id">The destination's <see cref="ObservabilityDestination.Id"/>.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The destination as updated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a usable id, the new name is blank, the key allowlist is empty or holds a blank hash, a filter rule lacks its field or operator, or a value and its removal are both set.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="UpdateObservabilityDestinationRequest.SamplingRate"/> is not from 0.0001 to 1.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">
    /// Refused with 403: the configured management key is not one (the message says so, then the server's words), or
    /// the workspace's privacy settings are locked (the server's message as it is).
    /// </exception>
    /// <exception cref="OpenRouterNotFoundException">No such destination (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<ObservabilityDestination> UpdateAsync(string id, UpdateObservabilityDestinationRequest request, CancellationToken cancellationToken = default)
    {
        ApiPath path = DestinationPath(id);
        Argument.NotNull(request);
        request.Validate();
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.UpdateObservabilityDestinationRequest);
        return SendForDestinationAsync(Patch, path, body, cancellationToken);
    }

    /// <summary>
    /// Deletes an observability destination (<c>DELETE /observability/destinations/{id}</c>); traces stop going to it.
    /// Needs a management key.
    /// </summary>
    /// <param name="id">The destination's <see cref="ObservabilityDestination.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the server confirmed the deletion.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such destination (404).</exception>
    /// <exception cref="OpenRouterInvalidResponseException">The answer did not confirm the deletion (<c>"deleted": true</c>).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ApiPath path = DestinationPath(id);
        ObservabilityDestinationDeletion answer = await Pipeline.SendAsync(HttpMethod.Delete, path, null, OpenRouterJsonContext.Default.ObservabilityDestinationDeletion,
            static d => OpenRouterPipeline.ErrorMember(d.AdditionalProperties), OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);
        if (answer.Deleted != true)
        {
            throw OpenRouterErrorFactory.MissingMember(Operation(HttpMethod.Delete, path), "deleted");
        }
    }

    private static ApiPath DestinationPath(string id) => DestinationsPath.Segment(id);

    private static string Operation(HttpMethod method, ApiPath path) => method.Method + " /" + path.WithoutQuery();

    private async Task<ObservabilityDestination> SendForDestinationAsync(HttpMethod method, ApiPath path, byte[] body, CancellationToken cancellationToken)
    {
        DataEnvelope<ObservabilityDestination> answer = await Pipeline.SendAsync(method, path, body, OpenRouterJsonContext.Default.DataEnvelopeObservabilityDestination,
            static e => OpenRouterPipeline.ErrorMember(e.AdditionalProperties), OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);
        return answer.Data ?? throw OpenRouterErrorFactory.MissingData(Operation(method, path));
    }

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
