using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;
using static OpenRouter.Sdk.Tests.ObservabilityArea.ObservabilitySpecExamples;

namespace OpenRouter.Sdk.Tests.ObservabilityArea;

/// <summary>Every observability operation needs the management key: none configured fails before sending; a wrong one is explained.</summary>
public sealed class ObservabilityManagementKeyTests
{
    public static TheoryData<string> Operations { get; } =
    [
        "GET /observability/destinations", "POST /observability/destinations", "GET /observability/destinations/d1",
        "PATCH /observability/destinations/d1", "DELETE /observability/destinations/d1",
    ];

    private static Func<Task> Call(OpenRouterObservabilityClient observability, string operation, CancellationToken ct) => operation switch
    {
        "GET /observability/destinations" => () => CollectAsync(observability.ListAsync(cancellationToken: ct)),
        "POST /observability/destinations" => () => observability.CreateAsync(
            new CreateObservabilityDestinationRequest { Type = ObservabilityDestinationType.Langfuse, Name = "n", Config = new JsonObject { ["secretKey"] = SecretKey } }, ct),
        "GET /observability/destinations/d1" => () => observability.GetAsync("d1", ct),
        "PATCH /observability/destinations/d1" => () => observability.UpdateAsync("d1", new UpdateObservabilityDestinationRequest { Name = "n" }, ct),
        "DELETE /observability/destinations/d1" => () => observability.DeleteAsync("d1", ct),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Without_a_management_key_every_operation_fails_before_any_request(string operation)
    {
        var handler = new QueueHandler("""{"data":[]}""");
        using OpenRouterClient client = Client(handler, managementKey: null);

        InvalidOperationException e = (await Call(client.Observability, operation, TestContext.Current.CancellationToken).Should().ThrowAsync<InvalidOperationException>()).Which;

        e.Message.Should().Contain(operation).And.Contain("OpenRouterClientOptions.ManagementKey");
        e.Message.Should().NotContain(ApiKey).And.NotContain(SecretKey);
        handler.Requests.Should().BeEmpty("nothing is sent with the wrong key");
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task An_inference_key_set_as_the_management_key_is_refused_with_403_which_says_a_management_key_is_needed(string operation)
    {
        // The spec's 403 answer: what OpenRouter says to an inference key on a management route.
        var handler = new QueueHandler(Forbidden) { Status = HttpStatusCode.Forbidden };
        using OpenRouterClient client = Client(handler, managementKey: ApiKey);

        OpenRouterPermissionDeniedException e = (await Call(client.Observability, operation, TestContext.Current.CancellationToken)
            .Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;

        handler.Requests.Single().Headers.Authorization!.Parameter.Should().Be(ApiKey, "the configured key was sent");
        e.Message.Should().StartWith(operation + " was refused (HTTP 403)");
        e.Message.Should().Contain("management key").And.Contain("Only management keys can perform this operation", "the server's own words are kept");
        e.Message.Should().NotContain(ApiKey, "the key is never written into an error");
        e.StatusCode.Should().Be(403);
    }

    [Fact]
    public async Task A_403_for_another_reason_keeps_the_servers_words_and_does_not_blame_the_key()
    {
        var handler = new QueueHandler("""{"error":{"code":403,"message":"Privacy settings are locked for this workspace"}}""") { Status = HttpStatusCode.Forbidden };
        using OpenRouterClient client = Client(handler);

        OpenRouterPermissionDeniedException e = (await Call(client.Observability, "PATCH /observability/destinations/d1", TestContext.Current.CancellationToken)
            .Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;

        e.Message.Should().Contain("Privacy settings are locked for this workspace").And.NotContain("OpenRouterClientOptions.ManagementKey");
        e.StatusCode.Should().Be(403);
    }
}
