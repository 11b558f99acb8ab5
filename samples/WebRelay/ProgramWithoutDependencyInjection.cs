using OpenRouter.Emulator;
using OpenRouter.Samples.WebRelay;
using OpenRouter.Sdk;

// The same app as Program.cs, registering the client by hand for SDK builds without services.AddOpenRouter.
var builder = WebApplication.CreateBuilder(args);
string? key = builder.Configuration[$"{OpenRouterClientOptions.SectionName}:ApiKey"] ?? Environment.GetEnvironmentVariable(OpenRouterClientOptions.ApiKeyEnvironmentVariable);
await using OpenRouterEmulator? emulator = string.IsNullOrWhiteSpace(key) ? await OpenRouterEmulator.StartAsync() : null;
if (emulator is not null)
{
    Console.WriteLine($"No OpenRouter key: relaying from the built-in emulator at {emulator.BaseUrl}");
}

builder.Services.AddSingleton<IOpenRouterClient>(_ => new OpenRouterClient(new OpenRouterClientOptions
{
    ApiKey = emulator is null ? key : "sk-or-v1-emulator-00000000000000000000",
    BaseUrl = emulator?.BaseUrl ?? OpenRouterClientOptions.DefaultBaseUrl,
}));

var app = builder.Build();
app.MapChatRelay();
await app.RunAsync();
