using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk;

/// <summary>
/// Distributed tracing of chat calls. Every chat completion (streamed or not) is an <see cref="Activity"/> of the
/// <see cref="ActivitySource"/> named <see cref="ActivitySourceName"/>, tagged after the OpenTelemetry GenAI semantic
/// conventions: <c>gen_ai.operation.name</c>, <c>gen_ai.provider.name</c> (<c>openrouter</c>),
/// <c>gen_ai.request.*</c>, <c>gen_ai.response.model</c>, <c>gen_ai.response.id</c>,
/// <c>gen_ai.response.finish_reasons</c>, <c>gen_ai.usage.input_tokens</c>, <c>gen_ai.usage.output_tokens</c>,
/// <c>error.type</c>, plus <c>openrouter.provider</c> (the upstream provider that served the call) and
/// <c>openrouter.cost</c> (USD). Prompts and completions are never recorded.
/// Beside the traces, the <see cref="System.Diagnostics.Metrics.Meter"/> named <see cref="MeterName"/> records the
/// OpenTelemetry GenAI client metrics of chat, Responses API and embeddings calls (<c>gen_ai.client.operation.duration</c>,
/// <c>gen_ai.client.token.usage</c>, <c>gen_ai.client.operation.time_to_first_chunk</c>; see
/// <see cref="OpenRouterClientOptions.EnableGenAIMetrics"/>), their cost (<c>openrouter.client.cost</c>, USD) and the
/// retries of the resilience pipeline (<c>openrouter.client.retries</c>).
/// </summary>
/// <remarks>
/// Nothing is created or measured unless a listener is attached, for example
/// <c>builder.Services.AddOpenTelemetry().WithTracing(t =&gt; t.AddSource(OpenRouterTelemetry.ActivitySourceName)).WithMetrics(m =&gt; m.AddMeter(OpenRouterTelemetry.MeterName))</c>.
/// </remarks>
public static class OpenRouterTelemetry
{
    /// <summary>The name of the SDK's <see cref="ActivitySource"/>: <c>OpenRouter.Sdk</c>.</summary>
    public const string ActivitySourceName = "OpenRouter.Sdk";

    /// <summary>The name of the SDK's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>OpenRouter.Sdk</c>, like the ActivitySource.</summary>
    public const string MeterName = ActivitySourceName;

    internal const string OperationName = "chat";
    internal const string EmbeddingsOperationName = "embeddings";
    internal const string ProviderName = "openrouter";

    internal static readonly ActivitySource Source = new(ActivitySourceName, typeof(OpenRouterTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Runs a non-streaming chat call inside an activity and measured when someone listens; otherwise just runs it.</summary>
    internal static Task<ChatCompletion> TraceChatCompletionAsync<TState>(ChatCompletionRequest request, TelemetryTarget target, TState state,
        Func<TState, CancellationToken, Task<ChatCompletion>> send, CancellationToken cancellationToken)
    {
        return target.IsObserved ? TraceAsync(request, target, state, send, cancellationToken) : send(state, cancellationToken);

        static async Task<ChatCompletion> TraceAsync(ChatCompletionRequest request, TelemetryTarget target, TState state,
            Func<TState, CancellationToken, Task<ChatCompletion>> send, CancellationToken cancellationToken)
        {
            using Activity? activity = StartChat(request, target.Endpoint);
            OperationMetrics? metrics = OperationMetrics.Start(OperationName, request.Model, target);
            ChatCompletion completion;
            try
            {
                completion = await send(state, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                RecordError(activity, e);
                metrics?.End(null, null, null, null, e);
                throw;
            }

            if (activity is { IsAllDataRequested: true } || metrics is not null)
            {
                var recorder = new ResponseRecorder(target.Secrets);
                recorder.Observe(completion);
                recorder.ApplyTo(activity);
                recorder.ApplyTo(metrics, null);
            }

            return completion;
        }
    }

    /// <summary>Runs an embeddings call measured when someone listens to the metrics; otherwise just runs it.</summary>
    internal static Task<EmbeddingsResponse> MeasureEmbeddingsAsync<TState>(string? model, TelemetryTarget target, TState state,
        Func<TState, CancellationToken, Task<EmbeddingsResponse>> send, CancellationToken cancellationToken)
    {
        OperationMetrics? metrics = OperationMetrics.Start(EmbeddingsOperationName, model, target);
        return metrics is null ? send(state, cancellationToken) : MeasureAsync(metrics, target.Secrets, state, send, cancellationToken);

        static async Task<EmbeddingsResponse> MeasureAsync(OperationMetrics metrics, ClientSecrets? secrets, TState state,
            Func<TState, CancellationToken, Task<EmbeddingsResponse>> send, CancellationToken cancellationToken)
        {
            EmbeddingsResponse response;
            try
            {
                response = await send(state, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                metrics.End(null, null, null, null, e);
                throw;
            }

            string? model = string.IsNullOrEmpty(response.Model) ? null : SecretRedactor.Redact(response.Model, secrets);
            metrics.End(model, response.Usage?.PromptTokens, null, response.Usage?.Cost, null);
            return response;
        }
    }

    /// <summary>
    /// Wraps a chunk stream in an activity, and its measurement, that last until the stream ends, fails or is
    /// abandoned; the time to the first chunk is measured from the start of the enumeration, which sends the request.
    /// </summary>
    [SuppressMessage("Usage", "VSTHRD200:Use \"Async\" suffix for async methods", Justification = "Returns the stream it wraps without starting it; the public methods that hand the stream out carry the Async name.")]
    internal static IAsyncEnumerable<ChatCompletionChunk> TraceChatStream(ChatCompletionRequest request, TelemetryTarget target, IAsyncEnumerable<ChatCompletionChunk> chunks) =>
        target.IsObserved ? TraceStreamAsync(request, target, chunks, default) : chunks;

    private static async IAsyncEnumerable<ChatCompletionChunk> TraceStreamAsync(ChatCompletionRequest request, TelemetryTarget target,
        IAsyncEnumerable<ChatCompletionChunk> chunks, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using Activity? activity = StartChat(request, target.Endpoint);
        OperationMetrics? metrics = OperationMetrics.Start(OperationName, request.Model, target);
        ResponseRecorder? recorder = activity is { IsAllDataRequested: true } || metrics is not null ? new ResponseRecorder(target.Secrets) : null;
        Exception? failure = null;
        IAsyncEnumerator<ChatCompletionChunk> enumerator = chunks.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                ChatCompletionChunk chunk;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    chunk = enumerator.Current;
                }
                catch (Exception e)
                {
                    failure = e;
                    RecordError(activity, e);
                    throw;
                }

                recorder?.Observe(chunk);
                if (metrics is { AwaitsFirstChunk: true })
                {
                    metrics.FirstChunk(recorder!.ResponseModel);
                }

                yield return chunk;
            }
        }
        finally
        {
            recorder?.ApplyTo(activity);
            recorder?.ApplyTo(metrics, failure);
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Starts a <c>chat</c> activity with the request tags, or returns null when nobody listens.</summary>
    internal static Activity? StartChat(ChatCompletionRequest request, Uri? endpoint)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        string? model = request.Model;
        Activity? activity = Source.StartActivity(string.IsNullOrEmpty(model) ? OperationName : OperationName + " " + model, ActivityKind.Client);
        if (activity is not { IsAllDataRequested: true })
        {
            return activity;
        }

        activity.SetTag("gen_ai.operation.name", OperationName);
        activity.SetTag("gen_ai.provider.name", ProviderName);
        SetIfNotNull(activity, "gen_ai.request.model", model);
        SetIfNotNull(activity, "gen_ai.request.temperature", request.Temperature);
        SetIfNotNull(activity, "gen_ai.request.top_p", request.TopP);
        SetIfNotNull(activity, "gen_ai.request.top_k", request.TopK);
        SetIfNotNull(activity, "gen_ai.request.max_tokens", request.MaxCompletionTokens ?? request.MaxTokens);
        SetIfNotNull(activity, "gen_ai.request.frequency_penalty", request.FrequencyPenalty);
        SetIfNotNull(activity, "gen_ai.request.presence_penalty", request.PresencePenalty);
        SetIfNotNull(activity, "gen_ai.request.seed", request.Seed);
        if (request.Stop is { Count: > 0 } stop)
        {
            activity.SetTag("gen_ai.request.stop_sequences", new List<string>(stop).ToArray());
        }

        if (endpoint is { IsAbsoluteUri: true })
        {
            activity.SetTag("server.address", endpoint.Host);
            activity.SetTag("server.port", endpoint.Port);
        }

        return activity;
    }

    /// <summary>Marks the activity failed with a low-cardinality <c>error.type</c> (the exception type); the message is not recorded.</summary>
    internal static void RecordError(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("error.type", exception.GetType().FullName);
        activity.SetStatus(ActivityStatusCode.Error);
    }

    private static void SetIfNotNull(Activity activity, string name, object? value)
    {
        if (value is not null)
        {
            activity.SetTag(name, value);
        }
    }

    /// <summary>Collects the response tags from a completion or from the chunks of a stream.</summary>
    private sealed class ResponseRecorder
    {
        // A server may echo a key in any text it sends (an id, a model or provider name): tags are exported to tracing
        // backends, so what goes into them passes the same redaction as exceptions and logs.
        private readonly ClientSecrets? _secrets;
        private string? _id;
        private string? _model;
        private string? _provider;
        private List<string>? _finishReasons;
        private HashSet<int>? _finishedChoices;
        private Usage? _usage;

        public ResponseRecorder(ClientSecrets? secrets)
        {
            _secrets = secrets;
        }

        public void Observe(ChatCompletion completion)
        {
            Observe(completion.Id, completion.Model, completion.Provider, completion.Usage);
            foreach (ChatCompletionChoice choice in completion.Choices)
            {
                AddFinish(choice.Index, choice.FinishReason);
            }
        }

        public void Observe(ChatCompletionChunk chunk)
        {
            Observe(chunk.Id, chunk.Model, chunk.Provider, chunk.Usage);
            foreach (ChatCompletionChunkChoice choice in chunk.Choices)
            {
                AddFinish(choice.Index, choice.FinishReason);
            }
        }

        /// <summary>The model the server named, redacted like every response-derived tag.</summary>
        public string? ResponseModel => SecretRedactor.Redact(_model, _secrets);

        public void ApplyTo(Activity? activity)
        {
            if (activity is not { IsAllDataRequested: true })
            {
                return;
            }

            SetIfNotNull(activity, "gen_ai.response.id", SecretRedactor.Redact(_id, _secrets));
            SetIfNotNull(activity, "gen_ai.response.model", ResponseModel);
            SetIfNotNull(activity, "openrouter.provider", SecretRedactor.Redact(_provider, _secrets));
            if (_finishReasons is not null)
            {
                activity.SetTag("gen_ai.response.finish_reasons", _finishReasons.ToArray());
            }

            if (_usage is { } usage)
            {
                activity.SetTag("gen_ai.usage.input_tokens", usage.PromptTokens);
                activity.SetTag("gen_ai.usage.output_tokens", usage.CompletionTokens);
                if (usage.Cost is { } cost)
                {
                    activity.SetTag("openrouter.cost", (double)cost);
                }
            }
        }

        public void ApplyTo(OperationMetrics? metrics, Exception? failure) =>
            metrics?.End(ResponseModel, _usage?.PromptTokens, _usage?.CompletionTokens, _usage?.Cost, failure);

        private void Observe(string? id, string? model, string? provider, Usage? usage)
        {
            _id ??= string.IsNullOrEmpty(id) ? null : id;
            _model ??= string.IsNullOrEmpty(model) ? null : model;
            _provider ??= string.IsNullOrEmpty(provider) ? null : provider;
            _usage = usage ?? _usage;
        }

        // The usage chunk may repeat the finish reason: one entry per choice, the first non-null one.
        private void AddFinish(int index, FinishReason? reason)
        {
            if (reason is { } value && (_finishedChoices ??= new HashSet<int>()).Add(index))
            {
                (_finishReasons ??= new List<string>()).Add(value.Value);
            }
        }
    }
}
