using OpenRouter.Emulator;
using OpenRouter.Samples.WebRelay;
using OpenRouter.Sdk;

// dotnet run --project samples/WebRelay, then open the printed URL. Uses OpenRouter:ApiKey from configuration or
// OPENROUTER_API_KEY; without a key it starts the emulator and points the client at it.
var builder = WebApplication.CreateBuilder(args);
IConfigurationSection section = builder.Configuration.GetSection(OpenRouterClientOptions.SectionName);
bool hasKey = !string.IsNullOrWhiteSpace(section["ApiKey"] ?? Environment.GetEnvironmentVariable(OpenRouterClientOptions.ApiKeyEnvironmentVariable));
await using OpenRouterEmulator? emulator = hasKey ? null : await OpenRouterEmulator.StartAsync();

if (emulator is null)
{
    builder.Services.AddOpenRouter(section);
}
else
{
    Console.WriteLine($"No OpenRouter key: relaying from the built-in emulator at {emulator.BaseUrl}");
    builder.Services.AddOpenRouter(options =>
    {
        options.ApiKey = "sk-or-v1-emulator-00000000000000000000";
        options.BaseUrl = emulator.BaseUrl;
    });
}

var app = builder.Build();
app.MapChatRelay();
await app.RunAsync();
