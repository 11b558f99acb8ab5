using System.Net;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>What <c>POST /chat/completions</c> refuses before answering, as OpenRouter does, and the padding of its bodies.</summary>
public sealed class ChatValidationEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient http, string json)
    {
        using HttpResponseMessage response = await http.PostAsync("chat/completions", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("""{"model":"emulator/echo","temperature":"hot","messages":[{"role":"user","content":"hi"}]}""", "'temperature' must be a number from 0 to 2")]
    [InlineData("""{"model":"emulator/echo","temperature":3,"messages":[{"role":"user","content":"hi"}]}""", "'temperature' must be a number from 0 to 2")]
    [InlineData("""{"model":"emulator/echo","max_tokens":1.5,"messages":[{"role":"user","content":"hi"}]}""", "'max_tokens' must be an integer")]
    [InlineData("""{"model":"emulator/echo","stream":"yes","messages":[{"role":"user","content":"hi"}]}""", "'stream' must be a boolean")]
    [InlineData("""{"model":"emulator/echo","stop":5,"messages":[{"role":"user","content":"hi"}]}""", "'stop' must be a string or an array of strings")]
    [InlineData("""{"model":"emulator/echo","messages":[]}""", "'messages' must be a non-empty array")]
    [InlineData("""{"model":"emulator/echo","messages":"hi"}""", "'messages' must be a non-empty array")]
    [InlineData("""{"model":"emulator/echo","messages":[{"content":"no role"}]}""", "messages[0] must be an object whose 'role'")]
    [InlineData("""{"model":5,"messages":[{"role":"user","content":"hi"}]}""", "'model' must be a model id")]
    [InlineData("""{"model":"","messages":[{"role":"user","content":"hi"}]}""", "'model' must be a model id")]
    [InlineData("""{"model":"emulator/echo"}""", "Input required")]
    [InlineData("""[1,2]""", "JSON object")]
    public async Task Nonsense_parameters_are_a_400_in_openrouters_error_shape_and_nothing_is_served(string json, string message)
    {
        await using var session = await EmulatorSession.StartAsync();

        (HttpStatusCode status, string body) = await PostAsync(session.Http, json);

        status.Should().Be(HttpStatusCode.BadRequest);
        body.Should().StartWith("{", "errors that are known before answering carry no padding");
        using JsonDocument document = JsonDocument.Parse(body);
        document.RootElement.GetProperty("error").GetProperty("code").GetInt32().Should().Be(400);
        document.RootElement.GetProperty("error").GetProperty("message").GetString().Should().Contain(message);
        document.RootElement.GetProperty("user_id").GetString().Should().NotBeEmpty();
        session.Emulator.State.Generations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{"model":"nobody/no-such-model","messages":[{"role":"user","content":"hi"}]}""", "nobody/no-such-model")]
    [InlineData("""{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}""", "gpt-4o")]
    [InlineData("""{"model":"emulator/echo","models":["openai/gpt-4o","made/up"],"messages":[{"role":"user","content":"hi"}]}""", "made/up")]
    public async Task An_unknown_model_id_is_openrouters_400_not_a_valid_model_id(string json, string model)
    {
        await using var session = await EmulatorSession.StartAsync();

        (HttpStatusCode status, string body) = await PostAsync(session.Http, json);

        status.Should().Be(HttpStatusCode.BadRequest);
        using JsonDocument document = JsonDocument.Parse(body);
        document.RootElement.GetProperty("error").GetProperty("message").GetString().Should().Be($"{model} is not a valid model ID");
    }

    [Fact]
    public async Task The_sdk_surfaces_an_unknown_model_as_a_bad_request()
    {
        await using var session = await EmulatorSession.StartAsync();

        OpenRouterBadRequestException error = (await session.Client.Invoking(c => c.CreateChatCompletionAsync(
            new ChatCompletionRequest { Model = "nobody/no-such-model", Messages = { new UserMessage("hi") } }, Ct)).Should().ThrowAsync<OpenRouterBadRequestException>()).Which;

        error.StatusCode.Should().Be(400);
        error.Message.Should().Contain("nobody/no-such-model is not a valid model ID");
    }

    [Theory]
    [InlineData("emulator/anything-else")]
    [InlineData("openai/gpt-4o")]
    [InlineData("anthropic/claude-sonnet-4:thinking")]
    [InlineData("openai/gpt-4o-mini-20260101")]
    public async Task Emulator_ids_listed_ids_their_variants_and_permaslugs_echo(string model)
    {
        await using var session = await EmulatorSession.StartAsync();

        ChatCompletion completion = await session.Client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = model, Messages = { new UserMessage("still echoes") } }, Ct);

        completion.Choices[0].Message.Content.Should().Be("still echoes");
        completion.Model.Should().Be(model);
    }

    [Fact]
    public async Task Without_a_model_the_account_default_answers_as_on_openrouter()
    {
        await using var session = await EmulatorSession.StartAsync();

        (HttpStatusCode status, string body) = await PostAsync(session.Http, """{"messages":[{"role":"user","content":"default model"}]}""");

        status.Should().Be(HttpStatusCode.OK);
        using JsonDocument document = JsonDocument.Parse(body);
        document.RootElement.GetProperty("model").GetString().Should().Be(EmulatedModels.Echo);
    }

    [Fact]
    public async Task Successful_non_streamed_bodies_start_with_openrouters_whitespace_padding_and_the_sdk_reads_them()
    {
        await using var session = await EmulatorSession.StartAsync();

        (HttpStatusCode status, string chat) = await PostAsync(session.Http, """{"model":"emulator/echo","messages":[{"role":"user","content":"padded"}]}""");
        string key = await session.Http.GetStringAsync("key", Ct);
        KeyInfo info = await session.Client.GetKeyInfoAsync(Ct);
        ChatCompletion completion = await session.Client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "emulator/echo", Messages = { new UserMessage("padded") } }, Ct);

        status.Should().Be(HttpStatusCode.OK);
        chat.Should().StartWith(WireJson.KeepAlivePadding + "{");
        key.Should().StartWith(WireJson.KeepAlivePadding + "{");
        WireJson.KeepAlivePadding.Should().NotBeEmpty().And.Subject.Should().Match(p => p.All(char.IsWhiteSpace));
        info.Label.Should().StartWith("sk-or-v1-");
        completion.Choices[0].Message.Content.Should().Be("padded");
    }
}
