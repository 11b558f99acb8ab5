using System.Net;
using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.ActivityArea.ActivityTestSupport;

namespace OpenRouter.Sdk.Tests.ActivityArea;

public sealed class AnalyticsMetaTests
{
    // The example of GET /analytics/meta 200 in openapi-2026-08.yaml, plus a member the SDK does not model.
    private const string SpecExample = """
        {"data":{
          "dimensions":[{"display_label":"Model","name":"model"}],
          "granularities":[{"display_label":"Day","name":"day"}],
          "metrics":[{"display_format":"number","display_label":"Request Count","is_rate":false,"name":"request_count"}],
          "operators":[{"name":"eq","value_type":"scalar"}],
          "max_range_days":90
        }}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAnalyticsMeta_sends_a_GET_with_the_management_key_and_reads_the_spec_example()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, SpecExample);
        using OpenRouterClient client = Client(handler);

        AnalyticsMeta meta = await client.Activity.GetAnalyticsMetaAsync(Ct);

        HttpRequestMessage request = handler.Requests.Single();
        request.Method.Should().Be(HttpMethod.Get);
        request.RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/analytics/meta");
        request.Headers.Authorization!.Parameter.Should().Be(ManagementKey);
        handler.Bodies.Single().Should().BeNull();
        meta.Dimensions.Single().Name.Should().Be("model");
        meta.Dimensions.Single().DisplayLabel.Should().Be("Model");
        meta.Granularities.Single().Name.Should().Be("day");
        meta.Granularities.Single().DisplayLabel.Should().Be("Day");
        AnalyticsMeta.Metric metric = meta.Metrics.Single();
        metric.Name.Should().Be("request_count");
        metric.DisplayLabel.Should().Be("Request Count");
        metric.IsRate.Should().BeFalse();
        metric.DisplayFormat.Should().Be("number");
        meta.Operators.Single().Name.Should().Be("eq");
        meta.Operators.Single().ValueType.Should().Be("scalar");
        meta.AdditionalProperties!["max_range_days"].GetInt32().Should().Be(90);
    }

    [Fact]
    public async Task GetAnalyticsMeta_without_a_management_key_sends_nothing_and_a_403_says_a_management_key_is_needed()
    {
        var unsent = new RecordingHandler(HttpStatusCode.OK, SpecExample);
        using OpenRouterClient withoutKey = Client(unsent, managementKey: null);
        using OpenRouterClient refused = Client(new RecordingHandler(HttpStatusCode.Forbidden,
            """{"error":{"code":403,"message":"Only management keys can perform this operation"}}"""));

        Func<Task> missing = () => withoutKey.Activity.GetAnalyticsMetaAsync(Ct);
        Func<Task> forbidden = () => refused.Activity.GetAnalyticsMetaAsync(Ct);

        (await missing.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("OpenRouterClientOptions.ManagementKey");
        unsent.Requests.Should().BeEmpty();
        (await forbidden.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which.Message
            .Should().StartWith("GET /analytics/meta was refused (HTTP 403)").And.Contain("management key");
    }
}
