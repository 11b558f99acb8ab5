using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Bring-your-own-key provider credentials (the spec's <c>BYOK</c> operations): the account's own keys for upstream
/// providers such as OpenAI or Amazon Bedrock, which OpenRouter then uses for inference. Reached as
/// <see cref="OpenRouterClient.Byok"/> or resolved from DI after <c>services.AddOpenRouter(...)</c>. Every operation
/// here needs a <b>management key</b> (<see cref="OpenRouterClientOptions.ManagementKey"/> or
/// <c>OPENROUTER_MANAGEMENT_KEY</c>); without one a call fails with <see cref="InvalidOperationException"/> before
/// anything is sent. The raw provider key is write-only: it is sent by create and update and never returned.
/// Thread-safe; it shares its client's connections, options and lifetime.
/// </summary>
/// <remarks>
/// The list operation pages through the server's answers lazily: a page of up to 100 credentials is fetched only when
/// the enumeration reaches it, so stopping early sends no further requests. To fake it in tests, derive from it (the
/// protected constructor exists for that) and override the methods you use; the methods are virtual.
/// </remarks>
public class OpenRouterByokClient
{
    /// <summary>The largest page the server returns (its <c>limit</c> maximum); fewer requests for long lists.</summary>
    internal const int PageSize = 100;

    // netstandard2.0 has no HttpMethod.Patch.
    private static readonly HttpMethod Patch = new("PATCH");

    private static readonly ApiPath ByokPath = ApiPath.Of("byok");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterByokClient()
    {
    }

    internal OpenRouterByokClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Lists the BYOK credentials (<c>GET /byok</c>), fetched page by page as the enumeration proceeds. Needs a management key.
    /// </summary>
    /// <param name="query">Filters; null lists every provider's credentials in the default workspace.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The credentials, in the server's order.</returns>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (400 when the default workspace was deleted and no workspace is given), or the call timed out.</exception>
    public virtual IAsyncEnumerable<ByokKey> ListAsync(ByokKeyListQuery? query = null, CancellationToken cancellationToken = default) =>
        PagesAsync(query, cancellationToken);

    /// <summary>
    /// Creates a BYOK credential (<c>POST /byok</c>). The raw key in <paramref name="request"/> is encrypted at rest
    /// by OpenRouter and never returned; the answer carries only its masked <see cref="ByokKey.Label"/>. Needs a management key.
    /// </summary>
    /// <param name="request">The new credential; <see cref="CreateByokKeyRequest.Provider"/> and <see cref="CreateByokKeyRequest.Key"/> are required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created credential, with its id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The provider or the key is blank, or <see cref="CreateByokKeyRequest.AllowedApiKeyHashes"/> is empty or holds a blank hash.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error (such as 400 for a hash of another account's key), or the call timed out.</exception>
    public virtual Task<ByokKey> CreateAsync(CreateByokKeyRequest request, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request);
        Argument.NotBlank(request.Provider.Value, "A BYOK credential needs a provider (CreateByokKeyRequest.Provider).", nameof(request));
        Argument.NotBlank(request.Key, "A BYOK credential needs the provider's key (CreateByokKeyRequest.Key).", nameof(request));
        Argument.Requires(request.AllowedApiKeyHashes is null || request.AllowedApiKeyHashes.Count > 0,
            "CreateByokKeyRequest.AllowedApiKeyHashes needs at least one hash; leave it null for no restriction.", nameof(request));
        Argument.Requires(request.AllowedApiKeyHashes is null || request.AllowedApiKeyHashes.All(static h => !string.IsNullOrWhiteSpace(h)),
            "CreateByokKeyRequest.AllowedApiKeyHashes holds a null or blank hash.", nameof(request));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.CreateByokKeyRequest);
        return SendForKeyAsync(HttpMethod.Post, ByokPath, body, cancellationToken);
    }

    /// <summary>Gets one BYOK credential (<c>GET /byok/{id}</c>). Needs a management key.</summary>
    /// <param name="id">The credential's <see cref="ByokKey.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The credential (never its raw key).</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such credential (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<ByokKey> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Pipeline.GetDataAsync(KeyPath(id), OpenRouterJsonContext.Default.DataEnvelopeByokKey, OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>
    /// Updates a BYOK credential (<c>PATCH /byok/{id}</c>): only what <paramref name="request"/> sets is sent; the rest
    /// keeps its value. Setting <see cref="UpdateByokKeyRequest.Key"/> rotates the raw key in place. Needs a management key.
    /// </summary>
    /// <param name="id">The credential's <see cref="ByokKey.Id"/>.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The credential as updated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a usable id, the new key is blank, a list is empty where one item is needed, or a value and its removal are both set.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such credential (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<ByokKey> UpdateAsync(string id, UpdateByokKeyRequest request, CancellationToken cancellationToken = default)
    {
        ApiPath path = KeyPath(id);
        Argument.NotNull(request);
        request.Validate();
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.UpdateByokKeyRequest);
        return SendForKeyAsync(Patch, path, body, cancellationToken);
    }

    /// <summary>
    /// Deletes a BYOK credential (<c>DELETE /byok/{id}</c>): its encrypted key material is wiped. Needs a management key.
    /// </summary>
    /// <param name="id">The credential's <see cref="ByokKey.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the server confirmed the deletion.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such credential (404).</exception>
    /// <exception cref="OpenRouterInvalidResponseException">The answer did not confirm the deletion (<c>"deleted": true</c>).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ApiPath path = KeyPath(id);
        ByokKeyDeletion answer = await Pipeline.SendAsync(HttpMethod.Delete, path, null, OpenRouterJsonContext.Default.ByokKeyDeletion,
            static d => OpenRouterPipeline.ErrorMember(d.AdditionalProperties), OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);
        if (answer.Deleted != true)
        {
            throw OpenRouterErrorFactory.MissingMember(Operation(HttpMethod.Delete, path), "deleted");
        }
    }

    private static ApiPath KeyPath(string id) => ByokPath.Segment(id);

    private static string Operation(HttpMethod method, ApiPath path) => method.Method + " /" + path.WithoutQuery();

    /// <summary>Pages through <c>GET /byok</c> lazily, with the management key.</summary>
    private IAsyncEnumerable<ByokKey> PagesAsync(ByokKeyListQuery? query, CancellationToken cancellationToken) =>
        Pipeline.PagesAsync(ByokPath, query is null ? null : query.AppendTo, OpenRouterJsonContext.Default.DataEnvelopeListByokKey, PageSize,
            OpenRouterCredential.ManagementKey, cancellationToken);

    private async Task<ByokKey> SendForKeyAsync(HttpMethod method, ApiPath path, byte[] body, CancellationToken cancellationToken)
    {
        DataEnvelope<ByokKey> answer = await Pipeline.SendAsync(method, path, body, OpenRouterJsonContext.Default.DataEnvelopeByokKey,
            static e => OpenRouterPipeline.ErrorMember(e.AdditionalProperties), OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);
        return answer.Data ?? throw OpenRouterErrorFactory.MissingData(Operation(method, path));
    }

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
