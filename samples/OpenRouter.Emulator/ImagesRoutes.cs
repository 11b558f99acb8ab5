using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The Images area: <c>POST /images</c> answers with <c>n</c> copies of a tiny valid PNG (1x1, transparent) and a
/// fixed cost of <see cref="CostPerImage"/> per image; <c>GET /images/models</c> lists <see cref="ModelId"/>, whose
/// endpoints <c>GET /images/models/{author}/{slug}/endpoints</c> describes. Every route needs a bearer key.
/// </summary>
internal static class ImagesRoutes
{
    /// <summary>The one image model of the emulator (the spec's example).</summary>
    public const string ModelId = "bytedance-seed/seedream-4.5";

    /// <summary>What one generated image costs, in USD.</summary>
    public const decimal CostPerImage = 0.04m;

    /// <summary>A 1x1 transparent PNG, base64-encoded: the image every generation returns.</summary>
    public const string TinyPngBase64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    /// <summary>The time every answer reports as <c>created</c>.</summary>
    public const long Created = 1748372400;

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapImagesRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        const string root = EmulatorEndpoints.Prefix + "/images";
        endpoints.MapPost(root, EmulatorEndpoints.Inference(state, GenerateAsync));
        endpoints.MapGet(root + "/models", EmulatorEndpoints.Authorized(ListModelsAsync));
        endpoints.MapGet(root + "/models/{author}/{slug}/endpoints", EmulatorEndpoints.Authorized(ListEndpointsAsync));
        return endpoints;
    }

    private static async Task GenerateAsync(HttpContext context)
    {
        JsonObject? body = await MediaRequests.ReadObjectAsync(context).ConfigureAwait(false);
        if (body is null || MediaRequests.Text(body, "model") is null || MediaRequests.Text(body, "prompt") is null)
        {
            await WireJson.WriteErrorAsync(context, 400, "An image generation request needs a model and a prompt.").ConfigureAwait(false);
            return;
        }

        if (MediaRequests.Text(body, "model") != ModelId)
        {
            await WireJson.WriteErrorAsync(context, 404, $"No image model '{MediaRequests.Text(body, "model")}'.").ConfigureAwait(false);
            return;
        }

        int n = body["n"] is JsonValue v && v.TryGetValue(out int count) ? count : 1;
        if (n is < 1 or > 10)
        {
            await WireJson.WriteErrorAsync(context, 400, "n must be from 1 to 10.").ConfigureAwait(false);
            return;
        }

        var data = new JsonArray();
        for (int i = 0; i < n; i++)
        {
            data.Add((JsonNode)new JsonObject { ["b64_json"] = TinyPngBase64, ["media_type"] = "image/png" });
        }

        await WireJson.WriteAsync(context, 200, new JsonObject
        {
            ["created"] = Created,
            ["data"] = data,
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = 0,
                ["completion_tokens"] = 4175 * n,
                ["total_tokens"] = 4175 * n,
                ["cost"] = WireJson.Money(CostPerImage * n),
            },
        }).ConfigureAwait(false);
    }

    private static Task ListModelsAsync(HttpContext context) => WireJson.WriteAsync(context, 200, new JsonObject
    {
        ["data"] = new JsonArray(new JsonObject
        {
            ["id"] = ModelId,
            ["name"] = "Seedream 4.5",
            ["description"] = "A text-to-image model.",
            ["created"] = 1692901234,
            ["architecture"] = new JsonObject { ["input_modalities"] = new JsonArray("text", "image"), ["output_modalities"] = new JsonArray("image") },
            ["supported_parameters"] = Parameters(),
            ["supports_streaming"] = false,
            ["endpoints"] = EmulatorEndpoints.Prefix + "/images/models/" + ModelId + "/endpoints",
        }),
    });

    private static Task ListEndpointsAsync(HttpContext context)
    {
        string id = context.Request.RouteValues["author"] + "/" + context.Request.RouteValues["slug"];
        if (id != ModelId)
        {
            return WireJson.WriteErrorAsync(context, 404, $"No image model '{id}'.");
        }

        return WireJson.WriteAsync(context, 200, new JsonObject
        {
            ["id"] = ModelId,
            ["endpoints"] = new JsonArray(new JsonObject
            {
                ["provider_name"] = "Bytedance",
                ["provider_slug"] = "bytedance",
                ["provider_tag"] = "bytedance",
                ["supported_parameters"] = Parameters(),
                ["allowed_passthrough_parameters"] = new JsonArray(),
                ["supports_streaming"] = false,
                ["pricing"] = new JsonArray(new JsonObject { ["billable"] = "output_image", ["unit"] = "image", ["cost_usd"] = WireJson.Money(CostPerImage) }),
            }),
        });
    }

    private static JsonObject Parameters() => new()
    {
        ["resolution"] = new JsonObject { ["type"] = "enum", ["values"] = new JsonArray("1K", "2K", "4K") },
        ["seed"] = new JsonObject { ["type"] = "boolean" },
    };
}
