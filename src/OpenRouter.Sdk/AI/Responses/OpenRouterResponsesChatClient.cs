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
/// An <see cref="IChatClient"/> over OpenRouter's Responses API (<see cref="OpenRouterResponsesClient"/>): maps
/// Microsoft.Extensions.AI messages and options to a <see cref="ResponseRequest"/> and the response (or its stream
/// events) back. The API is stateless, so every call sends the whole history and <c>ChatOptions.ConversationId</c>
/// is refused rather than ignored.
/// </summary>
internal sealed class OpenRouterResponsesChatClient : IChatClient
{
    private readonly OpenRouterResponsesClient _responses;
    private readonly string? _defaultModel;
    private readonly ChatClientMetadata _metadata;

    public OpenRouterResponsesChatClient(OpenRouterResponsesClient responses, string? defaultModel)
    {
        _responses = Argument.NotNull(responses);
        _defaultModel = string.IsNullOrWhiteSpace(defaultModel) ? null : defaultModel;
        _metadata = new ChatClientMetadata(OpenRouterTelemetry.ProviderName, responses.Endpoint ?? OpenRouterClientOptions.DefaultBaseUrl, _defaultModel);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<MeaiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(messages);

        ResponseRequest request = ResponsesRequestMapper.ToRequest(this, messages, options, _defaultModel);
        OpenRouterResponse response = await _responses.CreateAsync(request, cancellationToken).ConfigureAwait(false);
        return ResponsesResponseMapper.ToChatResponse(response);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<MeaiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(messages);

        // Mapped before the stream is handed out, so a request that cannot be sent fails at the call, not at the first MoveNextAsync.
        ResponseRequest request = ResponsesRequestMapper.ToRequest(this, messages, options, _defaultModel);
        return StreamCoreAsync(_responses.StreamAsync(request, cancellationToken), cancellationToken);
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

        if (serviceType.IsInstanceOfType(_responses))
        {
            return _responses;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
        // The Responses client belongs to its OpenRouterClient (often a DI singleton); it is not disposed here.
    }

    private static async IAsyncEnumerable<ChatResponseUpdate> StreamCoreAsync(IAsyncEnumerable<ResponseStreamEvent> events,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var mapper = new ResponsesStreamingUpdateMapper();
        await foreach (ResponseStreamEvent streamEvent in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return mapper.Map(streamEvent);
        }
    }
}
