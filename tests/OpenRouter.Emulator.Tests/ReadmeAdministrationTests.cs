using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The README's "Manage keys and guardrails" block, run against the emulator.</summary>
[Collection("Console output")]
public sealed class ReadmeAdministrationTests
{
    private const string ManagementKey = "sk-or-v1-management-0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    [Fact]
    public async Task The_manage_keys_and_guardrails_snippet_creates_limits_disables_and_deletes_a_key()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: ct);
        using var admin = new OpenRouterClient(new OpenRouterClientOptions { ManagementKey = ManagementKey, BaseUrl = emulator.BaseUrl });

        var printed = new StringWriter();
        TextWriter console = Console.Out;
        Console.SetOut(printed);
        try
        {
            await ManageKeysAsync(admin, ct);
        }
        finally
        {
            Console.SetOut(console);
        }

        List<ApiKeyInfo> keysLeft = await admin.Keys.ListKeysAsync(new ApiKeyListQuery { IncludeDisabled = true }, ct).ToListAsync(ct);
        List<Guardrail> guardrails = await admin.Guardrails.ListAsync(cancellationToken: ct).ToListAsync(ct);

        Stored.Should().ContainKey("nightly-batch-key").WhoseValue.Should().StartWith("sk-or-v1-");
        printed.ToString().Should().NotContain(Stored["nightly-batch-key"]);
        printed.ToString().Should().Contain("Nightly batch: $0 used, limit 25, disabled False", "the key is listed before it is disabled");
        keysLeft.Should().NotContain(k => k.Name == "Nightly batch", "the snippet deletes the key it made");
        Guardrail batch = guardrails.Should().ContainSingle(g => g.Name == "Batch jobs").Which;
        batch.LimitUsd.Should().Be(100m);
        batch.AllowedProviders.Should().Equal("openai", "anthropic");
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Stored = new();

    private static Task StoreSecretAsync(string name, string value)
    {
        Stored[name] = value;
        return Task.CompletedTask;
    }

    /// <summary>The README block, verbatim.</summary>
    private static async Task ManageKeysAsync(OpenRouterClient admin, CancellationToken ct)
    {
        CreatedApiKey created = await admin.Keys.CreateKeyAsync(new CreateApiKeyRequest
        {
            Name = "Nightly batch",
            Limit = 25m,
            LimitReset = LimitResetInterval.Monthly,
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(90),
        }, ct);
        await StoreSecretAsync("nightly-batch-key", created.Key); // the only time OpenRouter returns the key itself
        string hash = created.Data.Hash;

        Guardrail guardrail = await admin.Guardrails.CreateAsync(new CreateGuardrailRequest
        {
            Name = "Batch jobs",
            LimitUsd = 100m,
            ResetInterval = LimitResetInterval.Monthly,
            AllowedProviders = ["openai", "anthropic"],
        }, ct);
        await admin.Guardrails.AssignKeysAsync(guardrail.Id, [hash], ct);

        await foreach (ApiKeyInfo key in admin.Keys.ListKeysAsync(cancellationToken: ct))
        {
            Console.WriteLine($"{key.Name}: ${key.Usage} used, limit {key.Limit?.ToString() ?? "none"}, disabled {key.Disabled}");
        }

        await admin.Keys.UpdateKeyAsync(hash, new UpdateApiKeyRequest { Disabled = true }, ct);
        await admin.Keys.DeleteKeyAsync(hash, ct);
    }
}
