namespace OpenRouter.Sdk;

/// <summary>The type names of OpenRouter's server tools (<c>tools[].type</c>), which OpenRouter runs for the model.</summary>
public static class OpenRouterServerTools
{
    /// <summary>Searches the web (<see cref="WebSearchToolOptions"/>).</summary>
    public const string WebSearch = "openrouter:web_search";

    /// <summary>Fetches a web page or PDF (<see cref="WebFetchToolOptions"/>).</summary>
    public const string WebFetch = "openrouter:web_fetch";

    /// <summary>Tells the current date and time, in a time zone.</summary>
    public const string Datetime = "openrouter:datetime";

    /// <summary>Generates images with an image model (<see cref="ImageGenerationToolOptions"/>).</summary>
    public const string ImageGeneration = "openrouter:image_generation";
}
