using System.Net;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.ActivityArea.ActivityTestSupport;

namespace OpenRouter.Sdk.Tests.ActivityArea;

public sealed class AnalyticsQueryTests
{
    // The request example of POST /analytics/query in openapi-2026-08.yaml.
    private const string SpecRequest = """
        {"dimensions":["model"],"granularity":"day","limit":100,"metrics":["request_count"],
         "time_range":{"end":"2025-01-08T00:00:00Z","start":"2025-01-01T00:00:00Z"}}
        """;

    // The 200 example of POST /analytics/query.
    private const string SpecAnswer = """
        {"data":{"data":[{"date__day":"2025-01-01T00:00:00.000Z","request_count":1500}],
                 "metadata":{"query_time_ms":42,"row_count":1,"truncated":false}}}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AnalyticsQueryRequest SpecQuery() => new()
    {
        Metrics = { AnalyticsMetric.RequestCount },
        Dimensions = [AnalyticsDimension.Model],
        Granularity = AnalyticsGranularity.Day,
        Limit = 100,
        TimeRange = new AnalyticsTimeRange(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 1, 8, 0, 0, 0, TimeSpan.Zero)),
    };

    [Fact]
    public async Task QueryAnalytics_posts_the_spec_example_with_the_management_key_and_reads_the_spec_answer()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, SpecAnswer);
        using OpenRouterClient client = Client(handler);

        AnalyticsQueryResult result = await client.Activity.QueryAnalyticsAsync(SpecQuery(), Ct);

        HttpRequestMessage request = handler.Requests.Single();
        request.Method.Should().Be(HttpMethod.Post);
        request.RequestUri!.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/analytics/query");
        request.Headers.Authorization!.Parameter.Should().Be(ManagementKey);
        request.Content!.Headers.ContentType!.MediaType.Should().Be("application/json");
        JsonAssert.Equivalent(SpecRequest, handler.Bodies.Single()!);

        AnalyticsRow row = result.Rows.Single();
        row.GetMetric(AnalyticsMetric.RequestCount).Should().Be(1500m);
        row.GetTimeBucket(AnalyticsGranularity.Day).Should().Be(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        row.Columns.Keys.Should().BeEquivalentTo("date__day", "request_count");
        result.Metadata.QueryTimeMs.Should().Be(42);
        result.Metadata.RowCount.Should().Be(1);
        result.Metadata.Truncated.Should().BeFalse();
        result.Warnings.Should().BeEmpty();
        result.CachedAt.Should().BeNull();
        result.AdditionalProperties.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task Every_member_of_the_request_is_sent_with_its_wire_name()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, SpecAnswer);
        using OpenRouterClient client = Client(handler);

        await client.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest
        {
            Metrics = { AnalyticsMetric.RequestCount, "total_cost" },
            Dimensions = [AnalyticsDimension.Model, AnalyticsDimension.ApiKeyId],
            Filters =
            [
                new AnalyticsFilter(AnalyticsDimension.Model, AnalyticsFilterOperator.Equal, "openai/gpt-4o"),
                new AnalyticsFilter(AnalyticsDimension.App, AnalyticsFilterOperator.GreaterThanOrEqual, 42),
                new AnalyticsFilter(AnalyticsDimension.Provider, AnalyticsFilterOperator.In, new[] { "OpenAI", "Anthropic" }) { IncludeUnset = true },
                new AnalyticsFilter(AnalyticsDimension.ApiKeyId, AnalyticsFilterOperator.NotIn, new[] { 7m, 8.5m }),
            ],
            Granularity = AnalyticsGranularity.Hour,
            TimeRange = new AnalyticsTimeRange(new DateTimeOffset(2025, 1, 1, 2, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2025, 1, 1, 12, 30, 15, 500, TimeSpan.Zero)),
            OrderBy = new AnalyticsOrderBy("request_count", AnalyticsOrderDirection.Descending),
            Limit = 50,
            GroupLimit = 10,
            ClassifierDimensions = new AnalyticsClassifierDimensions { ClassifierId = "550e8400-e29b-41d4-a716-446655440000", DimensionNames = ["department"], IncludeNulls = true },
            ClassifierFilters = new AnalyticsClassifierFilters
            {
                ClassifierId = "550e8400-e29b-41d4-a716-446655440000",
                Filters = { new AnalyticsClassifierFilter("department", AnalyticsFilterOperator.Equal, "Engineering") },
            },
        }, Ct);

        JsonAssert.Equivalent("""
            {"metrics":["request_count","total_cost"],"dimensions":["model","api_key_id"],
             "filters":[{"field":"model","operator":"eq","value":"openai/gpt-4o"},
                        {"field":"app","operator":"gte","value":42},
                        {"field":"provider","operator":"in","value":["OpenAI","Anthropic"],"include_unset":true},
                        {"field":"api_key_id","operator":"not_in","value":[7,8.5]}],
             "granularity":"hour","time_range":{"start":"2025-01-01T00:00:00Z","end":"2025-01-01T12:30:15.5Z"},
             "order_by":{"field":"request_count","direction":"desc"},"limit":50,"group_limit":10,
             "classifier_dimensions":{"classifier_id":"550e8400-e29b-41d4-a716-446655440000","dimension_names":["department"],"include_nulls":true},
             "classifier_filters":{"classifier_id":"550e8400-e29b-41d4-a716-446655440000","filters":[{"field":"department","operator":"eq","value":"Engineering"}]}}
            """, handler.Bodies.Single()!);
    }

    [Fact]
    public async Task A_query_with_only_metrics_sends_only_the_metrics()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, SpecAnswer);
        using OpenRouterClient client = Client(handler);

        await client.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest { Metrics = { AnalyticsMetric.RequestCount } }, Ct);

        handler.Bodies.Single().Should().Be("""{"metrics":["request_count"]}""");
    }

    [Fact]
    public async Task Rows_read_dimensions_numbers_sent_as_strings_warnings_and_the_cache_time()
    {
        const string body = """
            {"data":{"data":[{"model":"openai/gpt-4o","app":42,"total_cost":"0.000123","request_count":7,"workspace":null},null],
                     "metadata":{"query_time_ms":3.5,"row_count":1,"truncated":true,"engine":"x"},
                     "warnings":["api_key_id 'abc' could not be resolved"],"cachedAt":1735689600000}}
            """;
        using OpenRouterClient client = Client(new RecordingHandler(HttpStatusCode.OK, body));

        AnalyticsQueryResult result = await client.Activity.QueryAnalyticsAsync(SpecQuery(), Ct);

        AnalyticsRow row = result.Rows.Single();
        row.GetDimension(AnalyticsDimension.Model).Should().Be("openai/gpt-4o");
        row.GetDimension(AnalyticsDimension.App).Should().Be("42", "a numeric id reads as its text");
        row.GetDimension(AnalyticsDimension.Workspace).Should().BeNull("a null column");
        row.GetDimension(AnalyticsDimension.Country).Should().BeNull("a column the row does not have");
        row.GetMetric("total_cost").Should().Be(0.000123m, "money sent as a string is read exactly");
        row.GetMetric(AnalyticsMetric.RequestCount).Should().Be(7m);
        row.GetMetric("avg_latency").Should().BeNull();
        row.GetTimeBucket(AnalyticsGranularity.Day).Should().BeNull();
        FluentActions.Invoking(() => row.GetMetric("model")).Should().Throw<FormatException>().WithMessage("*model*");
        result.Metadata.QueryTimeMs.Should().Be(3.5);
        result.Metadata.Truncated.Should().BeTrue();
        result.Metadata.AdditionalProperties!["engine"].GetString().Should().Be("x");
        result.Warnings.Should().Equal("api_key_id 'abc' could not be resolved");
        result.CachedAt.Should().Be(1735689600000d);
    }

    [Fact]
    public async Task An_answer_without_data_is_invalid_and_a_400_keeps_the_servers_message()
    {
        using OpenRouterClient noData = Client(new RecordingHandler(HttpStatusCode.OK, "{}"));
        using OpenRouterClient refused = Client(new RecordingHandler(HttpStatusCode.BadRequest, """{"error":{"code":400,"message":"Unknown metric: nope"}}"""));

        await FluentActions.Awaiting(() => noData.Activity.QueryAnalyticsAsync(SpecQuery(), Ct))
            .Should().ThrowAsync<OpenRouterInvalidResponseException>().WithMessage("*POST /analytics/query*data*");
        await FluentActions.Awaiting(() => refused.Activity.QueryAnalyticsAsync(new AnalyticsQueryRequest { Metrics = { "nope" } }, Ct))
            .Should().ThrowAsync<OpenRouterBadRequestException>().WithMessage("*Unknown metric: nope*");
    }

    public static TheoryData<string> BadQueries { get; } =
    [
        "no metric", "null metrics", "blank metric", "three dimensions", "blank dimension", "21 filters", "null filter", "filter without value",
        "filter without operator", "blank granularity", "empty time range", "reversed time range", "order without field", "order without direction",
        "classifier dimensions without id", "three classifier names", "classifier filters without filters", "eleven classifier filters",
        "classifier filter without value", "different classifiers",
    ];

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task A_query_outside_the_spec_limits_is_refused_before_any_request(string bad)
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, SpecAnswer);
        using OpenRouterClient client = Client(handler);
        AnalyticsQueryRequest query = SpecQuery();
        var filter = new AnalyticsFilter(AnalyticsDimension.Model, AnalyticsFilterOperator.Equal, "m");
        var classifierFilter = new AnalyticsClassifierFilter("department", AnalyticsFilterOperator.Equal, "x");
        switch (bad)
        {
            case "no metric": query.Metrics.Clear(); break;
            case "null metrics": query.Metrics = null!; break;
            case "blank metric": query.Metrics.Add(new AnalyticsMetric(" ")); break;
            case "three dimensions": query.Dimensions = ["model", "provider", "user"]; break;
            case "blank dimension": query.Dimensions = [default]; break;
            case "21 filters": query.Filters = Enumerable.Repeat(filter, 21).ToList(); break;
            case "null filter": query.Filters = [null!]; break;
            case "filter without value": query.Filters = [new AnalyticsFilter { Field = "model", Operator = "eq" }]; break;
            case "filter without operator": query.Filters = [new AnalyticsFilter { Field = "model", Value = "m" }]; break;
            case "blank granularity": query.Granularity = new AnalyticsGranularity(""); break;
            case "empty time range": query.TimeRange = new AnalyticsTimeRange(); break;
            case "reversed time range": query.TimeRange = new AnalyticsTimeRange(DateTimeOffset.UnixEpoch.AddDays(1), DateTimeOffset.UnixEpoch); break;
            case "order without field": query.OrderBy = new AnalyticsOrderBy { Direction = AnalyticsOrderDirection.Ascending }; break;
            case "order without direction": query.OrderBy = new AnalyticsOrderBy { Field = "date" }; break;
            case "classifier dimensions without id": query.ClassifierDimensions = new AnalyticsClassifierDimensions(); break;
            case "three classifier names": query.ClassifierDimensions = new AnalyticsClassifierDimensions { ClassifierId = "c", DimensionNames = ["a", "b", "c"] }; break;
            case "classifier filters without filters": query.ClassifierFilters = new AnalyticsClassifierFilters { ClassifierId = "c" }; break;
            case "eleven classifier filters": query.ClassifierFilters = new AnalyticsClassifierFilters { ClassifierId = "c", Filters = Enumerable.Repeat(classifierFilter, 11).ToList() }; break;
            case "classifier filter without value": query.ClassifierFilters = new AnalyticsClassifierFilters { ClassifierId = "c", Filters = { new AnalyticsClassifierFilter { Field = "d", Operator = "eq" } } }; break;
            case "different classifiers":
                query.ClassifierDimensions = new AnalyticsClassifierDimensions { ClassifierId = "c1" };
                query.ClassifierFilters = new AnalyticsClassifierFilters { ClassifierId = "c2", Filters = { classifierFilter } };
                break;
            default: throw new ArgumentOutOfRangeException(nameof(bad));
        }

        await FluentActions.Awaiting(() => client.Activity.QueryAnalyticsAsync(query, Ct)).Should().ThrowAsync<ArgumentException>().WithParameterName("request");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(null, -1)]
    public async Task A_limit_below_one_is_out_of_range_and_a_null_request_is_refused(int? limit, int? groupLimit)
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, SpecAnswer);
        using OpenRouterClient client = Client(handler);
        AnalyticsQueryRequest query = SpecQuery();
        query.Limit = limit;
        query.GroupLimit = groupLimit;

        await FluentActions.Awaiting(() => client.Activity.QueryAnalyticsAsync(query, Ct)).Should().ThrowAsync<ArgumentOutOfRangeException>().WithParameterName("request");
        await FluentActions.Awaiting(() => client.Activity.QueryAnalyticsAsync(null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_management_key_nothing_is_sent_and_an_inference_keys_403_says_a_management_key_is_needed()
    {
        var unsent = new RecordingHandler(HttpStatusCode.OK, SpecAnswer);
        using OpenRouterClient withoutKey = Client(unsent, managementKey: null);
        var forbidden = new RecordingHandler(HttpStatusCode.Forbidden, """{"error":{"code":403,"message":"Only management keys can perform this operation"}}""");
        using OpenRouterClient inferenceKey = Client(forbidden, managementKey: ApiKey);

        (await FluentActions.Awaiting(() => withoutKey.Activity.QueryAnalyticsAsync(SpecQuery(), Ct)).Should().ThrowAsync<InvalidOperationException>())
            .Which.Message.Should().Contain("POST /analytics/query").And.Contain("OpenRouterClientOptions.ManagementKey");
        unsent.Requests.Should().BeEmpty();
        OpenRouterPermissionDeniedException e = (await FluentActions.Awaiting(() => inferenceKey.Activity.QueryAnalyticsAsync(SpecQuery(), Ct))
            .Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;
        e.Message.Should().StartWith("POST /analytics/query was refused (HTTP 403)").And.Contain("management key").And.NotContain(ApiKey);
        forbidden.Requests.Single().Headers.Authorization!.Parameter.Should().Be(ApiKey);
    }

    [Fact]
    public void Filter_values_are_written_as_the_spec_shapes_and_copied()
    {
        string[] models = ["a", "b"];
        AnalyticsFilterValue list = models;
        models[0] = "changed";

        list.ToString().Should().Be("""["a","b"]""", "the list was copied");
        list.IsList.Should().BeTrue();
        ((AnalyticsFilterValue)"x").ToString().Should().Be("\"x\"");
        ((AnalyticsFilterValue)"x").IsList.Should().BeFalse();
        ((AnalyticsFilterValue)3).ToString().Should().Be("3");
        AnalyticsFilterValue.Of(0.1m).ToString().Should().Be("0.1");
        AnalyticsFilterValue.Of(new List<decimal> { 1m, 2.5m }).ToString().Should().Be("[1,2.5]");
        FluentActions.Invoking(() => AnalyticsFilterValue.Of((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => AnalyticsFilterValue.Of(new[] { "a", null! })).Should().Throw<ArgumentException>().WithParameterName("values");
    }

    [Theory]
    [InlineData("\"m\"", "\"m\"")]
    [InlineData("12.5", "12.5")]
    [InlineData("[\"a\",\"b\"]", "[\"a\",\"b\"]")]
    [InlineData("[1,2]", "[1,2]")]
    [InlineData("[\"a\",2]", "[\"a\",\"2\"]")]
    public void Filter_values_read_back_from_json(string json, string written)
    {
        AnalyticsFilterValue value = JsonSerializer.Deserialize(json, OpenRouter.Sdk.Serialization.OpenRouterJsonContext.Default.AnalyticsFilterValue)!;

        value.ToString().Should().Be(written);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[true]")]
    public void A_filter_value_of_another_shape_is_not_read(string json)
    {
        FluentActions.Invoking(() => JsonSerializer.Deserialize(json, OpenRouter.Sdk.Serialization.OpenRouterJsonContext.Default.AnalyticsFilterValue))
            .Should().Throw<JsonException>();
    }
}
