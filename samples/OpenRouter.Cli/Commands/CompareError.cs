using System.Text.Json.Serialization;

namespace OpenRouter.Cli.Commands;

/// <summary>Why a model of <c>openrouter compare</c> failed, in the shape of the CLI's JSON errors.</summary>
/// <param name="Message">What went wrong, on one line.</param>
/// <param name="Type">The kind of error (the API's type, or <c>not_found</c>, <c>rate_limit</c>, ...).</param>
/// <param name="Status">The HTTP status, when there was one.</param>
public sealed record CompareError(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("status")] int? Status);
