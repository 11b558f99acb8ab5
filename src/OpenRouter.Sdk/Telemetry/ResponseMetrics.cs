using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;

namespace OpenRouter.Sdk;

/// <summary>
/// The GenAI client metrics of Responses API calls, as for chat completions (operation <c>chat</c>, the name the
/// OpenTelemetry GenAI conventions give both): <c>gen_ai.client.operation.duration</c>,
/// <c>gen_ai.client.token.usage</c>, <c>gen_ai.client.operation.time_to_first_chunk</c> (the first event of a stream)
/// and <c>openrouter.client.cost</c>. Nothing is measured unless one of the instruments is listened to.
/// </summary>
internal static class ResponseMetrics
{
    /// <summary>Runs a unary Responses call measured when someone listens to the metrics; otherwise just runs it.</summary>
    public static Task<OpenRouterResponse> MeasureAsync<TState>(string? model, OpenRouterPipeline pipeline, TState state,
        Func<TState, CancellationToken, Task<OpenRouterResponse>> send, CancellationToken cancellationToken)
    {
        TelemetryTarget target = TargetOf(pipeline);
        OperationMetrics? metrics = OperationMetrics.Start(OpenRouterTelemetry.OperationName, model, target);
        return metrics is null ? send(state, cancellationToken) : MeasureCoreAsync(metrics, target.Secrets, state, send, cancellationToken);

        static async Task<OpenRouterResponse> MeasureCoreAsync(OperationMetrics metrics, ClientSecrets? secrets, TState state,
            Func<TState, CancellationToken, Task<OpenRouterResponse>> send, CancellationToken cancellationToken)
        {
            OpenRouterResponse response;
            try
            {
                response = await send(state, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                metrics.End(null, null, null, null, e);
                throw;
            }

            metrics.End(ModelOf(response, secrets), response.Usage?.InputTokens, response.Usage?.OutputTokens, response.Usage?.Cost, null);
            return response;
        }
    }

    /// <summary>
    /// Wraps a stream of events in a measurement that lasts until the stream ends, fails or is abandoned; the time to
    /// the first event is measured from the start of the enumeration, which sends the request.
    /// </summary>
    [SuppressMessage("Usage", "VSTHRD200:Use \"Async\" suffix for async methods", Justification = "Returns the stream it wraps without starting it; the public method that hands the stream out carries the Async name.")]
    public static IAsyncEnumerable<ResponseStreamEvent> MeasureStream(string? model, OpenRouterPipeline pipeline, IAsyncEnumerable<ResponseStreamEvent> events)
    {
        TelemetryTarget target = TargetOf(pipeline);
        return OpenRouterMetrics.IsEnabled(target.GenAIMetrics) ? MeasureStreamAsync(model, target, events, default) : events;
    }

    private static async IAsyncEnumerable<ResponseStreamEvent> MeasureStreamAsync(string? model, TelemetryTarget target,
        IAsyncEnumerable<ResponseStreamEvent> events, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        OperationMetrics? metrics = OperationMetrics.Start(OpenRouterTelemetry.OperationName, model, target);
        string? responseModel = null;
        ResponseUsage? usage = null;
        Exception? failure = null;
        IAsyncEnumerator<ResponseStreamEvent> enumerator = events.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                ResponseStreamEvent streamEvent;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    streamEvent = enumerator.Current;
                }
                catch (Exception e)
                {
                    failure = e;
                    throw;
                }

                if (streamEvent is ResponseStateEvent state)
                {
                    responseModel = ModelOf(state.Response, target.Secrets) ?? responseModel;
                    usage = state.Response.Usage ?? usage;
                }

                if (metrics is { AwaitsFirstChunk: true })
                {
                    metrics.FirstChunk(responseModel);
                }

                yield return streamEvent;
            }
        }
        finally
        {
            metrics?.End(responseModel, usage?.InputTokens, usage?.OutputTokens, usage?.Cost, failure);
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static TelemetryTarget TargetOf(OpenRouterPipeline pipeline) =>
        new(pipeline.Options.BaseUrl, pipeline.Secrets, pipeline.Time, pipeline.Options.EnableGenAIMetrics);

    private static string? ModelOf(OpenRouterResponse response, ClientSecrets? secrets) =>
        string.IsNullOrEmpty(response.Model) ? null : SecretRedactor.Redact(response.Model, secrets);
}
