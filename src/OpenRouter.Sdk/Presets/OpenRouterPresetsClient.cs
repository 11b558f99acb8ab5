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
/// Presets (the spec's <c>Presets</c> management operations): read the account's presets and their versions. A
/// request uses a preset by naming it (<c>"@preset/&lt;slug&gt;"</c>); this client only reads them. Reached as
/// <see cref="OpenRouterClient.Presets"/> or resolved from DI after <c>services.AddOpenRouter(...)</c>. Every
/// operation here is sent with the <b>management key</b> (<see cref="OpenRouterClientOptions.ManagementKey"/> or
/// <c>OPENROUTER_MANAGEMENT_KEY</c>); without one a call fails with <see cref="InvalidOperationException"/> before
/// anything is sent. Thread-safe; it shares its client's connections, options and lifetime.
/// </summary>
/// <remarks>
/// The list operations page through the server's answers lazily: a page of up to 100 items is fetched only when the
/// enumeration reaches it, so stopping early sends no further requests. To fake it in tests, derive from it (the
/// protected constructor exists for that) and override the methods you use; the methods are virtual.
/// </remarks>
public class OpenRouterPresetsClient
{
    /// <summary>The largest page the server returns (its <c>limit</c> maximum); fewer requests for long lists.</summary>
    internal const int PageSize = 100;

    private static readonly ApiPath PresetsPath = ApiPath.Of("presets");

    private readonly OpenRouterPipeline? _pipeline;

    /// <summary>Creates an instance for mocking: a subclass overrides the methods it needs; the others throw.</summary>
    protected OpenRouterPresetsClient()
    {
    }

    internal OpenRouterPresetsClient(OpenRouterPipeline pipeline)
    {
        _pipeline = Argument.NotNull(pipeline);
    }

    /// <summary>
    /// Lists the presets (<c>GET /presets</c>), most recently updated first, fetched page by page as the enumeration
    /// proceeds. The presets carry no <see cref="Preset.DesignatedVersion"/>; <see cref="GetAsync"/> has it.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The presets, in the server's order.</returns>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual IAsyncEnumerable<Preset> ListAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(PresetsPath, OpenRouterJsonContext.Default.DataEnvelopeListPreset, cancellationToken);

    /// <summary>Gets one preset with its designated version inline (<c>GET /presets/{slug}</c>).</summary>
    /// <param name="slug">The preset's slug, such as <c>my-preset</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The preset, with <see cref="Preset.DesignatedVersion"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="slug"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such preset (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<Preset> GetAsync(string slug, CancellationToken cancellationToken = default) =>
        Pipeline.GetDataAsync(PresetPath(slug), OpenRouterJsonContext.Default.DataEnvelopePreset, OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>
    /// Lists the versions of a preset (<c>GET /presets/{slug}/versions</c>), oldest first, fetched page by page as
    /// the enumeration proceeds.
    /// </summary>
    /// <param name="slug">The preset's slug.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The versions, in the server's order.</returns>
    /// <exception cref="ArgumentException"><paramref name="slug"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent (thrown when the enumeration starts).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (404: no such preset), or the call timed out.</exception>
    public virtual IAsyncEnumerable<PresetVersion> ListVersionsAsync(string slug, CancellationToken cancellationToken = default) =>
        PagesAsync(PresetPath(slug).Then("versions"), OpenRouterJsonContext.Default.DataEnvelopeListPresetVersion, cancellationToken);

    /// <summary>Gets one version of a preset (<c>GET /presets/{slug}/versions/{version}</c>).</summary>
    /// <param name="slug">The preset's slug.</param>
    /// <param name="version">The version, as the path takes it: its number, such as <c>"1"</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentException"><paramref name="slug"/> or <paramref name="version"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterNotFoundException">No such preset or version (404).</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported another error, or the call timed out.</exception>
    public virtual Task<PresetVersion> GetVersionAsync(string slug, string version, CancellationToken cancellationToken = default) =>
        Pipeline.GetDataAsync(PresetPath(slug).Then("versions").Segment(version), OpenRouterJsonContext.Default.DataEnvelopePresetVersion,
            OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>
    /// Creates a preset, or a new version of an existing one, from a chat request
    /// (<c>POST /presets/{slug}/chat/completions</c>): the request's settings that a preset holds (model, sampling
    /// parameters, provider routing, the system message as its system prompt, ...) are stored; the rest (the other
    /// messages, <c>stream</c>) is ignored by OpenRouter. Nothing is generated. Retried like other calls after a
    /// transient failure: a repeated attempt at most adds another version with the same settings.
    /// </summary>
    /// <param name="slug">The preset's slug; the preset is created when it does not exist.</param>
    /// <param name="request">The chat request whose settings the preset takes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The preset, with the new version as <see cref="Preset.DesignatedVersion"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="slug"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (400: settings it does not accept), or the call timed out.</exception>
    public virtual Task<Preset> CreateFromChatRequestAsync(string slug, ChatCompletionRequest request, CancellationToken cancellationToken = default)
    {
        ApiPath path = PresetPath(slug).Then("chat").Then("completions");
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(Argument.NotNull(request), OpenRouterJsonContext.Default.ChatCompletionRequest);
        return SendForPresetAsync(path, body, cancellationToken);
    }

    /// <summary>
    /// Creates a preset, or a new version of an existing one, from a Responses API request
    /// (<c>POST /presets/{slug}/responses</c>): as <see cref="CreateFromChatRequestAsync"/>, the settings a preset
    /// holds are stored (the instructions as its system prompt), the input is ignored, nothing is generated.
    /// </summary>
    /// <param name="slug">The preset's slug; the preset is created when it does not exist.</param>
    /// <param name="request">The Responses request whose settings the preset takes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The preset, with the new version as <see cref="Preset.DesignatedVersion"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="slug"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual Task<Preset> CreateFromResponseRequestAsync(string slug, ResponseRequest request, CancellationToken cancellationToken = default)
    {
        ApiPath path = PresetPath(slug).Then("responses");
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(Argument.NotNull(request), OpenRouterJsonContext.Default.ResponseRequest);
        return SendForPresetAsync(path, body, cancellationToken);
    }

    /// <summary>
    /// Creates a preset, or a new version of an existing one, from an Anthropic Messages API request
    /// (<c>POST /presets/{slug}/messages</c>): as <see cref="CreateFromChatRequestAsync"/>, the settings a preset
    /// holds are stored (the system prompt as its system prompt), the messages are ignored, nothing is generated.
    /// </summary>
    /// <param name="slug">The preset's slug; the preset is created when it does not exist.</param>
    /// <param name="request">The Messages request whose settings the preset takes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The preset, with the new version as <see cref="Preset.DesignatedVersion"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="slug"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No management key is configured; nothing was sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error, or the call timed out.</exception>
    public virtual Task<Preset> CreateFromMessagesRequestAsync(string slug, MessagesRequest request, CancellationToken cancellationToken = default)
    {
        ApiPath path = PresetPath(slug).Then("messages");
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(Argument.NotNull(request), OpenRouterJsonContext.Default.MessagesRequest);
        return SendForPresetAsync(path, body, cancellationToken);
    }

    /// <summary>Posts <paramref name="body"/> to <paramref name="path"/> with the management key and returns the preset in the answer's <c>data</c>.</summary>
    private async Task<Preset> SendForPresetAsync(ApiPath path, byte[] body, CancellationToken cancellationToken)
    {
        DataEnvelope<Preset> answer = await Pipeline.SendAsync(HttpMethod.Post, path, body, OpenRouterJsonContext.Default.DataEnvelopePreset,
            static e => OpenRouterPipeline.ErrorMember(e.AdditionalProperties), OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);
        return answer.Data ?? throw OpenRouterErrorFactory.MissingData("POST /" + path.WithoutQuery());
    }

    private static ApiPath PresetPath(string slug) => PresetsPath.Segment(slug);

    /// <summary>Pages through <paramref name="path"/> lazily, with the management key.</summary>
    private IAsyncEnumerable<T> PagesAsync<T>(ApiPath path, JsonTypeInfo<DataEnvelope<List<T>>> pageType, CancellationToken cancellationToken)
        where T : class =>
        Pipeline.PagesAsync(path, null, pageType, PageSize, OpenRouterCredential.ManagementKey, cancellationToken);

    /// <summary>The client's pipeline; a mock made with the protected constructor has none.</summary>
    private OpenRouterPipeline Pipeline => _pipeline ?? throw new NotSupportedException(
        $"This {GetType().Name} was made with the protected constructor, for mocking: override the methods the test calls.");
}
