using System;

namespace OpenRouter.Sdk;

public sealed partial class OpenRouterClient
{
    /// <summary>The API root this client sends to, reported by the <c>IChatClient</c> adapter's metadata.</summary>
    internal Uri Endpoint => _pipeline.Options.BaseUrl;
}
