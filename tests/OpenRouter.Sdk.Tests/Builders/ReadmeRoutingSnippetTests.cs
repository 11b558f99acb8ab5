using System.Net;
using System.Text;
using System.Text.Json.Serialization;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Builders;

/// <summary>
/// Every C# and JSON block of the README routing section appears verbatim in this file, and each snippet is sent through
/// the client to prove it produces the JSON the document shows.
/// </summary>
public sealed class ReadmeRoutingSnippetTests
{
    [Fact]
    public async Task Fallback_models_with_route()
    {
        ChatCompletionRequest request = new ChatRequestBuilder("openai/gpt-4o")
            .AddUserMessage("Write a haiku about routers.")
            .WithFallbackModels("anthropic/claude-3.5-sonnet", "google/gemini-2.0-flash-001")
            .WithRoute(ModelRoute.Fallback)
            .Build();

        await AssertSentAsync(request, """
            {
              "model": "openai/gpt-4o",
              "models": ["anthropic/claude-3.5-sonnet", "google/gemini-2.0-flash-001"],
              "messages": [{ "role": "user", "content": "Write a haiku about routers." }],
              "route": "fallback"
            }
            """);
    }

    [Fact]
    public async Task Provider_order_with_fallbacks()
    {
        ChatCompletionRequest request = new ChatRequestBuilder("anthropic/claude-3.5-sonnet")
            .AddUserMessage("Hello!")
            .WithProvider(p => p
                .Order("anthropic", "amazon-bedrock")
                .AllowFallbacks(true))
            .Build();

        await AssertSentAsync(request, """
            {
              "model": "anthropic/claude-3.5-sonnet",
              "messages": [{ "role": "user", "content": "Hello!" }],
              "provider": { "order": ["anthropic", "amazon-bedrock"], "allow_fallbacks": true }
            }
            """);
    }

    [Fact]
    public async Task Require_parameters_and_deny_data_collection()
    {
        ChatCompletionRequest request = new ChatRequestBuilder("meta-llama/llama-3.1-70b-instruct")
            .AddUserMessage("Summarize our contract.")
            .WithProvider(p => p
                .RequireParameters(true)
                .DataCollection(DataCollectionPolicy.Deny)
                .Zdr(true))
            .Build();

        await AssertSentAsync(request, """
            {
              "model": "meta-llama/llama-3.1-70b-instruct",
              "messages": [{ "role": "user", "content": "Summarize our contract." }],
              "provider": { "require_parameters": true, "data_collection": "deny", "zdr": true }
            }
            """);
    }

    [Fact]
    public async Task Floor_and_nitro_variants()
    {
        ChatCompletionRequest cheapest = new ChatRequestBuilder("meta-llama/llama-3.1-70b-instruct")
            .WithModelVariant(ModelVariant.Floor)
            .AddUserMessage("Hi")
            .Build();

        ChatCompletionRequest fastest = new ChatRequestBuilder("meta-llama/llama-3.1-70b-instruct:floor")
            .WithModelVariant(ModelVariant.Nitro)   // replaces :floor
            .AddUserMessage("Hi")
            .Build();

        await AssertSentAsync(cheapest, """
            { "model": "meta-llama/llama-3.1-70b-instruct:floor", "messages": [{ "role": "user", "content": "Hi" }] }
            """);
        await AssertSentAsync(fastest, """
            { "model": "meta-llama/llama-3.1-70b-instruct:nitro", "messages": [{ "role": "user", "content": "Hi" }] }
            """);
    }

    [Fact]
    public async Task Sort_price_limits_and_performance()
    {
        ChatCompletionRequest request = new ChatRequestBuilder("deepseek/deepseek-chat")
            .AddUserMessage("Hi")
            .WithFallbackModels("qwen/qwen-2.5-72b-instruct")
            .WithProvider(p => p
                .SortBy(ProviderSort.Throughput, ProviderSortPartition.None)
                .MaxPrice(prompt: 0.5m, completion: 1.5m)
                .PreferredMinThroughput(new PerformanceThreshold(p90: 50))
                .PreferredMaxLatency(2)
                .Quantizations(Quantization.Fp8, Quantization.Bf16)
                .Ignore("deepinfra"))
            .Build();

        await AssertSentAsync(request, """
            {
              "model": "deepseek/deepseek-chat",
              "models": ["qwen/qwen-2.5-72b-instruct"],
              "messages": [{ "role": "user", "content": "Hi" }],
              "provider": {
                "ignore": ["deepinfra"],
                "quantizations": ["fp8", "bf16"],
                "sort": { "by": "throughput", "partition": "none" },
                "preferred_min_throughput": { "p90": 50 },
                "preferred_max_latency": 2,
                "max_price": { "prompt": 0.5, "completion": 1.5 }
              }
            }
            """);
    }

    [Fact]
    public async Task Middle_out_transform()
    {
        ChatCompletionRequest request = new ChatRequestBuilder("mistralai/mistral-7b-instruct")
            .AddUserMessage("A very long conversation ...")
            .WithTransforms("middle-out")
            .Build();

        await AssertSentAsync(request, """
            {
              "model": "mistralai/mistral-7b-instruct",
              "messages": [{ "role": "user", "content": "A very long conversation ..." }],
              "transforms": ["middle-out"]
            }
            """);
    }

    [Fact]
    public async Task Plugins()
    {
        ChatCompletionRequest request = new ChatRequestBuilder("openai/gpt-4o-mini")
            .AddUserMessageWithFile("What changed in this release?", "notes.pdf", "https://example.com/notes.pdf")
            .WithWebSearch(WebSearchEngine.Exa, maxResults: 3)
            .WithFileParser(PdfEngine.MistralOcr)
            .WithPlugin("future-plugin", new System.Text.Json.Nodes.JsonObject { ["level"] = 2 })
            .Build();

        await AssertSentAsync(request, """
            {
              "model": "openai/gpt-4o-mini",
              "messages": [{ "role": "user", "content": [
                { "type": "text", "text": "What changed in this release?" },
                { "type": "file", "file": { "filename": "notes.pdf", "file_data": "https://example.com/notes.pdf" } }
              ] }],
              "plugins": [
                { "id": "web", "engine": "exa", "max_results": 3 },
                { "id": "file-parser", "pdf": { "engine": "mistral-ocr" } },
                { "id": "future-plugin", "level": 2 }
              ]
            }
            """);
    }

    [Fact]
    public async Task Json_object_answer()
    {
        ChatCompletionRequest request = new ChatRequestBuilder("openai/gpt-4o")
            .AddSystemMessage("Reply with a JSON object.")
            .AddUserMessage("Three primary colors")
            .WithResponseFormat(ResponseFormat.JsonObject)
            .WithProvider(p => p.RequireParameters(true))
            .Build();

        await AssertSentAsync(request, """
            {
              "model": "openai/gpt-4o",
              "messages": [
                { "role": "system", "content": "Reply with a JSON object." },
                { "role": "user", "content": "Three primary colors" }
              ],
              "response_format": { "type": "json_object" },
              "provider": { "require_parameters": true }
            }
            """);
    }

    [Fact]
    public async Task Auto_router()
    {
        ChatCompletionRequest request = new ChatRequestBuilder(OpenRouterModels.Auto)
            .AddUserMessage("Prove that there are infinitely many primes.")
            .WithAutoRouter(allowedModels: new[] { "anthropic/*", "openai/*" })
            .Build();

        await AssertSentAsync(request, """
            {
              "model": "openrouter/auto",
              "messages": [{ "role": "user", "content": "Prove that there are infinitely many primes." }],
              "plugins": [{ "id": "auto-router", "allowed_models": ["anthropic/*", "openai/*"] }]
            }
            """);
    }

    [Fact]
    public async Task Structured_output_from_a_type()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK,
            """{"id":"gen-1","object":"chat.completion","created":1,"model":"openai/gpt-4o","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"```json\n{\"City\":\"Paris\",\"TemperatureC\":21.5}\n```"}}]}""");
        using var client = TestClients.Create(handler);
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;

        ChatCompletionRequest request = new ChatRequestBuilder("openai/gpt-4o")
            .AddUserMessage("Weather in Paris?")
            .WithResponseFormat(ResponseFormat.ForType(AppJsonContext.Default.Weather))
            .WithResponseHealing()
            .Build();

        ChatCompletion completion = await client.CreateChatCompletionAsync(request, cancellationToken);
        Weather weather = completion.GetStructuredResult(AppJsonContext.Default.Weather);

        weather.Should().Be(new Weather("Paris", 21.5));
        JsonAssert.Equivalent("""
            {
              "model": "openai/gpt-4o",
              "messages": [{ "role": "user", "content": "Weather in Paris?" }],
              "response_format": { "type": "json_schema", "json_schema": {
                "name": "Weather",
                "schema": {
                  "type": "object",
                  "properties": { "City": { "type": "string" }, "TemperatureC": { "type": "number" } },
                  "required": ["City", "TemperatureC"],
                  "additionalProperties": false
                },
                "strict": true
              } },
              "plugins": [{ "id": "response-healing" }]
            }
            """, handler.Requests.Single().BodyText);
    }

    private static async Task AssertSentAsync(ChatCompletionRequest request, string expectedJson)
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Fixture.Bytes("01-chat-nonstream-basic-gpt-4o.json"));
        using var client = TestClients.Create(handler);

        await client.CreateChatCompletionAsync(request, TestContext.Current.CancellationToken);

        JsonAssert.Equivalent(expectedJson, handler.Requests.Single().BodyText);
    }
}

public sealed record Weather(string City, double TemperatureC);

[JsonSerializable(typeof(Weather))]
internal sealed partial class AppJsonContext : JsonSerializerContext
{
}
