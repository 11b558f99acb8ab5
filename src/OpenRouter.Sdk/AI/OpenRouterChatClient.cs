using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Internal;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace OpenRouter.Sdk.AI;

/// <summary>
/// An <see cref="IChatClient"/> over an <see cref="IOpenRouterClient"/>: maps Microsoft.Extensions.AI messages and
/// options to a <see cref="ChatCompletionRequest"/> and the answer back, keeping reasoning, cost, routing and the
/// SDK's error types (a failed stream throws <see cref="OpenRouterStreamException"/>).
/// </summary>
internal sealed class OpenRouterChatClient : IChatClient
{
    private readonly IOpenRouterClient _client;
    private readonly string? _defaultModel;
    private readonly ChatClientMetadata _metadata;

    // OpenRouterClient traces and measures its own chat calls; other implementations are traced here so each call is one span and one measurement.
    private readonly bool _traceHere;

    public OpenRouterChatClient(IOpenRouterClient client, string? defaultModel)
    {
        _client = Argument.NotNull(client);
        _defaultModel = string.IsNullOrWhiteSpace(defaultModel) ? null : defaultModel;
        Uri endpoint = client is OpenRouterClient concrete ? concrete.Endpoint : OpenRouterClientOptions.DefaultBaseUrl;
        _metadata = new ChatClientMetadata(OpenRouterTelemetry.ProviderName, endpoint, _defaultModel);
        _traceHere = client is not OpenRouterClient;
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<MeaiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(messages);

        ChatCompletionRequest request = ChatRequestMapper.ToRequest(this, messages, options, _defaultModel);
        return GetResponseCoreAsync(request, cancellationToken);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<MeaiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(messages);

        ChatCompletionRequest request = ChatRequestMapper.ToRequest(this, messages, options, _defaultModel);
        IAsyncEnumerable<ChatCompletionChunk> chunks = _client.StreamChatCompletionAsync(request, cancellationToken);
        if (_traceHere)
        {
            chunks = OpenRouterTelemetry.TraceChatStream(request, OtherClientTelemetry, chunks);
        }

        return StreamCoreAsync(chunks, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        Argument.NotNull(serviceType);

        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(ChatClientMetadata))
        {
            return _metadata;
        }

        if (serviceType.IsInstanceOfType(_client))
        {
            return _client;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
        // The IOpenRouterClient belongs to whoever created it (often a DI singleton); it is not disposed here.
    }

    private async Task<ChatResponse> GetResponseCoreAsync(ChatCompletionRequest request, CancellationToken cancellationToken)
    {
        ChatCompletion completion = _traceHere
            ? await OpenRouterTelemetry.TraceChatCompletionAsync(request, OtherClientTelemetry, _client, (client, ct) => client.CreateChatCompletionAsync(request, ct), cancellationToken).ConfigureAwait(false)
            : await _client.CreateChatCompletionAsync(request, cancellationToken).ConfigureAwait(false);
        return ChatResponseMapper.ToChatResponse(completion);
    }

    private static async IAsyncEnumerable<ChatResponseUpdate> StreamCoreAsync(IAsyncEnumerable<ChatCompletionChunk> chunks,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var mapper = new StreamingUpdateMapper();
        await foreach (ChatCompletionChunk chunk in chunks.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return mapper.Map(chunk);
        }

        if (mapper.Complete() is { } last)
        {
            yield return last;
        }
    }

    /// <summary>
    /// The telemetry of a call through another <see cref="IOpenRouterClient"/> implementation: no known server or
    /// keys (only key-shaped text is redacted from tags), timed on the system clock.
    /// </summary>
    private static TelemetryTarget OtherClientTelemetry => new(null, null, TimeProvider.System, genAIMetrics: true);
}
