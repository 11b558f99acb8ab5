using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>
/// OpenRouter's management keys administer an account and cannot call the inference endpoints; an emulator started
/// with a management key refuses it there, as the real API does, while an API key is still served.
/// </summary>
public sealed class ManagementKeyInferenceEmulatorTests
{
    private const string ManagementKey = "sk-or-v1-management-0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("chat/completions", """{"model":"emulator/echo","messages":[{"role":"user","content":"hi"}]}""")]
    [InlineData("embeddings", """{"model":"openai/text-embedding-3-small","input":"hi"}""")]
    [InlineData("responses", """{"model":"emulator/echo","input":"hi"}""")]
    [InlineData("images", """{"model":"bytedance-seed/seedream-4.5","prompt":"a lighthouse"}""")]
    [InlineData("audio/speech", """{"model":"openai/gpt-4o-mini-tts","input":"hi","voice":"alloy"}""")]
    [InlineData("rerank", """{"model":"cohere/rerank-v3.5","query":"q","documents":["a","b"]}""")]
    [InlineData("videos", """{"model":"google/veo-3.1","prompt":"waves"}""")]
    public async Task An_inference_route_refuses_the_management_key_with_403_and_serves_an_API_key(string path, string body)
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };

        using HttpResponseMessage refused = await PostAsync(http, path, body, ManagementKey);
        using HttpResponseMessage served = await PostAsync(http, path, body, TestCredentials.ApiKey);

        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using (JsonDocument error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct)))
        {
            error.RootElement.GetProperty("error").GetProperty("code").GetInt32().Should().Be(403);
            error.RootElement.GetProperty("error").GetProperty("message").GetString().Should().Contain("Management keys cannot be used for inference");
        }

        ((int)served.StatusCode).Should().BeInRange(200, 299, "an API key is served on {0}", path);
    }

    [Fact]
    public async Task The_SDK_reports_a_chat_sent_with_the_management_key_as_a_403_and_nothing_is_generated()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);
        using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = ManagementKey, BaseUrl = emulator.BaseUrl, EnableRetries = false });
        var request = new ChatCompletionRequest { Model = EmulatedModels.Echo, Messages = [new UserMessage("hello")] };

        Func<Task> chat = () => client.CreateChatCompletionAsync(request, Ct);

        OpenRouterPermissionDeniedException error = (await chat.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;
        error.StatusCode.Should().Be(403);
        error.Message.Should().Contain("Management keys cannot be used for inference").And.NotContain(ManagementKey);
        emulator.State.Generations.Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_configured_management_key_every_key_may_chat()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };

        using HttpResponseMessage served = await PostAsync(http, "chat/completions",
            """{"model":"emulator/echo","messages":[{"role":"user","content":"hi"}]}""", ManagementKey);

        served.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string path, string body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await http.SendAsync(request, Ct);
    }
}
