using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// <c>POST /responses</c>, OpenRouter's Responses API: a JSON response object, or an SSE stream in the recorded shape
/// (a keep-alive comment, <c>response.created</c>, <c>response.in_progress</c>, the output item and content part
/// events, one <c>response.output_text.delta</c> per word or <c>response.function_call_arguments.delta</c> pieces,
/// <c>response.completed</c> with usage and cost, <c>[DONE]</c>). The answer is the one chat gives
/// (<see cref="EmulatedAnswer"/>: the last user text echoed, the first function tool called, a tool output
/// acknowledged); <see cref="EmulatedModels.MidStreamError"/> streams half the words then an <c>error</c> event
/// (without streaming, a response with status <c>failed</c>). Like OpenRouter, <c>previous_response_id</c> and
/// <c>store: true</c> are refused with a 400: the API is stateless.
/// </summary>
internal static class ResponsesRoutes
{
    /// <summary>Maps the route under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapResponsesRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        endpoints.MapPost(EmulatorEndpoints.Prefix + "/responses", EmulatorEndpoints.Inference(state, context => HandleAsync(context, state)));
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
            await WireJson.WriteErrorAsync(context, 400, "Invalid JSON in request body: " + e.Message);
            return;
        }

        if (Parse(root, out string? problem) is not { } request)
        {
            await WireJson.WriteErrorAsync(context, 400, problem ?? "Bad request");
            return;
        }

        string? served = new[] { request.Model }.Concat(request.FallbackModels).FirstOrDefault(m => !EmulatedModels.FailsUpfront(m));
        if (served is null)
        {
            await WireJson.WriteErrorAsync(context, request.Model == EmulatedModels.RateLimit ? 429 : 503, $"Provider returned error for {request.Model} (emulated)");
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
                await WireJson.WriteAsync(context, 200, reply.Response(reply.Failed ? "failed" : "completed", reply.Output()));
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

    /// <summary>Reads what the answer depends on from a Responses request into the emulator's request model.</summary>
    private static EmulatedRequest? Parse(JsonElement root, out string? problem)
    {
        problem = null;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("input", out JsonElement input)
            || input.ValueKind is not (JsonValueKind.String or JsonValueKind.Array))
        {
            problem = "Input required: specify \"input\" as a string or an array of items";
            return null;
        }

        if (root.TryGetProperty("previous_response_id", out JsonElement previous) && previous.ValueKind != JsonValueKind.Null)
        {
            problem = "previous_response_id is not supported: the Responses API is stateless. Send the full conversation history in input instead.";
            return null;
        }

        if (root.TryGetProperty("store", out JsonElement store) && store.ValueKind == JsonValueKind.True)
        {
            problem = "store: true is not supported: the Responses API is stateless.";
            return null;
        }

        string lastUser = string.Empty;
        int promptTokens = 0;
        (string, string)? lastToolResult = null;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (input.ValueKind == JsonValueKind.String)
        {
            lastUser = input.GetString()!;
            promptTokens = 3 + EmulatedRequest.CountWords(lastUser);
        }
        else
        {
            foreach (JsonElement item in input.EnumerateArray())
            {
                string type = String(item, "type") ?? "message";
                lastToolResult = null;
                switch (type)
                {
                    case "message":
                        string text = TextOf(item);
                        promptTokens += 3 + EmulatedRequest.CountWords(text);
                        if (String(item, "role") == "user")
                        {
                            lastUser = text;
                        }

                        break;
                    case "function_call":
                        if (String(item, "call_id") is { } id && String(item, "name") is { } name)
                        {
                            names[id] = name;
                        }

                        break;
                    case "function_call_output":
                        string output = String(item, "output") ?? string.Empty;
                        promptTokens += 3 + EmulatedRequest.CountWords(output);
                        lastToolResult = (names.TryGetValue(String(item, "call_id") ?? string.Empty, out string? tool) ? tool : "tool", output);
                        break;
                }
            }
        }

        var tools = new List<EmulatedTool>();
        if (root.TryGetProperty("tools", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement tool in list.EnumerateArray())
            {
                if (String(tool, "type") == "function" && String(tool, "name") is { } name)
                {
                    tools.Add(new EmulatedTool(name, tool.TryGetProperty("parameters", out JsonElement p) ? p.Clone() : null));
                }
            }
        }

        string? toolChoice = root.TryGetProperty("tool_choice", out JsonElement choice)
            ? choice.ValueKind == JsonValueKind.String ? choice.GetString() : String(choice, "name")
            : null;
        return new EmulatedRequest
        {
            Model = String(root, "model") is { Length: > 0 } model ? model : EmulatedModels.Echo,
            FallbackModels = root.TryGetProperty("models", out JsonElement models) && models.ValueKind == JsonValueKind.Array
                ? [.. models.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)]
                : [],
            Stream = root.TryGetProperty("stream", out JsonElement stream) && stream.ValueKind == JsonValueKind.True,
            MaxTokens = root.TryGetProperty("max_output_tokens", out JsonElement max) && max.ValueKind == JsonValueKind.Number ? max.GetInt32() : null,
            LastUserText = lastUser,
            PromptTokens = promptTokens,
            Tools = tools,
            ToolChoice = toolChoice,
            LastToolResult = lastToolResult,
            User = String(root, "user"),
        };
    }

    private static string TextOf(JsonElement item)
    {
        if (!item.TryGetProperty("content", out JsonElement content))
        {
            return string.Empty;
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString()!;
        }

        var text = new StringBuilder();
        if (content.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement part in content.EnumerateArray())
            {
                text.Append(String(part, "text"));
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
        var writer = new EventWriter(response, ct);
        await writer.WriteAsync("response.created", new JsonObject { ["response"] = reply.Response("in_progress", []) });
        await writer.WriteAsync("response.in_progress", new JsonObject { ["response"] = reply.Response("in_progress", []) });

        bool failMidway = reply.Model == EmulatedModels.MidStreamError;
        if (reply.Answer.ToolCall is { } call)
        {
            await writer.WriteAsync("response.output_item.added", new JsonObject { ["output_index"] = 0, ["item"] = Reply.FunctionCall(call, string.Empty, "in_progress") });
            for (int i = 0; i < call.Arguments.Length; i += 8)
            {
                await writer.WriteAsync("response.function_call_arguments.delta", new JsonObject
                {
                    ["item_id"] = Reply.FunctionCallId(call), ["output_index"] = 0, ["delta"] = call.Arguments.Substring(i, Math.Min(8, call.Arguments.Length - i)),
                });
            }

            await writer.WriteAsync("response.function_call_arguments.done", new JsonObject
            {
                ["item_id"] = Reply.FunctionCallId(call), ["output_index"] = 0, ["name"] = call.Name, ["arguments"] = call.Arguments,
            });
            await writer.WriteAsync("response.output_item.done", new JsonObject { ["output_index"] = 0, ["item"] = Reply.FunctionCall(call, call.Arguments, "completed") });
        }
        else
        {
            IReadOnlyList<string> pieces = reply.Answer.TextPieces;
            int count = failMidway ? Math.Max(1, (pieces.Count + 1) / 2) : pieces.Count;
            await writer.WriteAsync("response.output_item.added", new JsonObject
            {
                ["output_index"] = 0,
                ["item"] = new JsonObject { ["type"] = "message", ["status"] = "in_progress", ["content"] = new JsonArray(), ["id"] = reply.MessageId, ["role"] = "assistant" },
            });
            await writer.WriteAsync("response.content_part.added", new JsonObject
            {
                ["item_id"] = reply.MessageId, ["output_index"] = 0, ["content_index"] = 0, ["part"] = Reply.TextPart(string.Empty),
            });
            reply.CompletionTokens = 0;
            for (int i = 0; i < count; i++)
            {
                if (reply.Model == EmulatedModels.Slow)
                {
                    await Task.Delay(reply.SlowDelay, reply.Time, ct);
                }

                await writer.WriteAsync("response.output_text.delta", new JsonObject
                {
                    ["logprobs"] = new JsonArray(), ["output_index"] = 0, ["item_id"] = reply.MessageId, ["content_index"] = 0, ["delta"] = pieces[i],
                });
                reply.CompletionTokens++;
            }

            if (failMidway)
            {
                reply.Failed = true;
                await writer.WriteAsync("error", new JsonObject
                {
                    ["code"] = "server_error", ["message"] = "Upstream provider disconnected mid-stream (emulated)", ["param"] = null,
                });
                await WriteRawAsync(response, "data: [DONE]\n\n", ct);
                return;
            }

            string text = reply.Answer.Text ?? string.Empty;
            await writer.WriteAsync("response.output_text.done", new JsonObject
            {
                ["item_id"] = reply.MessageId, ["output_index"] = 0, ["content_index"] = 0, ["text"] = text, ["logprobs"] = new JsonArray(),
            });
            await writer.WriteAsync("response.content_part.done", new JsonObject
            {
                ["item_id"] = reply.MessageId, ["output_index"] = 0, ["content_index"] = 0, ["part"] = Reply.TextPart(text),
            });
            await writer.WriteAsync("response.output_item.done", new JsonObject { ["output_index"] = 0, ["item"] = reply.Message(text) });
        }

        reply.CompletionTokens = reply.Answer.CompletionTokens;
        await writer.WriteAsync("response.completed", new JsonObject { ["response"] = reply.Response("completed", reply.Output()) });
        await WriteRawAsync(response, "data: [DONE]\n\n", ct);
    }

    private static async Task WriteRawAsync(HttpResponse response, string text, CancellationToken ct)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await response.Body.FlushAsync(ct);
    }

    /// <summary>Writes events with their type first and a rising <c>sequence_number</c> last, as recorded.</summary>
    private sealed class EventWriter(HttpResponse response, CancellationToken ct)
    {
        private int _sequence;

        public Task WriteAsync(string type, JsonObject members)
        {
            var e = new JsonObject { ["type"] = type };
            foreach (KeyValuePair<string, JsonNode?> member in members.ToList())
            {
                members.Remove(member.Key);
                e[member.Key] = member.Value;
            }

            e["sequence_number"] = _sequence++;
            return WriteRawAsync(response, "data: " + e.ToJsonString(WireJson.Options) + "\n\n", ct);
        }
    }

    /// <summary>One response in progress: ids, the answer and its accounting.</summary>
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
            Created = CreatedAt.ToUnixTimeSeconds();
            Id = state.NextGenerationId(Created);
            MessageId = "msg_tmp_" + Id[^8..].ToLowerInvariant();
            Answer = EmulatedAnswer.For(model, request);
            CompletionTokens = Answer.CompletionTokens;
            Failed = model == EmulatedModels.MidStreamError && !request.Stream;
        }

        public string Id { get; }

        public string MessageId { get; }

        public string Model { get; }

        public DateTimeOffset CreatedAt { get; }

        public long Created { get; }

        public EmulatedAnswer Answer { get; }

        public int CompletionTokens { get; set; }

        public bool Cancelled { get; set; }

        public bool Failed { get; set; }

        public TimeSpan SlowDelay => _state.Options.SlowChunkDelay;

        public TimeProvider Time => _state.TimeProvider;

        private decimal PromptCost => _request.PromptTokens * _prices.PromptPrice;

        private decimal CompletionCost => CompletionTokens * _prices.CompletionPrice;

        public static string FunctionCallId(EmulatedToolCall call) => "fc_" + call.Id;

        public static JsonObject FunctionCall(EmulatedToolCall call, string arguments, string status) => new()
        {
            ["type"] = "function_call", ["id"] = FunctionCallId(call), ["call_id"] = call.Id, ["name"] = call.Name, ["arguments"] = arguments, ["status"] = status,
        };

        public static JsonObject TextPart(string text) =>
            new() { ["type"] = "output_text", ["text"] = text, ["annotations"] = new JsonArray(), ["logprobs"] = new JsonArray() };

        public JsonObject Message(string text) => new()
        {
            ["type"] = "message", ["status"] = "completed", ["content"] = new JsonArray(TextPart(text)), ["id"] = MessageId, ["role"] = "assistant",
        };

        public JsonArray Output()
        {
            if (Failed)
            {
                return [];
            }

            // The JsonArray(params JsonNode[]) constructor: a collection expression would call the reflection-based Add<T>.
            return Answer.ToolCall is { } call ? new JsonArray(FunctionCall(call, call.Arguments, "completed")) : new JsonArray(Message(Answer.Text ?? string.Empty));
        }

        public JsonObject Response(string status, JsonArray output) => new()
        {
            ["id"] = Id,
            ["object"] = "response",
            ["created_at"] = Created,
            ["model"] = Model,
            ["status"] = status,
            ["completed_at"] = status == "completed" ? Created : null,
            ["output"] = output,
            ["output_text"] = "",
            ["error"] = Failed ? new JsonObject { ["code"] = "server_error", ["message"] = "Upstream provider disconnected (emulated)" } : null,
            ["incomplete_details"] = null,
            ["tools"] = new JsonArray(),
            ["tool_choice"] = "auto",
            ["parallel_tool_calls"] = true,
            ["max_output_tokens"] = _request.MaxTokens,
            ["temperature"] = null,
            ["top_p"] = null,
            ["presence_penalty"] = null,
            ["frequency_penalty"] = null,
            ["instructions"] = null,
            ["metadata"] = new JsonObject(),
            ["previous_response_id"] = null,
            ["store"] = false,
            ["service_tier"] = "auto",
            ["usage"] = status == "in_progress" ? null : Usage(),
        };

        private JsonObject Usage() => new()
        {
            ["input_tokens"] = _request.PromptTokens,
            ["input_tokens_details"] = new JsonObject { ["cached_tokens"] = 0 },
            ["output_tokens"] = CompletionTokens,
            ["output_tokens_details"] = new JsonObject { ["reasoning_tokens"] = 0 },
            ["total_tokens"] = _request.PromptTokens + CompletionTokens,
            ["cost"] = WireJson.Money(PromptCost + CompletionCost),
            ["is_byok"] = false,
            ["cost_details"] = new JsonObject
            {
                ["upstream_inference_cost"] = null,
                ["upstream_inference_input_cost"] = WireJson.Money(PromptCost),
                ["upstream_inference_output_cost"] = WireJson.Money(CompletionCost),
            },
        };

        public GenerationRecord ToRecord() => new(Id, Model, EmulatedModels.ProviderName, CreatedAt, _request.Stream, Cancelled,
            Cancelled ? null : Failed ? "error" : Answer.FinishReason, _request.PromptTokens, CompletionTokens, PromptCost + CompletionCost, _request.User);
    }
}
