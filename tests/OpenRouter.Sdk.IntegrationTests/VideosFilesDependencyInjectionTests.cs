using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary><c>AddOpenRouter</c> registers the Videos and Files areas as the registered client's own instances, keyed too.</summary>
public sealed class VideosFilesDependencyInjectionTests
{
    private const string ApiKey = "sk-or-v1-inference-key-for-media-0000000";

    [Fact]
    public async Task The_videos_and_files_clients_resolve_as_the_registered_clients_own()
    {
        var services = new ServiceCollection();
        services.AddOpenRouter(o => o.ApiKey = ApiKey);
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterClient client = provider.GetRequiredService<OpenRouterClient>();

        provider.GetRequiredService<OpenRouterVideosClient>().Should().BeSameAs(client.Videos);
        provider.GetRequiredService<OpenRouterFilesClient>().Should().BeSameAs(client.Files);
    }

    [Fact]
    public async Task A_keyed_registration_has_its_own_videos_and_files_clients_under_the_same_key()
    {
        var services = new ServiceCollection();
        services.AddOpenRouter("media", o => o.ApiKey = ApiKey);
        services.AddOpenRouter("other", o => o.ApiKey = ApiKey);
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterVideosClient media = provider.GetRequiredKeyedService<OpenRouterVideosClient>("media");

        media.Should().BeSameAs(provider.GetRequiredKeyedService<OpenRouterClient>("media").Videos);
        media.Should().NotBeSameAs(provider.GetRequiredKeyedService<OpenRouterVideosClient>("other"));
        provider.GetRequiredKeyedService<OpenRouterFilesClient>("media").Should().BeSameAs(provider.GetRequiredKeyedService<OpenRouterClient>("media").Files);
        provider.GetService<OpenRouterFilesClient>().Should().BeNull("only keyed clients were registered");
    }
}
