using System.Collections.Generic;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>The limits of <c>POST /analytics/query</c> from the spec, checked before a query is sent.</summary>
internal static class AnalyticsQueryChecks
{
    private const string Param = "request";

    public static void Validate(AnalyticsQueryRequest? request)
    {
        Argument.NotNull(request);
        IList<AnalyticsMetric>? metrics = request.Metrics;
        Argument.Requires(metrics is { Count: > 0 }, "A query needs at least one metric (AnalyticsQueryRequest.Metrics).", Param);
        foreach (AnalyticsMetric metric in metrics)
        {
            Argument.Requires(!IsBlank(metric.Value), "A metric of the query is empty (AnalyticsQueryRequest.Metrics).", Param);
        }

        if (request.Dimensions is { } dimensions)
        {
            Argument.Requires(dimensions.Count <= 2, $"A query groups by at most 2 dimensions; it has {dimensions.Count} (AnalyticsQueryRequest.Dimensions).", Param);
            foreach (AnalyticsDimension dimension in dimensions)
            {
                Argument.Requires(!IsBlank(dimension.Value), "A dimension of the query is empty (AnalyticsQueryRequest.Dimensions).", Param);
            }
        }

        if (request.Filters is { } filters)
        {
            Argument.Requires(filters.Count <= 20, $"A query has at most 20 filters; it has {filters.Count} (AnalyticsQueryRequest.Filters).", Param);
            foreach (AnalyticsFilter filter in filters)
            {
                Argument.Requires(filter is not null, "A filter of the query is null (AnalyticsQueryRequest.Filters).", Param);
                Argument.Requires(!IsBlank(filter.Field.Value) && !IsBlank(filter.Operator.Value) && filter.Value is not null,
                    "A filter needs a field, an operator and a value (AnalyticsFilter).", Param);
            }
        }

        if (request.Granularity is { } granularity)
        {
            Argument.Requires(!IsBlank(granularity.Value), "The query's granularity is empty (AnalyticsQueryRequest.Granularity).", Param);
        }

        if (request.TimeRange is { } range)
        {
            Argument.Requires(range.End > range.Start, "A time range ends after it starts (AnalyticsTimeRange.Start, End).", Param);
        }

        if (request.OrderBy is { } order)
        {
            Argument.Requires(!IsBlank(order.Field) && !IsBlank(order.Direction.Value), "An order needs a field and a direction (AnalyticsOrderBy).", Param);
        }

        Argument.InRange(request.Limit is null or >= 1, request.Limit, "A query's limit is at least 1 (AnalyticsQueryRequest.Limit).", Param);
        Argument.InRange(request.GroupLimit is null or >= 1, request.GroupLimit, "A query's group limit is at least 1 (AnalyticsQueryRequest.GroupLimit).", Param);
        CheckClassifiers(request);
    }

    private static void CheckClassifiers(AnalyticsQueryRequest request)
    {
        if (request.ClassifierDimensions is { } dimensions)
        {
            Argument.Requires(!IsBlank(dimensions.ClassifierId), "Classifier dimensions need a classifier id (AnalyticsClassifierDimensions.ClassifierId).", Param);
            Argument.Requires(dimensions.DimensionNames is null || dimensions.DimensionNames.Count <= 2,
                "At most 2 classifier dimension names (AnalyticsClassifierDimensions.DimensionNames).", Param);
            foreach (string name in dimensions.DimensionNames ?? [])
            {
                Argument.Requires(!IsBlank(name), "A classifier dimension name is empty (AnalyticsClassifierDimensions.DimensionNames).", Param);
            }
        }

        if (request.ClassifierFilters is { } filters)
        {
            Argument.Requires(!IsBlank(filters.ClassifierId), "Classifier filters need a classifier id (AnalyticsClassifierFilters.ClassifierId).", Param);
            Argument.Requires(filters.Filters is { Count: >= 1 and <= 10 }, "Classifier filters hold 1 to 10 filters (AnalyticsClassifierFilters.Filters).", Param);
            foreach (AnalyticsClassifierFilter filter in filters.Filters)
            {
                Argument.Requires(filter is not null && !IsBlank(filter.Field) && !IsBlank(filter.Operator.Value) && filter.Value is not null,
                    "A classifier filter needs a field, an operator and a value (AnalyticsClassifierFilter).", Param);
            }
        }

        if (request.ClassifierDimensions is { } d && request.ClassifierFilters is { } f)
        {
            Argument.Requires(d.ClassifierId == f.ClassifierId, "Classifier dimensions and filters must name the same classifier (ClassifierId).", Param);
        }
    }

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);
}
