using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http;
using Polly;

namespace OpenRouter.Sdk;

/// <summary>
/// The SDK's instruments, on the <see cref="Meter"/> named <see cref="OpenRouterTelemetry.MeterName"/> (like the
/// ActivitySource): the OpenTelemetry GenAI client metrics (<c>gen_ai.client.*</c>) and the SDK's own
/// <c>openrouter.client.cost</c> and <c>openrouter.client.retries</c>. An instrument nobody listens to records nothing,
/// and a call measures nothing unless one of them is listened to.
/// </summary>
internal static class OpenRouterMetrics
{
    public const string DurationName = "gen_ai.client.operation.duration";
    public const string TokenUsageName = "gen_ai.client.token.usage";
    public const string TimeToFirstChunkName = "gen_ai.client.operation.time_to_first_chunk";
    public const string CostName = "openrouter.client.cost";
    public const string RetriesName = "openrouter.client.retries";

    // The explicit bucket boundaries the GenAI semantic conventions advise for these histograms.
    private static readonly double[] SecondsBuckets = { 0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92 };
    private static readonly long[] TokenBuckets = { 1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864 };

    public static readonly Meter Meter = new(OpenRouterTelemetry.MeterName, typeof(OpenRouterMetrics).Assembly.GetName().Version?.ToString());

    public static readonly Histogram<double> Duration = Meter.CreateHistogram(DurationName, "s", "GenAI operation duration.",
        tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });

    public static readonly Histogram<long> TokenUsage = Meter.CreateHistogram(TokenUsageName, "{token}", "Number of input and output tokens used.",
        tags: null, new InstrumentAdvice<long> { HistogramBucketBoundaries = TokenBuckets });

    public static readonly Histogram<double> TimeToFirstChunk = Meter.CreateHistogram(TimeToFirstChunkName, "s",
        "Time from the start of a streamed GenAI operation to its first chunk.", tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });

    public static readonly Counter<double> Cost = Meter.CreateCounter<double>(CostName, "USD", "What OpenRouter charged for the operations, as reported in their usage.");

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(RetriesName, "{retry}", "Retries the SDK's resilience pipeline scheduled.");

    /// <summary>Whether a call needs measuring: someone listens to the cost, or to a GenAI instrument the client records.</summary>
    public static bool IsEnabled(bool genAIMetrics) =>
        Cost.Enabled || (genAIMetrics && (Duration.Enabled || TokenUsage.Enabled || TimeToFirstChunk.Enabled));

    /// <summary>
    /// Counts a retry the pipeline scheduled, tagged with what caused it: <c>error.type</c> (the status code, or the
    /// exception's type), <c>http.response.status_code</c>, and the server when the failed response names its request.
    /// </summary>
    public static void RecordRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (!Retries.Enabled)
        {
            return;
        }

        var tags = new TagList();
        if (outcome.Result is { } response)
        {
            int status = (int)response.StatusCode;
            tags.Add("error.type", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            tags.Add("http.response.status_code", status);
            if (response.RequestMessage?.RequestUri is { IsAbsoluteUri: true } uri)
            {
                tags.Add("server.address", uri.Host);
                tags.Add("server.port", uri.Port);
            }
        }
        else
        {
            tags.Add("error.type", outcome.Exception?.GetType().FullName ?? "_OTHER");
        }

        Retries.Add(1, tags);
    }
}
