// Exercises the SDK the way an application published with trimming or NativeAOT would, against a loopback server,
// and prints one "ok" line per area. Exit code 0 only when every check passed.
using OpenRouter.Sdk;
using OpenRouter.Sdk.AotSmoke;
using Microsoft.Extensions.DependencyInjection;

const string Completion = """{"id":"gen-1769672415-IZfpP2WAlINOOT5hLvOW","provider":"OpenAI","model":"openai/gpt-4o","object":"chat.completion","created":1769672415,"choices":[{"logprobs":null,"finish_reason":"stop","native_finish_reason":"stop","index":0,"message":{"role":"assistant","content":"Hello!","refusal":null,"reasoning":null}}],"system_fingerprint":"fp_deacdd5f6f","usage":{"prompt_tokens":12,"completion_tokens":2,"total_tokens":14,"cost":0.00005,"is_byok":false,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"cost_details":{"upstream_inference_cost":0.00005,"upstream_inference_prompt_cost":0.00003,"upstream_inference_completions_cost":0.00002},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0}}}""";
const string Stream = """
    : OPENROUTER PROCESSING

    data: {"id":"gen-1777319809-KRozO9hOQbdWkZAi8Zj7","object":"chat.completion.chunk","created":1777319809,"model":"openai/gpt-5.4-nano-20260317","provider":"OpenAI","choices":[{"index":0,"delta":{"content":"Olá","role":"assistant"},"finish_reason":null,"native_finish_reason":null}]}

    data: {"id":"gen-1777319809-KRozO9hOQbdWkZAi8Zj7","object":"chat.completion.chunk","created":1777319809,"model":"openai/gpt-5.4-nano-20260317","provider":"OpenAI","choices":[{"index":0,"delta":{"content":"!","role":"assistant"},"finish_reason":null,"native_finish_reason":null}]}

    data: {"id":"gen-1777319809-KRozO9hOQbdWkZAi8Zj7","object":"chat.completion.chunk","created":1777319809,"model":"openai/gpt-5.4-nano-20260317","provider":"OpenAI","service_tier":"default","choices":[{"index":0,"delta":{"content":"","role":"assistant"},"finish_reason":"stop","native_finish_reason":"completed"}],"usage":{"prompt_tokens":19,"completion_tokens":7,"total_tokens":26,"cost":0.00001255}}

    data: [DONE]


    """;
const string RateLimited = """{"error":{"code":429,"message":"Provider returned error","metadata":{"provider_name":"Google","raw":"google/gemini-2.0-flash-exp:free is temporarily rate-limited upstream."}},"user_id":"user_2wT5ElBE4Es3R4QrNLpZiXICmQP"}""";
const string Models = """{"data":[{"id":"anthropic/claude-sonnet-4","canonical_slug":"anthropic/claude-4-sonnet-20250522","name":"Anthropic: Claude Sonnet 4","created":1747930371,"description":"Claude Sonnet 4.","context_length":1000000,"architecture":{"modality":"text+image+file->text","input_modalities":["image","text","file"],"output_modalities":["text"],"tokenizer":"Claude","instruct_type":null},"pricing":{"prompt":"0.000003","completion":"0.000015"},"top_provider":{"context_length":200000,"max_completion_tokens":64000,"is_moderated":true},"per_request_limits":null,"supported_parameters":["max_tokens","temperature"]}]}""";

using var server = new MiniHttpServer(request =>
{
    if (request.Path.EndsWith("/models", StringComparison.Ordinal))
    {
        return Response.Json(Models);
    }

    if (request.Body.Contains("\"rate/limited\"", StringComparison.Ordinal))
    {
        return Response.Json(RateLimited, 429, "Too Many Requests", ("Retry-After", "7"));
    }

    return request.Body.Contains("\"stream\":true", StringComparison.Ordinal)
        ? new Response(200, "OK", "text/event-stream", System.Text.Encoding.UTF8.GetBytes(Stream))
        : Response.Json(Completion);
});

var options = new OpenRouterClientOptions { ApiKey = "sk-or-v1-smoke", BaseUrl = server.BaseUrl, EnableRetries = false };
using var client = new OpenRouterClient(options);
var chat = new ChatCompletionRequest { Model = "openai/gpt-4o", Messages = { new UserMessage("Hello") } };
int failures = 0;

await Check("unary", async () =>
{
    ChatCompletion completion = await client.CreateChatCompletionAsync(chat);
    Require(completion.Choices[0].Message.Content == "Hello!", "content");
    Require(completion.Choices[0].FinishReason == FinishReason.Stop, "finish reason");
    Require(completion.Usage?.Cost == 0.00005m, "cost");
    return $"{completion.Model} said {completion.Choices[0].Message.Content}";
});

await Check("stream", async () =>
{
    int chunks = 0;
    var text = new System.Text.StringBuilder();
    await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(chat))
    {
        chunks++;
        text.Append(chunk.Choices.Count > 0 ? chunk.Choices[0].Delta?.Content : null);
    }

    Require(chunks == 3 && text.ToString() == "Olá!", $"chunks {chunks}, text '{text}'");
    ChatCompletion folded = await client.StreamChatCompletionAsync(chat).ToChatCompletionAsync();
    Require(folded.Choices[0].Message.Content == "Olá!" && folded.Usage?.TotalTokens == 26, "folded");
    return $"{chunks} chunks, '{text}', folded usage {folded.Usage?.TotalTokens}";
});

await Check("error", async () =>
{
    try
    {
        await client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "rate/limited", Messages = { new UserMessage("Hello") } });
        throw new InvalidOperationException("no exception");
    }
    catch (OpenRouterRateLimitException e)
    {
        Require(e.StatusCode == 429 && e.RetryAfter == TimeSpan.FromSeconds(7), $"status {e.StatusCode}, retry after {e.RetryAfter}");
        return $"{nameof(OpenRouterRateLimitException)} {e.StatusCode}, retry after {e.RetryAfter?.TotalSeconds} s, provider {e.ProviderName}";
    }
});

await Check("models", async () =>
{
    IReadOnlyList<ModelInfo> models = await client.ListModelsAsync();
    Require(models.Count == 1 && models[0].Id == "anthropic/claude-sonnet-4", "model list");
    return $"{models.Count} model, {models[0].Id}";
});

await Check("di", async () =>
{
    var services = new ServiceCollection();

    // As .NET Aspire's service defaults do; AddOpenRouter removes it from its client and adds the SDK's pipeline,
    // here with the opt-in rate limiter and circuit breaker, so the trimmer sees every strategy.
    services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());
    services.AddOpenRouter(o =>
    {
        o.ApiKey = "sk-or-v1-smoke";
        o.BaseUrl = server.BaseUrl;
        o.RateLimit = new OpenRouterRateLimit { Requests = 100 };
        o.CircuitBreaker = new OpenRouterCircuitBreaker();
    });
    await using ServiceProvider provider = services.BuildServiceProvider();
    IOpenRouterClient injected = provider.GetRequiredService<IOpenRouterClient>();
    ChatCompletion completion = await injected.CreateChatCompletionAsync(chat);
    Require(completion.Choices[0].Message.Content == "Hello!", "content");
    return "IOpenRouterClient resolved and called";
});

Console.WriteLine(failures == 0 ? "aot-smoke: all checks passed" : $"aot-smoke: {failures} check(s) failed");
return failures == 0 ? 0 : 1;

async Task Check(string name, Func<Task<string>> body)
{
    try
    {
        Console.WriteLine($"{name}: ok ({await body()})");
    }
    catch (Exception e)
    {
        failures++;
        Console.WriteLine($"{name}: FAILED {e.GetType().Name}: {e.Message}");
    }
}

static void Require(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException("unexpected " + what);
    }
}
