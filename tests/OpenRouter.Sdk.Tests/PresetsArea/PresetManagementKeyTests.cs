using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.PresetsArea.PresetsTestSupport;

namespace OpenRouter.Sdk.Tests.PresetsArea;

public sealed class PresetManagementKeyTests
{
    public static TheoryData<string> Operations { get; } =
    [
        "GET /presets", "GET /presets/my-preset", "GET /presets/my-preset/versions", "GET /presets/my-preset/versions/1",
    ];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Without_a_management_key_every_operation_fails_before_any_request(string operation)
    {
        var handler = new PresetsHandler("""{"data":[]}""");
        using OpenRouterClient client = Client(handler, managementKey: null);
        OpenRouterPresetsClient presets = client.Presets;
        CancellationToken ct = TestContext.Current.CancellationToken;
        Func<Task> call = operation switch
        {
            "GET /presets" => () => CollectAsync(presets.ListAsync(ct)),
            "GET /presets/my-preset" => () => presets.GetAsync("my-preset", ct),
            "GET /presets/my-preset/versions" => () => CollectAsync(presets.ListVersionsAsync("my-preset", ct)),
            "GET /presets/my-preset/versions/1" => () => presets.GetVersionAsync("my-preset", "1", ct),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        InvalidOperationException e = (await call.Should().ThrowAsync<InvalidOperationException>()).Which;

        e.Message.Should().Contain(operation).And.Contain("OpenRouterClientOptions.ManagementKey");
        e.Message.Should().NotContain(ApiKey);
        handler.Requests.Should().BeEmpty("nothing is sent with the wrong key");
    }
}
