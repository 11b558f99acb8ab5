using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.KeysArea.KeysTestSupport;

namespace OpenRouter.Sdk.Tests.KeysArea;

/// <summary>
/// <c>external_user</c>, the partner's end-user a key is attributed to: sent by OpenRouter beyond the 2026-08 spec
/// (the official SDKs require it), read typed rather than left in the extension data.
/// </summary>
public sealed class KeyExternalUserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_key_reads_its_external_user_and_a_null_one_as_null()
    {
        string attributed = KeysSpecExamples.Get.Replace("\"disabled\":false,", "\"disabled\":false,\"external_user\":\"customer-42\",", StringComparison.Ordinal);
        string unattributed = KeysSpecExamples.Get.Replace("\"disabled\":false,", "\"disabled\":false,\"external_user\":null,", StringComparison.Ordinal);
        using OpenRouterClient client = Client(new ScriptedHandler((System.Net.HttpStatusCode.OK, attributed), (System.Net.HttpStatusCode.OK, unattributed)));

        ApiKeyInfo first = await client.Keys.GetKeyAsync("f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943", Ct);
        ApiKeyInfo second = await client.Keys.GetKeyAsync("f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943", Ct);

        first.ExternalUser.Should().Be("customer-42");
        first.AdditionalProperties.Should().BeNullOrEmpty("external_user is typed");
        second.ExternalUser.Should().BeNull();
        second.Name.Should().Be("My Production Key");
    }
}
