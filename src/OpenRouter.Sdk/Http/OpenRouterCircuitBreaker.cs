using System;

namespace OpenRouter.Sdk;

/// <summary>
/// An opt-in circuit breaker (<see cref="OpenRouterClientOptions.CircuitBreaker"/>; off by default): when at least
/// <see cref="FailureRatio"/> of the attempts sampled over <see cref="SamplingDuration"/> (and at least
/// <see cref="MinimumThroughput"/> of them) failed with a transient failure, further calls fail at once with
/// <see cref="OpenRouterCircuitOpenException"/> for <see cref="BreakDuration"/>, then one trial attempt decides whether
/// it closes again. Binds from the configuration keys <c>OpenRouter:CircuitBreaker:FailureRatio</c>,
/// <c>:MinimumThroughput</c>, <c>:SamplingDuration</c> and <c>:BreakDuration</c> (any of them turns it on).
/// </summary>
/// <remarks>
/// Transient failures are those <see cref="OpenRouterResiliencePredicates.IsTransient(Polly.Outcome{System.Net.Http.HttpResponseMessage})"/>
/// names (408, 429, 5xx, 524, 529, connection failures); a 4xx of the request's own making never counts. There is
/// one breaker per client (shared by clients made with <see cref="OpenRouterClient.WithOptions"/>, one per
/// <c>AddOpenRouter</c> registration), whatever the model: OpenRouter is a gateway, and most of its failures belong
/// to one model or provider, so a breaker that opens for all of them can stop calls that would have succeeded.
/// </remarks>
public sealed class OpenRouterCircuitBreaker
{
    /// <summary>The share of failed attempts, from 0 (exclusive) to 1, that opens the circuit (default 0.5).</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>The fewest attempts in a sampling period before the circuit may open (default 10, at least 2).</summary>
    public int MinimumThroughput { get; set; } = 10;

    /// <summary>The period whose attempts are sampled (default 30 s, at least 0.5 s).</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before a trial attempt (default 30 s, at least 0.5 s).</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Describes the breaker.</summary>
    public override string ToString() =>
        $"OpenRouterCircuitBreaker {{ FailureRatio = {FailureRatio}, MinimumThroughput = {MinimumThroughput}, SamplingDuration = {SamplingDuration}, BreakDuration = {BreakDuration} }}";

    /// <summary>A copy, so a client keeps the values it was built with.</summary>
    internal OpenRouterCircuitBreaker Clone() => (OpenRouterCircuitBreaker)MemberwiseClone();

    /// <summary>What is wrong with these settings, or null when they are usable (the ranges of the underlying Polly strategy).</summary>
    internal string? Validate(string sectionName)
    {
        string Key(string name) => $"OpenRouterClientOptions.CircuitBreaker.{name} (configuration key '{sectionName}:CircuitBreaker:{name}')";

        if (!(FailureRatio > 0 && FailureRatio <= 1))
        {
            return $"{Key(nameof(FailureRatio))} must be above 0 and at most 1, got {FailureRatio}.";
        }

        if (MinimumThroughput < 2)
        {
            return $"{Key(nameof(MinimumThroughput))} must be at least 2, got {MinimumThroughput}.";
        }

        TimeSpan shortest = TimeSpan.FromMilliseconds(500);
        TimeSpan longest = TimeSpan.FromDays(1);
        if (SamplingDuration < shortest || SamplingDuration > longest)
        {
            return $"{Key(nameof(SamplingDuration))} must be between 0.5 s and 1 day, got {SamplingDuration}.";
        }

        if (BreakDuration < shortest || BreakDuration > longest)
        {
            return $"{Key(nameof(BreakDuration))} must be between 0.5 s and 1 day, got {BreakDuration}.";
        }

        return null;
    }
}
