using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;

namespace OpenRouter.Sdk.Tests.ByokArea;

/// <summary>
/// The routing flags OpenRouter sends on BYOK credentials beyond the 2026-08 spec (the official SDKs require them):
/// <c>is_byok_only</c>, <c>is_required</c> and the self-declared <c>declared_zdr</c>, read and sent with their wire names.
/// </summary>
public sealed class ByokRoutingFlagsTests
{
    private const string Id = "11111111-2222-3333-4444-555555555555";

    // The BYOK credential as OpenRouter sends it today (the official @openrouter/sdk 1.3.19 shape).
    private const string CurrentShape = """
        {"data":{"id":"11111111-2222-3333-4444-555555555555","provider":"anthropic","workspace_id":null,"label":"sk-...AbCd",
         "name":"Claude only","disabled":false,"is_fallback":false,"is_byok_only":true,"is_required":true,"declared_zdr":true,
         "allowed_models":["anthropic/claude-sonnet-4.5"],"allowed_api_key_hashes":null,"allowed_user_ids":null,"sort_order":0,
         "created_at":"2026-11-02T08:00:00Z"}}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_credential_reads_its_routing_flags_and_an_undeclared_ZDR_reads_as_null()
    {
        using OpenRouterClient client = Client(new QueueHandler(CurrentShape, CurrentShape.Replace("\"declared_zdr\":true", "\"declared_zdr\":null", StringComparison.Ordinal)
            .Replace("\"is_byok_only\":true,\"is_required\":true", "\"is_byok_only\":false,\"is_required\":false", StringComparison.Ordinal)));

        ByokKey strict = await client.Byok.GetAsync(Id, Ct);
        ByokKey open = await client.Byok.GetAsync(Id, Ct);

        strict.IsByokOnly.Should().BeTrue("OpenRouter's shared endpoints on the provider are skipped for every model");
        strict.IsRequired.Should().BeTrue();
        strict.DeclaredZdr.Should().BeTrue();
        strict.AdditionalProperties.Should().BeNullOrEmpty("every member of the current shape is typed");
        open.IsByokOnly.Should().BeFalse();
        open.IsRequired.Should().BeFalse();
        open.DeclaredZdr.Should().BeNull("null follows OpenRouter's data policy for the provider");
    }

    [Fact]
    public async Task Create_sends_the_routing_flags_only_when_set()
    {
        var handler = new QueueHandler(CurrentShape, CurrentShape) { Status = HttpStatusCode.Created };
        using OpenRouterClient client = Client(handler);

        await client.Byok.CreateAsync(new CreateByokKeyRequest
        {
            Provider = ByokProviderSlug.Anthropic,
            Key = "sk-ant-secret",
            IsByokOnly = true,
            IsRequired = false,
            DeclaredZdr = false,
        }, Ct);
        await client.Byok.CreateAsync(new CreateByokKeyRequest { Provider = ByokProviderSlug.Anthropic, Key = "sk-ant-secret" }, Ct);

        handler.Bodies[0].Should().Be("""{"provider":"anthropic","key":"sk-ant-secret","is_byok_only":true,"is_required":false,"declared_zdr":false}""");
        handler.Bodies[1].Should().Be("""{"provider":"anthropic","key":"sk-ant-secret"}""");
    }

    [Fact]
    public async Task Update_sends_the_flags_and_an_explicit_null_that_withdraws_the_ZDR_declaration()
    {
        var handler = new QueueHandler(CurrentShape, CurrentShape);
        using OpenRouterClient client = Client(handler);

        await client.Byok.UpdateAsync(Id, new UpdateByokKeyRequest { IsByokOnly = false, IsRequired = true, DeclaredZdr = true }, Ct);
        await client.Byok.UpdateAsync(Id, new UpdateByokKeyRequest { RemoveDeclaredZdr = true }, Ct);

        handler.Bodies[0].Should().Be("""{"is_byok_only":false,"is_required":true,"declared_zdr":true}""");
        handler.Bodies[1].Should().Be("""{"declared_zdr":null}""");
    }

    [Theory]
    [InlineData("zdr")]
    [InlineData("fallback")]
    public async Task Update_with_contradictory_flags_is_refused_before_any_request(string conflict)
    {
        var handler = new QueueHandler(CurrentShape);
        using OpenRouterClient client = Client(handler);
        UpdateByokKeyRequest request = conflict == "zdr"
            ? new() { DeclaredZdr = true, RemoveDeclaredZdr = true }
            : new() { IsByokOnly = true, IsFallback = true };

        Func<Task> call = () => client.Byok.UpdateAsync(Id, request, Ct);

        (await call.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain(conflict == "zdr" ? "RemoveDeclaredZdr" : "IsFallback");
        handler.Requests.Should().BeEmpty();
    }
}
