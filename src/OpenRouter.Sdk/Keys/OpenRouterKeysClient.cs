using System;
using System.Collections.Generic;
using System.Globalization;
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
/// The account's API keys (the spec's <c>API Keys</c> operations): list, create, get, update and delete, reached as
/// <see cref="OpenRouterClient.Keys"/> or resolved from DI after <c>services.AddOpenRouter(...)</c>.
/// Every operation here needs a <b>management key</b> (<see cref="OpenRouterClientOptions.ManagementKey"/> or
/// <c>OPENROUTER_MANAGEMENT_KEY</c>); without one a call fails with <see cref="InvalidOperationException"/> before
/// anything is sent. A key is identified by its <see cref="ApiKeyInfo.Hash"/>; its plaintext is returned once, by
/// <see cref="CreateKeyAsync"/>. Thread-safe; it shares its client's connections, options and lifetime.
/// </summary>
/// <remarks>
/// To fake it in tests, derive from it (the protected constructor exists for that) and override the methods you
/// use; the methods are virtual.
/// </remarks>
public class OpenRouterKeysClient
{
    private static readonly ApiPath KeysPath = ApiPath.Of("keys");

    // netstandard2.0 has no HttpMethod.Patch.
    private static readonly HttpMethod Patch = new("PATCH");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterKeysClient()
    {
    }

    internal OpenRouterKeysClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Lists every API key (<c>GET /keys</c>), fetching the pages lazily: the first request is sent when enumeration
    /// starts, the next one only when the items of a page are used up, and enumeration ends at the first empty page.
    /// Leaving the <c>await foreach</c> early sends no further request. Needs a management key.
    /// </summary>
    /// <param name="query">Filters; null lists the enabled keys of the default workspace.</param>
    /// <param name="cancellationToken">Cancels the enumeration (as does a token given to <c>WithCancellation</c>).</param>
    /// <returns>The keys, in the server's order.</returns>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or a call timed out.</exception>
    public virtual IAsyncEnumerable<ApiKeyInfo> ListKeysAsync(ApiKeyListQuery? query = null, CancellationToken cancellationToken = default) =>
        ListAllAsync(query, cancellationToken);

    /// <summary>
    /// Gets one page of API keys (<c>GET /keys?offset=...</c>). The server chooses the page size; an empty page means
    /// there are no more keys. Needs a management key. <see cref="ListKeysAsync"/> walks all pages.
    /// </summary>
    /// <param name="offset">How many keys to skip (0 or more).</param>
    /// <param name="query">Filters; null lists the enabled keys of the default workspace.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The keys of the page, in the server's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual async Task<IReadOnlyList<ApiKeyInfo>> ListKeysPageAsync(int offset, ApiKeyListQuery? query = null, CancellationToken cancellationToken = default)
    {
        Argument.InRange(offset >= 0, offset, "The offset cannot be negative.", nameof(offset));
        ApiPath path = KeysPath.Query("offset", offset.ToString(CultureInfo.InvariantCulture));
        path = query?.AppendTo(path) ?? path;
        List<ApiKeyInfo> page = await Pipeline.GetDataAsync(path, OpenRouterJsonContext.Default.DataEnvelopeListApiKeyInfo, OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);

        // A null item carries nothing to act on; it is skipped rather than handed out as null.
        page.RemoveAll(static key => key is null);
        return page;
    }

    /// <summary>
    /// Creates an API key (<c>POST /keys</c>). The answer holds the plaintext key, which OpenRouter shows
    /// <b>only this once</b> (<see cref="CreatedApiKey.Key"/>): store it in a secret store at once and never log it.
    /// Needs a management key.
    /// </summary>
    /// <param name="request">The new key; <see cref="CreateApiKeyRequest.Name"/> is required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new key's details and its plaintext, shown once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<CreatedApiKey> CreateKeyAsync(CreateApiKeyRequest request, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request);
        Argument.NotBlank(request.Name, "CreateApiKeyRequest.Name is required and cannot be blank.", nameof(request));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.CreateApiKeyRequest);
        return SendAsync(HttpMethod.Post, KeysPath, body, OpenRouterJsonContext.Default.CreatedApiKey,
            static created => OpenRouterPipeline.ErrorMember(created.AdditionalProperties), cancellationToken);
    }

    /// <summary>Gets one API key by its hash (<c>GET /keys/{hash}</c>). Needs a management key.</summary>
    /// <param name="hash">The key's <see cref="ApiKeyInfo.Hash"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key's details (never its plaintext).</returns>
    /// <exception cref="ArgumentException"><paramref name="hash"/> is null or blank.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No key has this hash (404).</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<ApiKeyInfo> GetKeyAsync(string hash, CancellationToken cancellationToken = default) =>
        Pipeline.GetDataAsync(KeyPath(hash), OpenRouterJsonContext.Default.DataEnvelopeApiKeyInfo, OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>
    /// Changes an API key (<c>PATCH /keys/{hash}</c>): only what <paramref name="request"/> sets is sent; the rest keeps
    /// its value. Needs a management key.
    /// </summary>
    /// <param name="hash">The key's <see cref="ApiKeyInfo.Hash"/>.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key's details after the change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="hash"/> is blank, the new name is blank, or a value and its removal are both set.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No key has this hash (404).</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual async Task<ApiKeyInfo> UpdateKeyAsync(string hash, UpdateApiKeyRequest request, CancellationToken cancellationToken = default)
    {
        ApiPath path = KeyPath(hash);
        Argument.NotNull(request);
        request.Validate();
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Default.UpdateApiKeyRequest);
        DataEnvelope<ApiKeyInfo> envelope = await SendAsync(Patch, path, body, OpenRouterJsonContext.Default.DataEnvelopeApiKeyInfo,
            static e => OpenRouterPipeline.ErrorMember(e.AdditionalProperties), cancellationToken).ConfigureAwait(false);
        return envelope.Data ?? throw OpenRouterErrorFactory.MissingData("PATCH /" + path.Value);
    }

    /// <summary>Deletes an API key (<c>DELETE /keys/{hash}</c>); requests made with it fail from then on. Needs a management key.</summary>
    /// <param name="hash">The key's <see cref="ApiKeyInfo.Hash"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once OpenRouter confirmed the deletion.</returns>
    /// <exception cref="ArgumentException"><paramref name="hash"/> is null or blank.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No key has this hash (404).</exception>
    /// <exception cref="OpenRouterPermissionDeniedException">The configured management key is not one (403); the message says a management key is needed.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task DeleteKeyAsync(string hash, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, KeyPath(hash), null, OpenRouterJsonContext.Default.ApiKeyDeletion,
            static d => OpenRouterPipeline.ErrorMember(d.AdditionalProperties), cancellationToken);

    private async IAsyncEnumerable<ApiKeyInfo> ListAllAsync(ApiKeyListQuery? query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int offset = 0;
        while (true)
        {
            // A caller who cancelled while using the previous page gets no further request.
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<ApiKeyInfo> page = await ListKeysPageAsync(offset, query, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                yield break;
            }

            foreach (ApiKeyInfo key in page)
            {
                yield return key;
            }

            offset += page.Count;
        }
    }

    /// <summary>
    /// Sends a management call with a body (the pipeline turns a 403 into "a management key is needed").
    /// </summary>
    private Task<T> SendAsync<T>(HttpMethod method, ApiPath path, byte[]? body, JsonTypeInfo<T> responseType,
        Func<T, JsonElement?> bodyError, CancellationToken cancellationToken) =>
        Pipeline.SendAsync(method, path, body, responseType, bodyError, OpenRouterCredential.ManagementKey, cancellationToken);

    private static ApiPath KeyPath(string hash) => KeysPath.Segment(Argument.NotBlank(hash));

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
