using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace OpenRouter.Sdk.Tests.BudgetArea;

/// <summary><c>OpenRouter:Budget:Limit</c> and <c>:Window</c> build the guard of the registered client, one per name.</summary>
public sealed class BudgetConfigurationTests
{
    [Fact]
    public async Task The_budget_binds_from_configuration_and_each_registration_has_its_own_guard()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenRouter:ApiKey"] = Infrastructure.TestClients.ApiKey,
            ["OpenRouter:Budget:Limit"] = "5.50",
            ["OpenRouter:Budget:Window"] = "1.00:00:00",
            ["Batch:ApiKey"] = Infrastructure.TestClients.ApiKey,
            ["Batch:Budget:Limit"] = "20",
        }).Build();
        var services = new ServiceCollection();
        services.AddOpenRouter(configuration.GetSection("OpenRouter"));
        services.AddOpenRouter("batch", configuration.GetSection("Batch"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterClient main = provider.GetRequiredService<OpenRouterClient>();
        OpenRouterClient batch = provider.GetRequiredKeyedService<OpenRouterClient>("batch");

        main.Budget!.Limit.Should().Be(5.50m);
        main.Budget.Window.Should().Be(TimeSpan.FromDays(1));
        batch.Budget!.Limit.Should().Be(20m);
        batch.Budget.Window.Should().BeNull("no window was configured, so the spend never resets");
        batch.Budget.Should().NotBeSameAs(main.Budget);
        provider.GetRequiredService<OpenRouterClient>().Budget.Should().BeSameAs(main.Budget, "the registered client is a singleton, so its spend is kept");
    }

    [Fact]
    public async Task A_limit_that_is_not_a_number_names_its_key()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenRouter:ApiKey"] = Infrastructure.TestClients.ApiKey,
            ["OpenRouter:Budget:Limit"] = "five dollars",
        }).Build();
        var services = new ServiceCollection();
        services.AddOpenRouter(configuration.GetSection("OpenRouter"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        Action resolve = () => provider.GetRequiredService<OpenRouterClient>();

        resolve.Should().Throw<Exception>().Where(e => e.ToString().Contains("OpenRouter:Budget:Limit"));
    }
}
