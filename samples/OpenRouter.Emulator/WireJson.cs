using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenRouter.Emulator;

/// <summary>Bodies and helpers shared by the endpoint handlers.</summary>
internal static class WireJson
{
    /// <summary>Writes text as servers do: UTF-8 as is, quotes inside strings as <c>\"</c> rather than <c>\u0022</c>.</summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>OpenRouter's error body: <c>{"error":{"code","message","metadata"},"user_id"}</c>.</summary>
    public static JsonObject ErrorBody(int code, string message, JsonObject? metadata = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (metadata is not null)
        {
            error["metadata"] = metadata;
        }

        return new JsonObject { ["error"] = error, ["user_id"] = "user_emulator" };
    }

    /// <summary>
    /// The whitespace OpenRouter writes ahead of a successful non-streamed JSON body while the answer is prepared
    /// (newlines and runs of spaces, as recorded); JSON parsers skip it, clients that sniff the first byte do not.
    /// </summary>
    public const string KeepAlivePadding = "\n         \n\n         \n";

    /// <summary>
    /// Writes <paramref name="body"/> as JSON with <paramref name="status"/>; a 200 body starts with
    /// <see cref="KeepAlivePadding"/>, as OpenRouter's do.
    /// </summary>
    public static Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        string json = body.ToJsonString(WireJson.Options);
        return context.Response.WriteAsync(status == 200 ? KeepAlivePadding + json : json, context.RequestAborted);
    }

    /// <summary>Writes an OpenRouter error response.</summary>
    public static Task WriteErrorAsync(HttpContext context, int status, string message, JsonObject? metadata = null) =>
        WriteAsync(context, status, ErrorBody(status, message, metadata));

    /// <summary>A money amount as a JSON number without trailing zeros (costs are numbers on the wire).</summary>
    public static JsonNode Money(decimal amount) => JsonValue.Create(amount / 1.000000000000000000000000000000000m);
}
