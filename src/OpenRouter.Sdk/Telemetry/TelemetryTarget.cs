using System;

namespace OpenRouter.Sdk;

/// <summary>Where a call's telemetry goes and what it needs: the server, the keys to redact, the clock and whether GenAI metrics are on.</summary>
internal readonly struct TelemetryTarget
{
    public TelemetryTarget(Uri? endpoint, ClientSecrets? secrets, TimeProvider time, bool genAIMetrics)
    {
        Endpoint = endpoint;
        Secrets = secrets;
        Time = time;
        GenAIMetrics = genAIMetrics;
    }

    /// <summary>The API root, for <c>server.address</c> and <c>server.port</c>; null when unknown.</summary>
    public Uri? Endpoint { get; }

    /// <summary>The client's keys, removed from every tag a response fills.</summary>
    public ClientSecrets? Secrets { get; }

    /// <summary>The client's clock, which times the call.</summary>
    public TimeProvider Time { get; }

    /// <summary>Whether the client records the <c>gen_ai.client.*</c> metrics (<see cref="OpenRouterClientOptions.EnableGenAIMetrics"/>).</summary>
    public bool GenAIMetrics { get; }

    /// <summary>Whether anything listens to this call: the ActivitySource or one of the instruments the call records.</summary>
    public bool IsObserved => OpenRouterTelemetry.Source.HasListeners() || OpenRouterMetrics.IsEnabled(GenAIMetrics);
}
