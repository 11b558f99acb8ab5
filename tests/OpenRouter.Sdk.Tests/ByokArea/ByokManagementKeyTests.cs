using FluentAssertions;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;

namespace OpenRouter.Sdk.Tests.ByokArea;

public sealed class ByokManagementKeyTests
{
    public static TheoryData<string> Operations { get; } =
    [
        "GET /byok", "POST /byok", "GET /byok/k1", "PATCH /byok/k1", "DELETE /byok/k1",
    ];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Without_a_management_key_every_operation_fails_before_any_request(string operation)
    {
        var handler = new QueueHandler("""{"data":[]}""");
        using OpenRouterClient client = Client(handler, managementKey: null);
        OpenRouterByokClient byok = client.Byok;
        CancellationToken ct = TestContext.Current.CancellationToken;
        Func<Task> call = operation switch
        {
            "GET /byok" => () => CollectAsync(byok.ListAsync(cancellationToken: ct)),
            "POST /byok" => () => byok.CreateAsync(new CreateByokKeyRequest { Provider = ByokProviderSlug.OpenAI, Key = ByokSpecExamples.SecretKey }, ct),
            "GET /byok/k1" => () => byok.GetAsync("k1", ct),
            "PATCH /byok/k1" => () => byok.UpdateAsync("k1", new UpdateByokKeyRequest { Name = "n" }, ct),
            "DELETE /byok/k1" => () => byok.DeleteAsync("k1", ct),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        InvalidOperationException e = (await call.Should().ThrowAsync<InvalidOperationException>()).Which;

        e.Message.Should().Contain(operation).And.Contain("OpenRouterClientOptions.ManagementKey");
        e.Message.Should().NotContain(ApiKey).And.NotContain(ByokSpecExamples.SecretKey);
        handler.Requests.Should().BeEmpty("nothing is sent with the wrong key");
    }
}
