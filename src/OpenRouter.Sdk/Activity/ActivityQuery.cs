using System;
using System.Globalization;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Filters for <see cref="OpenRouterActivityClient.GetActivityAsync"/> (query parameters of <c>GET /activity</c>).
/// Unset properties are not sent; without any filter the server returns the last 30 completed UTC days, one row per
/// day, model and endpoint, summed over all workspaces.
/// </summary>
public sealed class ActivityQuery
{
    /// <summary>
    /// Only this UTC day, one of the last 30 (<c>date</c>, sent as <c>YYYY-MM-DD</c>). Pass a date without a time
    /// of day, for example <c>new DateTime(2025, 8, 24)</c> or <c>DateTime.UtcNow.Date.AddDays(-1)</c>; the year,
    /// month and day are sent as given, whatever the <see cref="DateTime.Kind"/>. A value with a time of day is
    /// refused, because a local timestamp's day is not always its UTC day.
    /// </summary>
    public DateTime? Date { get; set; }

    /// <summary>Only the activity of one API key, by its hash (SHA-256 hex, as the keys API returns it). (<c>api_key_hash</c>)</summary>
    public string? ApiKeyHash { get; set; }

    /// <summary>Only the activity of one organization member, by user id (organization accounts only). (<c>user_id</c>)</summary>
    public string? UserId { get; set; }

    /// <summary>Only the activity attributed to one workspace of this account, by its id (a UUID). (<c>workspace_id</c>)</summary>
    public string? WorkspaceId { get; set; }

    /// <summary>
    /// Split every row per workspace and fill <see cref="ActivityItem.WorkspaceId"/>; by default rows are summed over
    /// all workspaces and carry no workspace id. (<c>group_by=workspace</c>)
    /// </summary>
    public bool GroupByWorkspace { get; set; }

    /// <summary>The query string, starting with <c>?</c>, or empty when nothing is set.</summary>
    /// <exception cref="ArgumentException"><see cref="Date"/> has a time of day.</exception>
    internal ApiPath AppendTo(ApiPath path)
    {
        if (Date is { } date)
        {
            Argument.Requires(date.TimeOfDay == TimeSpan.Zero,
                $"ActivityQuery.Date is a UTC calendar day and must have no time of day (got {date.ToString("o", CultureInfo.InvariantCulture)}); pass for example DateTime.UtcNow.Date.",
                "query");
            path = path.Query("date", date.ToString(CalendarDateConverter.Format, CultureInfo.InvariantCulture));
        }

        path = Add(path, "api_key_hash", ApiKeyHash);
        path = Add(path, "user_id", UserId);
        path = Add(path, "group_by", GroupByWorkspace ? "workspace" : null);
        return Add(path, "workspace_id", WorkspaceId);
    }

    private static ApiPath Add(ApiPath path, string name, string? value) =>
        string.IsNullOrEmpty(value) ? path : path.Query(name, value!);
}
