using System;
using System.Diagnostics;

namespace OpenRouter.Sdk;

/// <summary>
/// The measurements of one GenAI operation, timed on the client's clock from its start: the duration (with
/// <c>error.type</c> when it failed), the time to the first chunk of a stream, the input and output tokens and the cost.
/// </summary>
internal sealed class OperationMetrics
{
    private readonly string _operation;
    private readonly string? _requestModel;
    private readonly TelemetryTarget _target;
    private readonly long _started;
    private bool _firstChunk;

    private OperationMetrics(string operation, string? requestModel, TelemetryTarget target)
    {
        _operation = operation;
        _requestModel = string.IsNullOrEmpty(requestModel) ? null : SecretRedactor.Redact(requestModel, target.Secrets);
        _target = target;
        _started = target.Time.GetTimestamp();
    }

    /// <summary>Starts measuring an operation, or returns null when none of its instruments is listened to.</summary>
    public static OperationMetrics? Start(string operation, string? requestModel, TelemetryTarget target) =>
        OpenRouterMetrics.IsEnabled(target.GenAIMetrics) ? new OperationMetrics(operation, requestModel, target) : null;

    /// <summary>Whether the first chunk of a stream is still to come.</summary>
    public bool AwaitsFirstChunk => !_firstChunk;

    /// <summary>Records the time to the first chunk of a stream, once.</summary>
    /// <param name="responseModel">The model the server named so far, already redacted.</param>
    public void FirstChunk(string? responseModel)
    {
        if (_firstChunk)
        {
            return;
        }

        _firstChunk = true;
        if (_target.GenAIMetrics && OpenRouterMetrics.TimeToFirstChunk.Enabled)
        {
            TagList tags = Tags(responseModel);
            OpenRouterMetrics.TimeToFirstChunk.Record(_target.Time.GetElapsedTime(_started).TotalSeconds, tags);
        }
    }

    /// <summary>Records the end of the operation: its duration, the tokens and the cost the usage reports, and the failure if any.</summary>
    /// <param name="responseModel">The model the server named, already redacted.</param>
    /// <param name="inputTokens">The input (prompt) tokens, if the response reported them.</param>
    /// <param name="outputTokens">The output (completion) tokens, if the response reported them.</param>
    /// <param name="cost">The cost in USD, if the response reported it.</param>
    /// <param name="failure">The exception the operation ended with, or null.</param>
    public void End(string? responseModel, long? inputTokens, long? outputTokens, decimal? cost, Exception? failure)
    {
        double seconds = _target.Time.GetElapsedTime(_started).TotalSeconds;
        TagList tags = Tags(responseModel);
        if (_target.GenAIMetrics)
        {
            if (OpenRouterMetrics.TokenUsage.Enabled)
            {
                RecordTokens(tags, "input", inputTokens);
                RecordTokens(tags, "output", outputTokens);
            }

            if (OpenRouterMetrics.Duration.Enabled)
            {
                TagList durationTags = tags;
                if (failure is not null)
                {
                    durationTags.Add("error.type", failure.GetType().FullName);
                }

                OpenRouterMetrics.Duration.Record(seconds, durationTags);
            }
        }

        if (cost is { } usd && usd >= 0 && OpenRouterMetrics.Cost.Enabled)
        {
            OpenRouterMetrics.Cost.Add((double)usd, tags);
        }
    }

    private static void RecordTokens(TagList tags, string type, long? count)
    {
        if (count is { } value && value >= 0)
        {
            tags.Add("gen_ai.token.type", type);
            OpenRouterMetrics.TokenUsage.Record(value, tags);
        }
    }

    private TagList Tags(string? responseModel)
    {
        var tags = new TagList
        {
            { "gen_ai.operation.name", _operation },
            { "gen_ai.provider.name", OpenRouterTelemetry.ProviderName },
        };
        if (_requestModel is not null)
        {
            tags.Add("gen_ai.request.model", _requestModel);
        }

        if (!string.IsNullOrEmpty(responseModel))
        {
            tags.Add("gen_ai.response.model", responseModel);
        }

        if (_target.Endpoint is { IsAbsoluteUri: true } endpoint)
        {
            tags.Add("server.address", endpoint.Host);
            tags.Add("server.port", endpoint.Port);
        }

        return tags;
    }
}
