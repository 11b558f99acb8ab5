using System.Text.Json;
using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.PresetsArea.PresetsTestSupport;

namespace OpenRouter.Sdk.Tests.PresetsArea;

/// <summary><c>POST /presets/{slug}/chat/completions</c> and <c>/responses</c>: a preset made from an inference request's settings.</summary>
public sealed class PresetCreateFromRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_chat_request_is_posted_whole_to_the_escaped_slug_with_the_management_key_and_the_preset_is_read()
    {
        var handler = new PresetsHandler(PresetsSpecExamples.PresetEnvelope);
        using OpenRouterClient client = Client(handler);
        var request = new ChatCompletionRequest
        {
            Model = "openai/gpt-5.4",
            Messages = { new SystemMessage("You are a helpful assistant."), new UserMessage("Hello!") },
            Temperature = 0.7,
        };

        Preset preset = await client.Presets.CreateFromChatRequestAsync(AwkwardSlug, request, Ct);

        HttpRequestMessage sent = handler.Requests.Should().ContainSingle().Subject;
        sent.Method.Should().Be(HttpMethod.Post);
        sent.RequestUri!.AbsoluteUri.Should().Be(Base + "presets/" + EscapedAwkwardSlug + "/chat/completions");
        sent.Headers.Authorization!.Parameter.Should().Be(ManagementKey, "creating a preset is an account operation");
        using JsonDocument body = JsonDocument.Parse(handler.Bodies[0]!);
        JsonElement root = body.RootElement;
        root.GetProperty("model").GetString().Should().Be("openai/gpt-5.4");
        root.GetProperty("temperature").GetDouble().Should().Be(0.7);
        root.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString() + ":" + m.GetProperty("content").GetString())
            .Should().Equal("system:You are a helpful assistant.", "user:Hello!");
        root.TryGetProperty("stream", out _).Should().BeFalse("the request is sent as given, not as a streamed call");
        root.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["model", "messages", "temperature"]);

        preset.Slug.Should().Be("my-preset");
        preset.DesignatedVersion.Should().NotBeNull();
        preset.DesignatedVersion!.Id.Should().Be(preset.DesignatedVersionId);
    }

    [Fact]
    public async Task A_Responses_request_is_posted_to_the_responses_path_and_the_preset_is_read()
    {
        var handler = new PresetsHandler(PresetsSpecExamples.PresetEnvelope);
        using OpenRouterClient client = Client(handler);
        var request = new ResponseRequest { Model = "openai/gpt-5.4", Instructions = "Be brief.", Input = "Hello!", MaxOutputTokens = 200 };

        Preset preset = await client.Presets.CreateFromResponseRequestAsync("my-preset", request, Ct);

        HttpRequestMessage sent = handler.Requests.Should().ContainSingle().Subject;
        sent.Method.Should().Be(HttpMethod.Post);
        sent.RequestUri!.AbsoluteUri.Should().Be(Base + "presets/my-preset/responses");
        sent.Headers.Authorization!.Parameter.Should().Be(ManagementKey);
        using JsonDocument body = JsonDocument.Parse(handler.Bodies[0]!);
        body.RootElement.GetProperty("model").GetString().Should().Be("openai/gpt-5.4");
        body.RootElement.GetProperty("instructions").GetString().Should().Be("Be brief.");
        body.RootElement.GetProperty("input").GetString().Should().Be("Hello!");
        body.RootElement.GetProperty("max_output_tokens").GetInt32().Should().Be(200);
        preset.Status.Should().Be(PresetStatus.Active);
    }

    [Fact]
    public async Task Without_a_management_key_nothing_is_sent_and_bad_arguments_are_refused_first()
    {
        var handler = new PresetsHandler(PresetsSpecExamples.PresetEnvelope);
        using OpenRouterClient client = Client(handler, managementKey: null);
        var chat = new ChatCompletionRequest { Model = "m", Messages = { new UserMessage("x") } };

        InvalidOperationException e = (await client.Presets.Invoking(p => p.CreateFromChatRequestAsync("my-preset", chat, Ct))
            .Should().ThrowAsync<InvalidOperationException>()).Which;
        e.Message.Should().Contain("POST /presets/my-preset/chat/completions").And.Contain("OpenRouterClientOptions.ManagementKey").And.NotContain(ApiKey);
        await client.Presets.Invoking(p => p.CreateFromResponseRequestAsync("my-preset", new ResponseRequest { Input = "x" }, Ct))
            .Should().ThrowAsync<InvalidOperationException>();
        await client.Presets.Invoking(p => p.CreateFromChatRequestAsync(" ", chat, Ct)).Should().ThrowAsync<ArgumentException>();
        await client.Presets.Invoking(p => p.CreateFromChatRequestAsync("my-preset", null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_error_answer_is_the_SDKs_typed_exception()
    {
        var handler = new PresetsHandler("""{"error":{"code":400,"message":"Invalid request parameters"}}""") { Status = System.Net.HttpStatusCode.BadRequest };
        using OpenRouterClient client = Client(handler);

        OpenRouterException e = (await client.Presets.Invoking(p => p.CreateFromChatRequestAsync("my-preset", new ChatCompletionRequest { Model = "m", Messages = { new UserMessage("x") } }, Ct))
            .Should().ThrowAsync<OpenRouterException>()).Which;

        e.StatusCode.Should().Be(400);
        e.Message.Should().Contain("Invalid request parameters");
    }
}
