using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// <c>POST /messages</c>, OpenRouter's Anthropic Messages API: a JSON <c>message</c>, or Anthropic's SSE stream (each
/// event an <c>event:</c> line and a <c>data:</c> line: <c>message_start</c>, <c>content_block_start</c>, one
/// <c>content_block_delta</c> per word (<c>text_delta</c>) or <c>input_json_delta</c> pieces of a tool call, a
/// <c>ping</c>, <c>content_block_stop</c>, <c>message_delta</c> with the stop reason, usage and cost,
/// <c>message_stop</c>). The answer is the one chat gives (<see cref="EmulatedAnswer"/>: the last user text echoed,
/// the first tool called, a tool result acknowledged); <see cref="EmulatedModels.MidStreamError"/> streams half the
/// words then an <c>error</c> event. Errors have Anthropic's shape (<c>{"type": "error", "error": {...}}</c>).
/// </summary>
internal static class MessagesRoutes
{
    /// <summary>Maps the route under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapMessagesRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        endpoints.MapPost(EmulatorEndpoints.Prefix + "/messages", EmulatorEndpoints.Inference(state, context => HandleAsync(context, state)));
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context, EmulatorState state)
    {
        JsonElement root;
        try
        {
            using JsonDocument document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            await WriteErrorAsync(context, 400, "invalid_request_error", "Invalid JSON in request body: " + e.Message);
            return;
        }

        if (Parse(root) is not { } request)
        {
            await WriteErrorAsync(context, 400, "invalid_request_error", "Invalid request: messages is required");
            return;
        }

        string? served = new[] { request.Model }.Concat(request.FallbackModels).FirstOrDefault(m => !EmulatedModels.FailsUpfront(m));
        if (served is null)
        {
            bool limited = request.Model == EmulatedModels.RateLimit;
            await WriteErrorAsync(context, limited ? 429 : 503, limited ? "rate_limit_error" : "overloaded_error", $"Provider returned error for {request.Model} (emulated)");
            return;
        }

        var reply = new Reply(state, request, served);
        context.Response.Headers["X-Generation-Id"] = reply.Id;
        try
        {
            if (request.Stream)
            {
                await StreamAsync(context, reply);
            }
            else
            {
                await WireJson.WriteAsync(context, 200, reply.Message(reply.Content(), reply.StopReason, reply.Usage(final: true)));
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            reply.Cancelled = true;
        }
        finally
        {
            state.Record(reply.ToRecord());
        }
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string type, string message) =>
        WireJson.WriteAsync(context, status, new JsonObject
        {
            ["type"] = "error", ["error"] = new JsonObject { ["type"] = type, ["message"] = message }, ["request_id"] = null,
        });

    /// <summary>Reads what the answer depends on from a Messages request into the emulator's request model; null without messages.</summary>
    private static EmulatedRequest? Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("messages", out JsonElement messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        string lastUser = string.Empty;
        int promptTokens = root.TryGetProperty("system", out JsonElement system) ? EmulatedRequest.CountWords(TextOf(system)) : 0;
        (string, string)? lastToolResult = null;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonElement message in messages.EnumerateArray())
        {
            JsonElement content = message.TryGetProperty("content", out JsonElement c) ? c : default;
            string text = TextOf(content);
            promptTokens += 3 + EmulatedRequest.CountWords(text);
            lastToolResult = null;
            if (content.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement block in content.EnumerateArray())
                {
                    string? type = String(block, "type");
                    if (type == "tool_use" && String(block, "id") is { } id && String(block, "name") is { } name)
                    {
                        names[id] = name;
                    }
                    else if (type == "tool_result")
                    {
                        string output = block.TryGetProperty("content", out JsonElement result) ? TextOf(result) : string.Empty;
                        promptTokens += EmulatedRequest.CountWords(output);
                        lastToolResult = (names.TryGetValue(String(block, "tool_use_id") ?? string.Empty, out string? tool) ? tool : "tool", output);
                    }
                }
            }

            if (String(message, "role") == "user" && text.Length > 0)
            {
                lastUser = text;
            }
        }

        var tools = new List<EmulatedTool>();
        if (root.TryGetProperty("tools", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement tool in list.EnumerateArray())
            {
                if (String(tool, "type") is null or "custom" && String(tool, "name") is { } name)
                {
                    tools.Add(new EmulatedTool(name, tool.TryGetProperty("input_schema", out JsonElement schema) ? schema.Clone() : null));
                }
            }
        }

        string? toolChoice = root.TryGetProperty("tool_choice", out JsonElement choice) ? String(choice, "type") switch
        {
            "any" => "required",
            "tool" => String(choice, "name"),
            { } other => other,
            null => null,
        } : null;
        return new EmulatedRequest
        {
            Model = String(root, "model") is { Length: > 0 } model ? model : EmulatedModels.Echo,
            FallbackModels = root.TryGetProperty("models", out JsonElement models) && models.ValueKind == JsonValueKind.Array
                ? [.. models.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)]
                : [],
            Stream = root.TryGetProperty("stream", out JsonElement stream) && stream.ValueKind == JsonValueKind.True,
            MaxTokens = root.TryGetProperty("max_tokens", out JsonElement max) && max.ValueKind == JsonValueKind.Number ? max.GetInt32() : null,
            LastUserText = lastUser,
            PromptTokens = promptTokens,
            Tools = tools,
            ToolChoice = toolChoice,
            LastToolResult = lastToolResult,
            User = String(root, "user") ?? (root.TryGetProperty("metadata", out JsonElement metadata) ? String(metadata, "user_id") : null),
        };
    }

    /// <summary>The text of a string, or of the <c>text</c> blocks of an array.</summary>
    private static string TextOf(JsonElement content)
    {
        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString()!;
        }

        var text = new StringBuilder();
        if (content.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement block in content.EnumerateArray())
            {
                if (String(block, "type") == "text")
                {
                    text.Append(String(block, "text"));
                }
            }
        }

        return text.ToString();
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task StreamAsync(HttpContext context, Reply reply)
    {
        HttpResponse response = context.Response;
        CancellationToken ct = context.RequestAborted;
        response.StatusCode = 200;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        await WriteRawAsync(response, ": OPENROUTER PROCESSING\n\n", ct);
        reply.CompletionTokens = 0;
        await WriteEventAsync(response, "message_start", new JsonObject { ["message"] = reply.Message([], null, reply.Usage(final: false)) }, ct);

        if (reply.Answer.ToolCall is { } call)
        {
            await WriteEventAsync(response, "content_block_start", new JsonObject
            {
                ["index"] = 0, ["content_block"] = Reply.ToolUse(call, new JsonObject()),
            }, ct);
            await WriteEventAsync(response, "ping", new JsonObject(), ct);
            for (int i = 0; i < call.Arguments.Length; i += 8)
            {
                await WriteEventAsync(response, "content_block_delta", new JsonObject
                {
                    ["index"] = 0,
                    ["delta"] = new JsonObject { ["type"] = "input_json_delta", ["partial_json"] = call.Arguments.Substring(i, Math.Min(8, call.Arguments.Length - i)) },
                }, ct);
            }
        }
        else
        {
            IReadOnlyList<string> pieces = reply.Answer.TextPieces;
            bool failMidway = reply.Model == EmulatedModels.MidStreamError;
            int count = failMidway ? Math.Max(1, (pieces.Count + 1) / 2) : pieces.Count;
            await WriteEventAsync(response, "content_block_start", new JsonObject
            {
                ["index"] = 0, ["content_block"] = new JsonObject { ["type"] = "text", ["text"] = "", ["citations"] = null },
            }, ct);
            await WriteEventAsync(response, "ping", new JsonObject(), ct);
            for (int i = 0; i < count; i++)
            {
                if (reply.Model == EmulatedModels.Slow)
                {
                    await Task.Delay(reply.SlowDelay, reply.Time, ct);
                }

                await WriteEventAsync(response, "content_block_delta", new JsonObject
                {
                    ["index"] = 0, ["delta"] = new JsonObject { ["type"] = "text_delta", ["text"] = pieces[i] },
                }, ct);
                reply.CompletionTokens++;
            }

            if (failMidway)
            {
                reply.Failed = true;
                await WriteEventAsync(response, "error", new JsonObject
                {
                    ["error"] = new JsonObject { ["type"] = "api_error", ["message"] = "Upstream provider disconnected mid-stream (emulated)", ["error_type"] = "server" },
                }, ct);
                return;
            }
        }

        await WriteEventAsync(response, "content_block_stop", new JsonObject { ["index"] = 0 }, ct);
        reply.CompletionTokens = reply.Answer.CompletionTokens;
        await WriteEventAsync(response, "message_delta", new JsonObject
        {
            ["delta"] = new JsonObject { ["stop_reason"] = reply.StopReason, ["stop_sequence"] = null, ["stop_details"] = null, ["container"] = null },
            ["usage"] = reply.Usage(final: true),
        }, ct);
        await WriteEventAsync(response, "message_stop", new JsonObject(), ct);
    }

    /// <summary>Writes one event as Anthropic does: the <c>event:</c> line, then the data with its <c>type</c> first.</summary>
    private static Task WriteEventAsync(HttpResponse response, string type, JsonObject members, CancellationToken ct)
    {
        var e = new JsonObject { ["type"] = type };
        foreach (KeyValuePair<string, JsonNode?> member in members.ToList())
        {
            members.Remove(member.Key);
            e[member.Key] = member.Value;
        }

        return WriteRawAsync(response, "event: " + type + "\ndata: " + e.ToJsonString(WireJson.Options) + "\n\n", ct);
    }

    private static async Task WriteRawAsync(HttpResponse response, string text, CancellationToken ct)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await response.Body.FlushAsync(ct);
    }

    /// <summary>One message in progress: ids, the answer and its accounting.</summary>
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
            CreatedAt = state.TimeProvider.GetUtcNow();
            Id = state.NextGenerationId(CreatedAt.ToUnixTimeSeconds());
            Answer = EmulatedAnswer.For(model, request);
            CompletionTokens = Answer.CompletionTokens;
        }

        public string Id { get; }

        public string Model { get; }

        public DateTimeOffset CreatedAt { get; }

        public EmulatedAnswer Answer { get; }

        public int CompletionTokens { get; set; }

        public bool Cancelled { get; set; }

        public bool Failed { get; set; }

        public TimeSpan SlowDelay => _state.Options.SlowChunkDelay;

        public TimeProvider Time => _state.TimeProvider;

        /// <summary>Anthropic's stop reason for the answer's finish reason.</summary>
        public string StopReason => Answer.ToolCall is not null ? "tool_use" : Answer.FinishReason == "length" ? "max_tokens" : "end_turn";

        private decimal PromptCost => _request.PromptTokens * _prices.PromptPrice;

        private decimal CompletionCost => CompletionTokens * _prices.CompletionPrice;

        public static JsonObject ToolUse(EmulatedToolCall call, JsonNode input) => new()
        {
            ["type"] = "tool_use", ["id"] = "toolu_" + call.Id, ["name"] = call.Name, ["input"] = input, ["caller"] = new JsonObject { ["type"] = "direct" },
        };

        public JsonArray Content() => Answer.ToolCall is { } call
            ? new JsonArray(ToolUse(call, JsonNode.Parse(call.Arguments) ?? new JsonObject()))
            : new JsonArray(new JsonObject { ["type"] = "text", ["text"] = Answer.Text ?? string.Empty, ["citations"] = null });

        public JsonObject Message(JsonArray content, string? stopReason, JsonObject usage) => new()
        {
            ["id"] = Id,
            ["type"] = "message",
            ["role"] = "assistant",
            ["container"] = null,
            ["content"] = content,
            ["model"] = Model,
            ["provider"] = EmulatedModels.ProviderName,
            ["stop_reason"] = stopReason,
            ["stop_sequence"] = null,
            ["stop_details"] = null,
            ["usage"] = usage,
        };

        public JsonObject Usage(bool final) => new()
        {
            ["input_tokens"] = _request.PromptTokens,
            ["output_tokens"] = final ? CompletionTokens : 0,
            ["cache_creation_input_tokens"] = 0,
            ["cache_read_input_tokens"] = 0,
            ["cache_creation"] = null,
            ["inference_geo"] = null,
            ["output_tokens_details"] = null,
            ["server_tool_use"] = null,
            ["service_tier"] = "standard",
            ["cost"] = final ? WireJson.Money(PromptCost + CompletionCost) : null,
            ["is_byok"] = false,
        };

        public GenerationRecord ToRecord() => new(Id, Model, EmulatedModels.ProviderName, CreatedAt, _request.Stream, Cancelled,
            Cancelled ? null : Failed ? "error" : Answer.FinishReason, _request.PromptTokens, CompletionTokens, PromptCost + CompletionCost, _request.User);
    }
}
