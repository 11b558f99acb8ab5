using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenRouter.Emulator;

/// <summary>
/// <c>POST /chat/completions</c>: a JSON answer, or an SSE stream in the recorded 2026 shape (keep-alive comment,
/// one chunk per word, the finish chunk, the finish chunk again with usage and cost, <c>[DONE]</c>), with the faults
/// of <see cref="EmulatedModels"/>.
/// </summary>
internal sealed class ChatCompletionsHandler
{
    private const string KeepAlive = ": OPENROUTER PROCESSING\n\n";
    private readonly EmulatorState _state;

    /// <summary>Creates the handler.</summary>
    public ChatCompletionsHandler(EmulatorState state) => _state = state ?? throw new ArgumentNullException(nameof(state));

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EmulatedRequest? request;
        string? problem;
        try
        {
            using JsonDocument document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            request = EmulatedRequest.Parse(document.RootElement, out problem);
        }
        catch (JsonException e)
        {
            request = null;
            problem = "Invalid JSON in request body: " + e.Message;
        }

        if (request is null)
        {
            await WireJson.WriteErrorAsync(context, 400, problem ?? "Bad request");
            return;
        }

        // OpenRouter refuses a model id it does not know before routing; the emulator knows emulator/* and what it lists.
        if (new[] { request.Model }.Concat(request.FallbackModels).FirstOrDefault(m => !EmulatorCatalog.Serves(m)) is { } unknown)
        {
            await WireJson.WriteErrorAsync(context, 400, $"{unknown} is not a valid model ID");
            return;
        }

        if (request.Model.EndsWith(":free", StringComparison.Ordinal))
        {
            _state.CountFreeModelRequest();
        }

        // Like OpenRouter's model fallbacks: a model that fails before answering hands over to the next one.
        string? served = new[] { request.Model }.Concat(request.FallbackModels).FirstOrDefault(m => !EmulatedModels.FailsUpfront(m));
        if (served is null)
        {
            await WriteFaultAsync(context, request.Model);
            return;
        }

        var reply = new Reply(_state, request, served);
        context.Response.Headers["X-Generation-Id"] = reply.Id;
        try
        {
            if (request.Stream)
            {
                await StreamAsync(context, reply);
            }
            else
            {
                await AnswerAsync(context, reply);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            reply.Cancelled = true;
        }
        finally
        {
            _state.Record(reply.ToRecord());
        }
    }

    private async Task WriteFaultAsync(HttpContext context, string model)
    {
        switch (model)
        {
            case EmulatedModels.RateLimit:
                context.Response.Headers.RetryAfter = _state.Options.RateLimitRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await WireJson.WriteErrorAsync(context, 429, "Provider returned error", new JsonObject
                {
                    ["provider_name"] = EmulatedModels.ProviderName,
                    ["raw"] = $"{model} is temporarily rate-limited upstream. Please retry shortly.",
                });
                break;
            case EmulatedModels.Unauthorized:
                await WireJson.WriteErrorAsync(context, 401, "User not found.");
                break;
            case EmulatedModels.PaymentRequired:
                await WireJson.WriteErrorAsync(context, 402, "Insufficient credits. Add more using https://openrouter.ai/settings/credits",
                    new JsonObject { ["error_type"] = "payment_required" });
                break;
            default:
                await WireJson.WriteErrorAsync(context, 503, $"No instances available for {model}",
                    new JsonObject { ["error_type"] = "provider_unavailable" });
                break;
        }
    }

    private async Task AnswerAsync(HttpContext context, Reply reply)
    {
        if (reply.Model == EmulatedModels.Slow)
        {
            await Task.Delay(_state.Options.SlowChunkDelay * Math.Max(1, reply.Answer.TextPieces.Count), _state.TimeProvider, context.RequestAborted);
        }

        if (reply.Model == EmulatedModels.MidStreamError)
        {
            // What a generation failing after it began looks like without streaming: HTTP 200 with an error body.
            reply.CompletionTokens = 0;
            reply.Failed = true;
            await WireJson.WriteAsync(context, 200, WireJson.ErrorBody(502, "Upstream provider disconnected (emulated)", MidStreamErrorMetadata()));
            return;
        }

        var message = new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = reply.Answer.Text,
            ["refusal"] = null,
            ["reasoning"] = null,
        };
        if (reply.Answer.ToolCall is { } call)
        {
            message["tool_calls"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["id"] = call.Id,
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = call.Arguments },
            });
        }

        var body = new JsonObject
        {
            ["id"] = reply.Id,
            ["provider"] = reply.Provider,
            ["model"] = reply.Model,
            ["object"] = "chat.completion",
            ["created"] = reply.Created,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["logprobs"] = null,
                ["finish_reason"] = reply.Answer.FinishReason,
                ["native_finish_reason"] = reply.Answer.NativeFinishReason,
                ["index"] = 0,
                ["message"] = message,
            }),
            ["system_fingerprint"] = null,
            ["usage"] = reply.Usage(),
        };
        await WireJson.WriteAsync(context, 200, body);
    }

    private async Task StreamAsync(HttpContext context, Reply reply)
    {
        HttpResponse response = context.Response;
        CancellationToken ct = context.RequestAborted;
        response.StatusCode = 200;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        await WriteRawAsync(response, KeepAlive, ct);

        List<JsonObject> deltas = DeltasOf(reply.Answer);
        bool failMidway = reply.Model == EmulatedModels.MidStreamError;
        int count = failMidway ? Math.Max(1, (deltas.Count + 1) / 2) : deltas.Count;
        reply.CompletionTokens = 0;
        for (int i = 0; i < count; i++)
        {
            if (reply.Model == EmulatedModels.Slow)
            {
                await Task.Delay(_state.Options.SlowChunkDelay, _state.TimeProvider, ct);
                await WriteRawAsync(response, KeepAlive, ct);
            }

            await WriteEventAsync(response, reply.Chunk(deltas[i], finishReason: null, nativeFinishReason: null), ct);
            reply.CompletionTokens++;
        }

        if (failMidway)
        {
            // Recording 14: the error rides on a chunk with finish_reason null, and carries usage.
            JsonObject error = reply.Chunk(new JsonObject { ["role"] = "assistant", ["content"] = "" }, null, null);
            error["error"] = new JsonObject { ["code"] = 502, ["message"] = "Upstream provider disconnected mid-stream (emulated)", ["metadata"] = MidStreamErrorMetadata() };
            error["usage"] = reply.Usage();
            reply.Failed = true;
            await WriteEventAsync(response, error, ct);
        }
        else
        {
            reply.CompletionTokens = reply.Answer.CompletionTokens;
            JsonObject finish = reply.Chunk(new JsonObject { ["content"] = "", ["role"] = "assistant" }, reply.Answer.FinishReason, reply.Answer.NativeFinishReason);
            await WriteEventAsync(response, finish, ct);
            JsonObject withUsage = reply.Chunk(new JsonObject { ["content"] = "", ["role"] = "assistant" }, reply.Answer.FinishReason, reply.Answer.NativeFinishReason);
            withUsage["usage"] = reply.Usage();
            await WriteEventAsync(response, withUsage, ct);
        }

        await WriteRawAsync(response, "data: [DONE]\n\n", ct);
    }

    private static JsonObject MidStreamErrorMetadata() =>
        new() { ["provider_name"] = EmulatedModels.ProviderName, ["error_type"] = "provider_unavailable" };

    private static List<JsonObject> DeltasOf(EmulatedAnswer answer)
    {
        var deltas = new List<JsonObject>();
        if (answer.ToolCall is { } call)
        {
            // First fragment names the call; the arguments follow in small pieces, as providers stream them.
            deltas.Add(ToolDelta(new JsonObject
            {
                ["index"] = 0,
                ["id"] = call.Id,
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = "" },
            }));
            for (int i = 0; i < call.Arguments.Length; i += 8)
            {
                string piece = call.Arguments.Substring(i, Math.Min(8, call.Arguments.Length - i));
                deltas.Add(ToolDelta(new JsonObject { ["index"] = 0, ["function"] = new JsonObject { ["arguments"] = piece } }));
            }

            return deltas;
        }

        foreach (string piece in answer.TextPieces)
        {
            deltas.Add(new JsonObject { ["content"] = piece, ["role"] = "assistant" });
        }

        return deltas;
    }

    private static JsonObject ToolDelta(JsonObject toolCall) =>
        new() { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = new JsonArray(toolCall) };

    private static Task WriteEventAsync(HttpResponse response, JsonObject chunk, CancellationToken ct) =>
        WriteRawAsync(response, "data: " + chunk.ToJsonString(WireJson.Options) + "\n\n", ct);

    private static async Task WriteRawAsync(HttpResponse response, string text, CancellationToken ct)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await response.Body.FlushAsync(ct);
    }

    /// <summary>One generation in progress: ids, the answer, and its accounting.</summary>
    private sealed class Reply
    {
        private readonly EmulatorState _state;
        private readonly EmulatedRequest _request;
        private readonly EmulatedModel _prices;

        public Reply(EmulatorState state, EmulatedRequest request, string model)
        {
            _state = state;
            _request = request;
            _prices = EmulatorCatalog.Find(model);
            Model = model;
            Provider = request.PreferredProvider ?? EmulatedModels.ProviderName;
            CreatedAt = state.TimeProvider.GetUtcNow();
            Created = CreatedAt.ToUnixTimeSeconds();
            Id = state.NextGenerationId(Created);
            Answer = EmulatedAnswer.For(model, request);
            CompletionTokens = Answer.CompletionTokens;
        }

        public string Id { get; }

        public string Model { get; }

        public string Provider { get; }

        public DateTimeOffset CreatedAt { get; }

        public long Created { get; }

        public EmulatedAnswer Answer { get; }

        public int CompletionTokens { get; set; }

        public bool Cancelled { get; set; }

        public bool Failed { get; set; }

        private decimal PromptCost => _request.PromptTokens * _prices.PromptPrice;

        private decimal CompletionCost => CompletionTokens * _prices.CompletionPrice;

        public JsonObject Chunk(JsonObject delta, string? finishReason, string? nativeFinishReason) => new()
        {
            ["id"] = Id,
            ["object"] = "chat.completion.chunk",
            ["created"] = Created,
            ["model"] = Model,
            ["provider"] = Provider,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["delta"] = delta,
                ["finish_reason"] = finishReason,
                ["native_finish_reason"] = nativeFinishReason,
            }),
        };

        public JsonObject Usage() => new()
        {
            ["prompt_tokens"] = _request.PromptTokens,
            ["completion_tokens"] = CompletionTokens,
            ["total_tokens"] = _request.PromptTokens + CompletionTokens,
            ["cost"] = WireJson.Money(PromptCost + CompletionCost),
            ["is_byok"] = false,
            ["prompt_tokens_details"] = new JsonObject { ["cached_tokens"] = 0, ["cache_write_tokens"] = 0, ["audio_tokens"] = 0, ["video_tokens"] = 0 },
            ["cost_details"] = new JsonObject
            {
                ["upstream_inference_cost"] = WireJson.Money(PromptCost + CompletionCost),
                ["upstream_inference_prompt_cost"] = WireJson.Money(PromptCost),
                ["upstream_inference_completions_cost"] = WireJson.Money(CompletionCost),
            },
            ["completion_tokens_details"] = new JsonObject { ["reasoning_tokens"] = 0, ["image_tokens"] = 0, ["audio_tokens"] = 0 },
        };

        public GenerationRecord ToRecord() => new(Id, Model, Provider, CreatedAt, _request.Stream, Cancelled,
            Cancelled ? null : Failed ? "error" : Answer.FinishReason, _request.PromptTokens, CompletionTokens, PromptCost + CompletionCost, _request.User);
    }
}
