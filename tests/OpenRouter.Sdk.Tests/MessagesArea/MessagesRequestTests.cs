using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.MessagesArea;

/// <summary><c>POST /messages</c>: the exact body of every request member, the method, URL and key, <c>stream</c>, the argument checks, DI.</summary>
public sealed class MessagesRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static string Serialize(MessagesRequest request) => JsonSerializer.Serialize(request, OpenRouterJsonContext.Default.MessagesRequest);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void Every_member_and_every_content_block_is_written_under_its_wire_name()
    {
        var request = new MessagesRequest
        {
            Model = "anthropic/claude-sonnet-4",
            Models = ["openai/gpt-5-nano"],
            System = new[] { new MessagesContentBlock { Type = MessagesContentBlockType.Text, Text = "Be brief.", CacheControl = new CacheControl("1h") } },
            Messages =
            [
                MessagesMessage.User(new[]
                {
                    MessagesContentBlock.CreateText("What is in these?"),
                    MessagesContentBlock.CreateImage(MessagesContentSource.Base64("image/png", "iVBORw0KGgo=")),
                    MessagesContentBlock.CreateImage(MessagesContentSource.FromUrl("https://example.com/cat.png")),
                    MessagesContentBlock.CreateDocument(MessagesContentSource.Base64("application/pdf", "JVBERi0="), "Report"),
                    MessagesContentBlock.CreateDocument(MessagesContentSource.PlainText("Plain notes."), null),
                    MessagesContentBlock.CreateDocument(MessagesContentSource.File("file_1"), null),
                }),
                MessagesMessage.Assistant(new[]
                {
                    MessagesContentBlock.CreateThinking("Look up the weather.", "sig-1"),
                    MessagesContentBlock.CreateRedactedThinking("enc-1"),
                    MessagesContentBlock.CreateToolUse("toolu_1", "get_weather", Json("""{"city":"Paris"}""")),
                }),
                MessagesMessage.User(new[]
                {
                    MessagesContentBlock.CreateToolResult("toolu_1", "21 degrees", isError: false),
                    MessagesContentBlock.CreateToolResult("toolu_2", new[] { MessagesContentBlock.CreateText("failed") }, isError: true),
                }),
                MessagesMessage.Assistant("It is"),
            ],
            MaxTokens = 1024,
            Temperature = 0.7,
            TopP = 0.9,
            TopK = 40,
            StopSequences = ["END"],
            Tools =
            [
                MessagesTool.Custom("get_weather", "Weather of a city", """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}"""),
                MessagesTool.Server("web_search_20250305", "web_search", new JsonObject { ["max_uses"] = 3 }),
            ],
            ToolChoice = MessagesToolChoice.Tool("get_weather"),
            Thinking = MessagesThinking.Enabled(2048),
            Metadata = new MessagesMetadata { UserId = "user-42" },
            CacheControl = new CacheControl("5m"),
            OutputConfig = new MessagesOutputConfig { Effort = "high", Format = new JsonObject { ["type"] = "json_schema", ["schema"] = new JsonObject { ["type"] = "object" } } },
            ContextManagement = new JsonObject { ["edits"] = new JsonArray(new JsonObject { ["type"] = "clear_thinking_20251015" }) },
            Fallbacks = [new JsonObject { ["model"] = "claude-opus-4-8" }],
            Speed = "fast",
            Provider = new ProviderPreferences { Only = ["anthropic"], AllowFallbacks = false },
            Plugins = [Plugin.ResponseHealing()],
            Route = ModelRoute.Fallback,
            ServiceTier = ServiceTier.Priority,
            SessionId = "session-7",
            User = "end-user-1",
            StopServerToolsWhen = [new ServerToolStopCondition { Type = "step_count_is", StepCount = 5 }],
            Trace = new TraceOptions { TraceId = "trace-1" },
            AdditionalProperties = new JsonObject { ["future_member"] = true },
        };

        JsonAssert.Equivalent("""
            {
              "model": "anthropic/claude-sonnet-4",
              "models": ["openai/gpt-5-nano"],
              "messages": [
                {"role": "user", "content": [
                  {"type": "text", "text": "What is in these?"},
                  {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}},
                  {"type": "image", "source": {"type": "url", "url": "https://example.com/cat.png"}},
                  {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0="}, "title": "Report"},
                  {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "Plain notes."}},
                  {"type": "document", "source": {"type": "file", "file_id": "file_1"}}
                ]},
                {"role": "assistant", "content": [
                  {"type": "thinking", "thinking": "Look up the weather.", "signature": "sig-1"},
                  {"type": "redacted_thinking", "data": "enc-1"},
                  {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Paris"}}
                ]},
                {"role": "user", "content": [
                  {"type": "tool_result", "tool_use_id": "toolu_1", "content": "21 degrees", "is_error": false},
                  {"type": "tool_result", "tool_use_id": "toolu_2", "content": [{"type": "text", "text": "failed"}], "is_error": true}
                ]},
                {"role": "assistant", "content": "It is"}
              ],
              "system": [{"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral", "ttl": "1h"}}],
              "max_tokens": 1024,
              "temperature": 0.7,
              "top_p": 0.9,
              "top_k": 40,
              "stop_sequences": ["END"],
              "tools": [
                {"name": "get_weather", "description": "Weather of a city", "input_schema": {"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}},
                {"type": "web_search_20250305", "name": "web_search", "max_uses": 3}
              ],
              "tool_choice": {"type": "tool", "name": "get_weather"},
              "thinking": {"type": "enabled", "budget_tokens": 2048},
              "metadata": {"user_id": "user-42"},
              "cache_control": {"type": "ephemeral", "ttl": "5m"},
              "output_config": {"effort": "high", "format": {"type": "json_schema", "schema": {"type": "object"}}},
              "context_management": {"edits": [{"type": "clear_thinking_20251015"}]},
              "fallbacks": [{"model": "claude-opus-4-8"}],
              "speed": "fast",
              "provider": {"only": ["anthropic"], "allow_fallbacks": false},
              "plugins": [{"id": "response-healing"}],
              "route": "fallback",
              "service_tier": "priority",
              "session_id": "session-7",
              "user": "end-user-1",
              "stop_server_tools_when": [{"type": "step_count_is", "step_count": 5}],
              "trace": {"trace_id": "trace-1"},
              "future_member": true
            }
            """, Serialize(request));
    }

    [Fact]
    public void A_string_system_prompt_tool_choices_and_thinking_modes_have_their_wire_shapes()
    {
        var request = new MessagesRequest { Model = "m", Messages = [MessagesMessage.User("Hi")], System = "You are terse.", ToolChoice = MessagesToolChoice.Any, Thinking = MessagesThinking.Adaptive() };
        JsonAssert.Equivalent("""
            {"model":"m","messages":[{"role":"user","content":"Hi"}],"system":"You are terse.","tool_choice":{"type":"any"},"thinking":{"type":"adaptive"}}
            """, Serialize(request));

        Serialize(new MessagesRequest { Messages = [], ToolChoice = MessagesToolChoice.Auto, Thinking = MessagesThinking.Disabled() })
            .Should().Be("""{"messages":[],"tool_choice":{"type":"auto"},"thinking":{"type":"disabled"}}""");
        Serialize(new MessagesRequest { Messages = [], ToolChoice = new MessagesToolChoice { Type = "auto", DisableParallelToolUse = true } })
            .Should().Be("""{"messages":[],"tool_choice":{"type":"auto","disable_parallel_tool_use":true}}""");
        Serialize(new MessagesRequest { Messages = [], ToolChoice = MessagesToolChoice.None }).Should().Be("""{"messages":[],"tool_choice":{"type":"none"}}""");
    }

    [Fact]
    public async Task CreateAsync_posts_the_request_to_messages_with_the_api_key_and_without_stream()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, MessagesResponseTests.SpecExample);
        using OpenRouterClient client = TestClients.Create(handler);
        var request = new MessagesRequest { Model = "anthropic/claude-sonnet-4", MaxTokens = 1024, Messages = [MessagesMessage.User("Hello, how are you?")] };

        await client.Messages.CreateAsync(request, Ct);

        RecordedRequest sent = handler.Requests.Should().ContainSingle().Subject;
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/messages");
        sent.Headers.Authorization!.Scheme.Should().Be("Bearer");
        sent.Headers.Authorization.Parameter.Should().Be(TestClients.ApiKey);
        JsonAssert.Equivalent("""
            {"model":"anthropic/claude-sonnet-4","max_tokens":1024,"messages":[{"role":"user","content":"Hello, how are you?"}]}
            """, sent.BodyText);
    }

    [Fact]
    public async Task StreamAsync_adds_stream_true_without_changing_the_callers_request()
    {
        var handler = new StubHandler().RespondStream(System.Text.Encoding.UTF8.GetBytes(MessagesStreamTests.Sse(MessagesStreamTests.TextStream)));
        using OpenRouterClient client = TestClients.Create(handler);
        var request = new MessagesRequest { Model = "m", MaxTokens = 10, Messages = [MessagesMessage.User("hi")] };

        await client.Messages.StreamAsync(request, Ct).ToMessagesResponseAsync(Ct);

        RecordedRequest sent = handler.Requests.Should().ContainSingle().Subject;
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/messages");
        JsonAssert.Equivalent("""{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"hi"}],"stream":true}""", sent.BodyText);
        Serialize(request).Should().NotContain("stream");
    }

    [Fact]
    public async Task A_request_without_messages_or_a_null_request_is_refused_before_sending()
    {
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler);

        await client.Messages.Invoking(m => m.CreateAsync(new MessagesRequest { Model = "m" }, Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*messages*");
        client.Messages.Invoking(m => m.StreamAsync(new MessagesRequest { Model = "m" }, Ct)).Should().Throw<ArgumentException>();
        await client.Messages.Invoking(m => m.CreateAsync(null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void The_area_is_one_instance_per_client_and_resolved_from_DI_keyed_and_unkeyed()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler());
        client.Messages.Should().BeSameAs(client.Messages);

        var services = new ServiceCollection();
        services.AddOpenRouter(o => o.ApiKey = TestClients.ApiKey);
        services.AddOpenRouter("second", o => o.ApiKey = TestClients.ApiKey);
        using ServiceProvider provider = services.BuildServiceProvider();
        provider.GetRequiredService<OpenRouterMessagesClient>().Should().BeSameAs(provider.GetRequiredService<OpenRouterClient>().Messages);
        provider.GetRequiredKeyedService<OpenRouterMessagesClient>("second").Should().BeSameAs(provider.GetRequiredKeyedService<OpenRouterClient>("second").Messages);
    }

    [Fact]
    public async Task A_fake_made_with_the_protected_constructor_overrides_what_it_needs()
    {
        var fake = new FakeMessages();
        (await fake.CreateAsync(new MessagesRequest(), Ct)).Id.Should().Be("msg_fake");
        fake.Invoking(f => f.StreamAsync(new MessagesRequest { Messages = [] }, Ct)).Should().Throw<NotSupportedException>();
    }

    private sealed class FakeMessages : OpenRouterMessagesClient
    {
        public override Task<MessagesResponse> CreateAsync(MessagesRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new MessagesResponse { Id = "msg_fake" });
    }
}
