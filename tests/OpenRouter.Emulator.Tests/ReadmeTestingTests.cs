using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>README "Testing your code": an app's own service, registered with AddOpenRouter, tested against the emulator.</summary>
public sealed class ReadmeTestingTests
{
    [Fact]
    public async Task An_app_service_registered_with_AddOpenRouter_is_tested_against_the_in_process_emulator()
    {
        var services = new ServiceCollection();
        services.AddSingleton<GreetingService>();

        // The README's lines, verbatim: its readers have no test context to pass.
#pragma warning disable xUnit1051
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync();
        services.AddOpenRouter(options => { options.ApiKey = "sk-or-v1-test"; options.BaseUrl = emulator.BaseUrl; });
        await using ServiceProvider provider = services.BuildServiceProvider();

        string answer = await provider.GetRequiredService<GreetingService>().GreetAsync("Ada");   // your code under test
        emulator.State.Generations.Should().ContainSingle(g => g.Model == EmulatedModels.Echo);
#pragma warning restore xUnit1051

        answer.Should().Be("Say hello to Ada", "the emulator's echo model answers with the prompt");
    }

    /// <summary>The kind of app code the README example tests: it takes the SDK's client from the container.</summary>
    private sealed class GreetingService(IOpenRouterClient client)
    {
        public async Task<string> GreetAsync(string name)
        {
            ChatCompletion completion = await client.CreateChatCompletionAsync(new ChatCompletionRequest
            {
                Model = EmulatedModels.Echo,
                Messages = { new UserMessage($"Say hello to {name}") },
            }, TestContext.Current.CancellationToken);
            return completion.Choices[0].Message.Content ?? string.Empty;
        }
    }
}
