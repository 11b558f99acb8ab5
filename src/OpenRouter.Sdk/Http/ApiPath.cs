using System;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// An endpoint's path relative to the base URL, built so that a value from the caller (a model id, a generation id)
/// can never change which endpoint is called: every such value goes in as one escaped segment or one escaped query
/// value, never concatenated as it is. The pipeline accepts only this type as a path.
/// </summary>
internal readonly struct ApiPath
{
    private ApiPath(string value)
    {
        Value = value;
    }

    /// <summary>The path as sent, relative to the base URL (<c>models/openai/gpt-4o/endpoints</c>).</summary>
    public string Value { get; }

    /// <summary>A fixed resource path written in the SDK itself (<c>chat/completions</c>), never a caller's value.</summary>
    public static ApiPath Of(string resource) => new(Argument.NotBlank(resource));

    /// <summary>Appends a fixed segment written in the SDK itself (<c>endpoints</c>).</summary>
    public ApiPath Then(string fixedSegment) => new(Value + "/" + Argument.NotBlank(fixedSegment));

    /// <summary>Appends a caller's value as one segment, escaped; <c>.</c> and <c>..</c> are refused, since they would move up the path.</summary>
    public ApiPath Segment(string value)
    {
        Argument.NotBlank(value);
        Argument.Requires(value is not ("." or ".."), $"'{value}' cannot be a path segment.", nameof(value));
        return new ApiPath(Value + "/" + Uri.EscapeDataString(value));
    }

    /// <summary>Appends a query parameter whose value is escaped.</summary>
    public ApiPath Query(string name, string value) =>
        new(Value + (Value.IndexOf('?') >= 0 ? "&" : "?") + Argument.NotBlank(name) + "=" + Uri.EscapeDataString(Argument.NotNull(value)));

    /// <summary>Appends a query string whose builder escaped each value itself (<c>?a=1&amp;b=x%20y</c>), or nothing for null or empty.</summary>
    public ApiPath WithEncodedQuery(string? query) =>
        string.IsNullOrEmpty(query) ? this : new ApiPath(Value + query);

    /// <summary>The path without its query, as logs and messages name the operation.</summary>
    public string WithoutQuery() => Value.IndexOf('?') is int q and >= 0 ? Value.Substring(0, q) : Value;

    /// <inheritdoc />
    public override string ToString() => Value;
}
