using Microsoft.Extensions.AI;
using OpenRouter.Sdk.AI;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>Exposes OpenRouter's Responses API (<see cref="OpenRouterResponsesClient"/>) as a Microsoft.Extensions.AI <see cref="IChatClient"/>.</summary>
public static class OpenRouterResponsesChatClientExtensions
{
    /// <summary>
    /// Returns an <see cref="IChatClient"/> that sends through the Responses API (<c>POST /responses</c>). Text,
    /// images, files, function calls and results, and reasoning map to input items (system messages and
    /// <c>ChatOptions.Instructions</c> to <c>instructions</c>); output items, usage and cost (in
    /// <c>AdditionalProperties</c>, see <see cref="OpenRouterPropertyNames.Cost"/>) map back, and the stream's events
    /// become updates. The API is stateless: send the whole history on every call; a set
    /// <c>ChatOptions.ConversationId</c> throws <see cref="System.NotSupportedException"/>. Routing travels in
    /// <c>ChatOptions.AdditionalProperties</c> (see <see cref="OpenRouterPropertyNames"/>) or a
    /// <see cref="ResponseRequest"/> returned by <c>ChatOptions.RawRepresentationFactory</c>.
    /// </summary>
    /// <param name="responses">The Responses client, such as <c>client.Responses</c>; it is not disposed with the chat client.</param>
    /// <param name="defaultModel">The model used when <c>ChatOptions.ModelId</c> is not set; null leaves the choice to the account default.</param>
    /// <returns>The chat client. <c>GetService&lt;ChatClientMetadata&gt;()</c> reports provider <c>openrouter</c>, the endpoint and the default model; <c>GetService&lt;OpenRouterResponsesClient&gt;()</c> returns <paramref name="responses"/>.</returns>
    public static IChatClient AsIChatClient(this OpenRouterResponsesClient responses, string? defaultModel = null)
    {
        Argument.NotNull(responses);

        return new OpenRouterResponsesChatClient(responses, defaultModel);
    }
}
