using Microsoft.Extensions.AI;
using OpenRouter.Sdk.AI;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>Exposes an <see cref="IOpenRouterClient"/> as a Microsoft.Extensions.AI <see cref="IChatClient"/>.</summary>
public static class OpenRouterChatClientExtensions
{
    /// <summary>
    /// Returns an <see cref="IChatClient"/> that sends through <paramref name="client"/>. Text, images, files, audio,
    /// tool calls and results, reasoning (with its <c>reasoning_details</c>), usage, cost and finish reasons are mapped
    /// both ways; OpenRouter routing travels in <c>ChatOptions.AdditionalProperties</c> (see
    /// <see cref="OpenRouterPropertyNames"/>) or a <see cref="ChatCompletionRequest"/> returned by
    /// <c>ChatOptions.RawRepresentationFactory</c>. A stream that fails after it began throws
    /// <see cref="OpenRouterStreamException"/>.
    /// </summary>
    /// <param name="client">The OpenRouter client; it is not disposed with the chat client.</param>
    /// <param name="defaultModel">The model used when <c>ChatOptions.ModelId</c> is not set; null leaves the choice to the account default.</param>
    /// <returns>The chat client. <c>GetService&lt;ChatClientMetadata&gt;()</c> reports provider <c>openrouter</c>, the endpoint and the default model; <c>GetService&lt;IOpenRouterClient&gt;()</c> returns <paramref name="client"/>.</returns>
    public static IChatClient AsIChatClient(this IOpenRouterClient client, string? defaultModel = null)
    {
        Argument.NotNull(client);

        return new OpenRouterChatClient(client, defaultModel);
    }
}
