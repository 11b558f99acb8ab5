namespace OpenRouter.Sdk.ConformanceTests.Coverage;

/// <summary>
/// A spec operation the SDK calls, and how to call it through the public API.
/// </summary>
/// <param name="OperationId">The spec's operationId.</param>
/// <param name="SdkMethod">The public SDK member that calls it, as a reader finds it (<c>IOpenRouterClient.ListModelsAsync</c>).</param>
/// <param name="Invoke">Calls the SDK once; returns the object the SDK hands back (for a stream: its first chunk).</param>
/// <param name="ResponseMediaType">The success media type the SDK reads: <c>application/json</c> or <c>text/event-stream</c>.</param>
/// <param name="ResultPath">Where in the success body the object the SDK returns lives: <c>data</c> for the <c>{"data": ...}</c> envelope, empty for the whole body.</param>
public sealed record CoveredOperation(
    string OperationId,
    string SdkMethod,
    Func<OpenRouterClient, CancellationToken, Task<object?>> Invoke,
    string ResponseMediaType = "application/json",
    string ResultPath = "data")
{
    /// <summary>Path segments to the SDK result.</summary>
    public IReadOnlyList<string> ResultSegments => ResultPath.Length == 0 ? [] : ResultPath.Split('/');

    public bool IsStream => ResponseMediaType == "text/event-stream";

    public override string ToString() => $"{OperationId} via {SdkMethod}";
}
