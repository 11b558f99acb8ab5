using System.Collections.Generic;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Builds the SDK's response objects for tests of code that calls OpenRouter: a fake <see cref="IOpenRouterClient"/>
/// returns what these methods build, with no server and no JSON. Every parameter is optional. Lists left out are
/// empty, never null; constant wire members (<c>object</c>) are set as the server sets them. Lists are copied, so
/// changing a list after the call does not change the object.
/// </summary>
/// <remarks>
/// The exceptions the client throws need no factory: <see cref="OpenRouterException"/> and its subclasses have
/// public constructors and <c>init</c> properties, for example
/// <c>new OpenRouterRateLimitException("Rate limited") { StatusCode = 429, RetryAfter = TimeSpan.FromSeconds(2) }</c>.
/// </remarks>
public static partial class OpenRouterModelFactory
{
    // The SDK never delivers a list holding null, so a null item is refused rather than passed on to the code under test.
    private static List<T> ListOf<T>(IEnumerable<T>? items, string paramName)
    {
        List<T> list = items is null ? new List<T>() : new List<T>(items);
        foreach (T item in list)
        {
            Argument.Requires(item is not null, "The list must not hold null items.", paramName);
        }

        return list;
    }
}
