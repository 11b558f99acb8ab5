using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// Video generation: <c>POST /videos</c> accepts a job (202, <c>pending</c>), <c>GET /videos/{jobId}</c> reports it
/// <c>in_progress</c> until its <see cref="PollsToComplete"/>th poll, which finds it <c>completed</c> with its address
/// and cost; <c>GET /videos/{jobId}/content</c> streams the video (<see cref="VideoBytes"/>, as <c>video/mp4</c>, 400
/// before the job completed); <c>GET /videos/models</c> lists the spec's example model. A prompt containing
/// <see cref="FailingPrompt"/> makes a job that fails. Jobs are kept in memory per emulator; every route needs a bearer key.
/// </summary>
internal static class VideosRoutes
{
    /// <summary>The poll of <c>GET /videos/{jobId}</c> that finds a job completed.</summary>
    public const int PollsToComplete = 3;

    /// <summary>A prompt containing this makes a job that ends <c>failed</c> at the same poll.</summary>
    public const string FailingPrompt = "[fail]";

    /// <summary>The cost of one generated video, in USD.</summary>
    public const decimal Cost = 0.5m;

    /// <summary>The bytes of every generated video: an MP4 <c>ftyp</c> box then 256 KiB of a fixed pattern.</summary>
    public static byte[] VideoBytes { get; } = CreateVideo();

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapVideosRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        var jobs = new ConcurrentDictionary<string, Job>(StringComparer.Ordinal);
        string root = EmulatorEndpoints.Prefix + "/videos";
        endpoints.MapGet(root + "/models", EmulatorEndpoints.Authorized(ModelsAsync));
        endpoints.MapPost(root, EmulatorEndpoints.Inference(state, context => CreateAsync(context, state, jobs)));
        endpoints.MapGet(root + "/{jobId}", EmulatorEndpoints.Authorized(context => PollAsync(context, jobs)));
        endpoints.MapGet(root + "/{jobId}/content", EmulatorEndpoints.Authorized(context => ContentAsync(context, jobs)));
        return endpoints;
    }

    private static async Task CreateAsync(HttpContext context, EmulatorState state, ConcurrentDictionary<string, Job> jobs)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            await WireJson.WriteErrorAsync(context, 400, "Invalid JSON body");
            return;
        }

        if (body?["model"]?.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace((string?)body["model"]))
        {
            await WireJson.WriteErrorAsync(context, 400, "model is required");
            return;
        }

        if (body["duration"] is { } duration && (duration.GetValueKind() != JsonValueKind.Number || (int)duration < 1))
        {
            await WireJson.WriteErrorAsync(context, 400, "duration must be at least 1");
            return;
        }

        string id = "job-emulator-" + Guid.NewGuid().ToString("N")[..12];
        string generationId = state.NextGenerationId(state.TimeProvider.GetUtcNow().ToUnixTimeSeconds());
        bool fails = ((string?)body["prompt"])?.Contains(FailingPrompt, StringComparison.Ordinal) == true;
        var job = new Job(id, generationId, fails);
        jobs[id] = job;
        await WireJson.WriteAsync(context, 202, job.ToJson(context, completed: false));
    }

    private static Task PollAsync(HttpContext context, ConcurrentDictionary<string, Job> jobs)
    {
        if (!jobs.TryGetValue((string)context.Request.RouteValues["jobId"]!, out Job? job))
        {
            return WireJson.WriteErrorAsync(context, 404, "Resource not found");
        }

        bool done = Interlocked.Increment(ref job.Polls) >= PollsToComplete;
        return WireJson.WriteAsync(context, 200, job.ToJson(context, done));
    }

    private static async Task ContentAsync(HttpContext context, ConcurrentDictionary<string, Job> jobs)
    {
        if (!jobs.TryGetValue((string)context.Request.RouteValues["jobId"]!, out Job? job))
        {
            await WireJson.WriteErrorAsync(context, 404, "Resource not found");
            return;
        }

        string? index = context.Request.Query["index"];
        if (Volatile.Read(ref job.Polls) < PollsToComplete || job.Fails || (index is not null && index != "0"))
        {
            await WireJson.WriteErrorAsync(context, 400, "The video is not available");
            return;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "video/mp4";
        context.Response.ContentLength = VideoBytes.Length;
        await context.Response.Body.WriteAsync(VideoBytes, context.RequestAborted);
    }

    private static Task ModelsAsync(HttpContext context) =>
        WireJson.WriteAsync(context, 200, new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject
            {
                ["allowed_passthrough_parameters"] = new JsonArray(),
                ["canonical_slug"] = "google/veo-3.1",
                ["created"] = 1700000000,
                ["description"] = "Google video generation model",
                ["generate_audio"] = true,
                ["id"] = "google/veo-3.1",
                ["name"] = "Veo 3.1",
                ["pricing_skus"] = new JsonObject { ["generate"] = "0.50" },
                ["seed"] = null,
                ["supported_aspect_ratios"] = new JsonArray("16:9"),
                ["supported_durations"] = new JsonArray(5, 8),
                ["supported_frame_images"] = new JsonArray("first_frame", "last_frame"),
                ["supported_resolutions"] = new JsonArray("720p"),
                ["supported_sizes"] = null,
                ["upscale_factor"] = null,
                ["creativity"] = null,
            }),
        });

    private static byte[] CreateVideo()
    {
        byte[] header = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'m', (byte)'p', (byte)'4', (byte)'2'];
        byte[] video = new byte[header.Length + 256 * 1024];
        header.CopyTo(video, 0);
        for (int i = header.Length; i < video.Length; i++)
        {
            video[i] = (byte)(i * 31 % 251);
        }

        return video;
    }

    private sealed class Job(string id, string generationId, bool fails)
    {
        public int Polls;

        public bool Fails => fails;

        public JsonObject ToJson(HttpContext context, bool completed)
        {
            var json = new JsonObject
            {
                ["id"] = id,
                ["polling_url"] = EmulatorEndpoints.Prefix + "/videos/" + id,
                ["status"] = !completed ? (Polls == 0 ? "pending" : "in_progress") : fails ? "failed" : "completed",
                ["generation_id"] = generationId,
            };
            if (completed && fails)
            {
                json["error"] = "The emulator was asked to fail this job";
            }
            else if (completed)
            {
                string origin = context.Request.Scheme + "://" + context.Request.Host;
                json["unsigned_urls"] = new JsonArray(origin + EmulatorEndpoints.Prefix + "/videos/" + id + "/content?index=0");
                json["usage"] = new JsonObject { ["cost"] = WireJson.Money(Cost), ["is_byok"] = false };
            }

            return json;
        }
    }
}
