using System;
using System.Drawing;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace OpenRouter.Sdk.AI;

/// <summary>
/// Maps Microsoft.Extensions.AI hosted tools to OpenRouter server tools, which OpenRouter runs itself whatever the
/// model: <see cref="HostedWebSearchTool"/> to <c>openrouter:web_search</c>, <see cref="HostedImageGenerationTool"/>
/// to <c>openrouter:image_generation</c> and, on the Responses API, <see cref="HostedToolSearchTool"/> to
/// <c>openrouter:tool_search</c>. A tool with no OpenRouter equivalent is refused rather than dropped, so a caller
/// never believes a model had a capability it was not given.
/// </summary>
internal static class HostedTools
{
    public const string WebSearchType = "openrouter:web_search";
    public const string ImageGenerationType = "openrouter:image_generation";
    public const string ToolSearchType = "openrouter:tool_search";

    /// <summary>The server tool type and its <c>parameters</c> object (null when it has none).</summary>
    /// <param name="tool">A tool that is not a function.</param>
    /// <param name="api">The API the request goes to, for the message of a tool it cannot take (<c>chat completions</c> or <c>Responses</c>).</param>
    /// <param name="toolSearch">Whether the API has <c>openrouter:tool_search</c> (the Responses API).</param>
    /// <exception cref="NotSupportedException">The tool has no OpenRouter equivalent on this API.</exception>
    public static (string Type, JsonObject? Parameters) ToServerTool(AITool tool, string api, bool toolSearch)
    {
        switch (tool)
        {
            case HostedWebSearchTool:
                return (WebSearchType, null);
#pragma warning disable MEAI001 // HostedImageGenerationTool and ImageGenerationOptions are experimental in Microsoft.Extensions.AI.
            case HostedImageGenerationTool image:
                return (ImageGenerationType, ImageParameters(image.Options));
#pragma warning restore MEAI001
#pragma warning disable MEAI001 // HostedToolSearchTool is experimental in Microsoft.Extensions.AI.
            case HostedToolSearchTool search when toolSearch:
#pragma warning restore MEAI001
                if (search.Namespace is not null)
                {
                    throw new NotSupportedException(
                        $"HostedToolSearchTool.Namespace ('{search.Namespace}') has no OpenRouter equivalent: openrouter:tool_search searches the deferred tools of the request as they are. Leave Namespace null.");
                }

                return (ToolSearchType, null);
            default:
                throw new NotSupportedException(
                    $"The tool '{tool.Name}' ({tool.GetType().Name}) has no OpenRouter {api} equivalent. OpenRouter runs web search (HostedWebSearchTool), image generation (HostedImageGenerationTool)"
                    + (toolSearch ? " and tool search (HostedToolSearchTool)" : string.Empty)
                    + " as server tools; for anything else, send a request of your own through ChatOptions.RawRepresentationFactory.");
        }
    }

#pragma warning disable MEAI001
    /// <summary>The options OpenRouter's image generation tool has an equivalent for; null when none is set.</summary>
    private static JsonObject? ImageParameters(ImageGenerationOptions? options)
#pragma warning restore MEAI001
    {
        if (options is null)
        {
            return null;
        }

        var parameters = new JsonObject();
        if (!string.IsNullOrWhiteSpace(options.ModelId))
        {
            parameters["model"] = options.ModelId;
        }

        if (options.ImageSize is Size size)
        {
            parameters["size"] = size.Width.ToString(CultureInfo.InvariantCulture) + "x" + size.Height.ToString(CultureInfo.InvariantCulture);
        }

        if (OutputFormat(options.MediaType) is { } format)
        {
            parameters["output_format"] = format;
        }

        AdditionalPropertiesDictionary? extra = options.AdditionalProperties;
        CopyString(parameters, extra, OpenRouterPropertyNames.AspectRatio);
        CopyString(parameters, extra, OpenRouterPropertyNames.Quality);
        CopyString(parameters, extra, OpenRouterPropertyNames.Background);
        CopyString(parameters, extra, OpenRouterPropertyNames.Resolution);
        if (AdapterProperties.ReadInt64(extra, OpenRouterPropertyNames.OutputCompression, "ImageGenerationOptions") is { } compression)
        {
            parameters[OpenRouterPropertyNames.OutputCompression] = compression;
        }

        return parameters.Count > 0 ? parameters : null;
    }

    private static string? OutputFormat(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        "image/png" => "png",
        "image/jpeg" or "image/jpg" => "jpeg",
        "image/webp" => "webp",
        null => null,
        _ => throw new NotSupportedException($"ImageGenerationOptions.MediaType '{mediaType}' has no OpenRouter equivalent: use image/png, image/jpeg or image/webp."),
    };

    private static void CopyString(JsonObject target, AdditionalPropertiesDictionary? extra, string key)
    {
        if (AdapterProperties.ReadString(extra, key) is { Length: > 0 } value)
        {
            target[key] = value;
        }
    }
}
