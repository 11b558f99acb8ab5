using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace OpenRouter.Sdk.Tests.Telemetry;

/// <summary>
/// One collector per instrument of the <c>OpenRouter.Sdk</c> meter. Collectors see the measurements of every test
/// running in parallel, so <see cref="Of"/> keeps those of one model id.
/// </summary>
internal sealed class Collectors : IDisposable
{
    public MetricCollector<double> Duration { get; } = new(OpenRouterMetrics.Meter, "gen_ai.client.operation.duration");

    public MetricCollector<long> Tokens { get; } = new(OpenRouterMetrics.Meter, "gen_ai.client.token.usage");

    public MetricCollector<double> FirstChunk { get; } = new(OpenRouterMetrics.Meter, "gen_ai.client.operation.time_to_first_chunk");

    public MetricCollector<double> Cost { get; } = new(OpenRouterMetrics.Meter, "openrouter.client.cost");

    public MetricCollector<long> Retries { get; } = new(OpenRouterMetrics.Meter, "openrouter.client.retries");

    public static List<CollectedMeasurement<T>> Of<T>(MetricCollector<T> collector, string model)
        where T : struct =>
        collector.GetMeasurementSnapshot().Where(m => m.Tags.TryGetValue("gen_ai.request.model", out object? v) && (v as string) == model).ToList();

    public void Dispose()
    {
        Duration.Dispose();
        Tokens.Dispose();
        FirstChunk.Dispose();
        Cost.Dispose();
        Retries.Dispose();
    }
}
