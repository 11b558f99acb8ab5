using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The README's "Manage keys and guardrails" block, run against the emulator.</summary>
public sealed class ReadmeAdministrationTests
{
    private const string ManagementKey = "sk-or-v1-management-0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    [Fact]
    public async Task The_manage_keys_and_guardrails_snippet_creates_limits_disables_and_deletes_a_key()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: ct);
        using var admin = new OpenRouterClient(new OpenRouterClientOptions { ManagementKey = ManagementKey, BaseUrl = emulator.BaseUrl });

        CreatedApiKey created = await admin.Keys.CreateKeyAsync(new CreateApiKeyRequest
        {
            Name = "Nightly batch",
            Limit = 25m,
            LimitReset = LimitResetInterval.Monthly,
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(90),
        }, ct);
        string newKey = created.Key; // the only time OpenRouter returns the key itself: store it now
        string hash = created.Data.Hash;

        Guardrail guardrail = await admin.Guardrails.CreateAsync(new CreateGuardrailRequest
        {
            Name = "Batch jobs",
            LimitUsd = 100m,
            ResetInterval = LimitResetInterval.Monthly,
            AllowedProviders = ["openai", "anthropic"],
        }, ct);
        await admin.Guardrails.AssignKeysAsync(guardrail.Id, [hash], ct);

        var printed = new StringWriter();
        TextWriter console = Console.Out;
        Console.SetOut(printed);
        try
        {
            await foreach (ApiKeyInfo key in admin.Keys.ListKeysAsync(cancellationToken: ct))
            {
                Console.WriteLine($"{key.Name}: ${key.Usage} used, limit {key.Limit?.ToString() ?? "none"}, disabled {key.Disabled}");
            }
        }
        finally
        {
            Console.SetOut(console);
        }

        await admin.Keys.UpdateKeyAsync(hash, new UpdateApiKeyRequest { Disabled = true }, ct);
        ApiKeyInfo disabled = await admin.Keys.GetKeyAsync(hash, ct);
        List<GuardrailKeyAssignment> assigned = await CollectAsync(admin.Guardrails.ListKeyAssignmentsAsync(guardrail.Id, ct));
        await admin.Keys.DeleteKeyAsync(hash, ct);
        Func<Task> afterDelete = () => admin.Keys.GetKeyAsync(hash, ct);

        newKey.Should().StartWith("sk-or-v1-");
        created.ToString().Should().NotContain(newKey);
        printed.ToString().Should().Contain("Nightly batch: $0 used, limit 25, disabled False");
        disabled.Disabled.Should().BeTrue();
        assigned.Select(a => a.KeyHash).Should().Equal(hash);
        await afterDelete.Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    private static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
