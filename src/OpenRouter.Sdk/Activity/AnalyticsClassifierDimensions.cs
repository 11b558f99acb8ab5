using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Groups an analytics query by the tags of a classifier (<see cref="AnalyticsQueryRequest.ClassifierDimensions"/>);
/// the workspace needs an active classifier.
/// </summary>
public sealed class AnalyticsClassifierDimensions
{
    /// <summary>The classifier's id (a UUID). (<c>classifier_id</c>, required)</summary>
    [JsonPropertyName("classifier_id")]
    public string ClassifierId { get; set; } = string.Empty;

    /// <summary>
    /// The classifier dimensions to group by, at most two (snake_case names such as <c>department</c>); each becomes a
    /// column of its name. Null or empty groups by every dimension, in <c>clf_dimension_name</c> and
    /// <c>clf_dimension_value</c> columns (one row per name and value). (<c>dimension_names</c>)
    /// </summary>
    [JsonPropertyName("dimension_names")]
    public IList<string>? DimensionNames { get; set; }

    /// <summary>Whether generations the classifier did not tag are counted too; the server's default is false. (<c>include_nulls</c>)</summary>
    [JsonPropertyName("include_nulls")]
    public bool? IncludeNulls { get; set; }
}
