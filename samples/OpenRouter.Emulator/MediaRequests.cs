using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenRouter.Emulator;

/// <summary>Reading the JSON body of the media routes (images, audio, rerank): null for a body that is not an object.</summary>
internal static class MediaRequests
{
    public static async Task<JsonObject?> ReadObjectAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The string member <paramref name="name"/>, or null when it is missing, empty or not a string.</summary>
    public static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0 ? text : null;
}
