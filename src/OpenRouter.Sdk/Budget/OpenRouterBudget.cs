using System;

namespace OpenRouter.Sdk;

/// <summary>
/// A spend ceiling in US dollars for one client (<see cref="OpenRouterClientOptions.Budget"/>): once the calls of the
/// current window have cost <see cref="Limit"/> or more (their <c>usage.cost</c>), further chat and embeddings calls
/// fail before sending with <see cref="OpenRouterBudgetExceededException"/>. Binds from the configuration keys
/// <c>OpenRouter:Budget:Limit</c> and <c>OpenRouter:Budget:Window</c>.
/// </summary>
/// <remarks>
/// The guard is a safety net in the client, not a billing control: a call is admitted while the spend is below the
/// limit, so the call that crosses it (and calls already in flight) still complete and are counted. For a hard cap
/// enforced by OpenRouter, set a credit limit on the key as well.
/// </remarks>
public sealed class OpenRouterBudget
{
    /// <summary>The longest <see cref="Window"/> accepted: about ten years.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(3650);

    /// <summary>The ceiling in US dollars; must be positive.</summary>
    public decimal Limit { get; set; }

    /// <summary>
    /// The length of each fixed window, counted from the moment the client is created on
    /// <see cref="OpenRouterClientOptions.TimeProvider"/>: when a window ends, the spend starts again from zero.
    /// Null (the default) never resets: the limit covers the client's whole life.
    /// </summary>
    public TimeSpan? Window { get; set; }

    /// <summary>
    /// Also watch what OpenRouter says is left of the key's own credit limit (<c>limit_remaining</c> of
    /// <c>GET /key</c>, <see cref="OpenRouterClient.GetKeyInfoAsync"/>): read at most this often, just before a call
    /// that spends (never in the background), and lowered by the cost of each call since; once it is at or below
    /// <see cref="KeyLimitReserve"/>, calls that spend are refused like a spent <see cref="Limit"/>. Null (the default)
    /// never reads it. A key without a limit is never refused this way; a failed read refuses nothing (the last value
    /// read stays, and it is read again after the interval). Configuration key <c>OpenRouter:Budget:KeyLimitCheckInterval</c>.
    /// </summary>
    public TimeSpan? KeyLimitCheckInterval { get; set; }

    /// <summary>
    /// With <see cref="KeyLimitCheckInterval"/>: the credit, in US dollars, to keep on the key; calls that spend are
    /// refused once its remaining limit is at or below this. Zero by default (refuse only when nothing is left).
    /// Configuration key <c>OpenRouter:Budget:KeyLimitReserve</c>.
    /// </summary>
    public decimal KeyLimitReserve { get; set; }

    /// <summary>Describes the budget.</summary>
    public override string ToString() =>
        $"OpenRouterBudget {{ Limit = {Limit}, Window = {(Window is { } w ? w.ToString() : "(none)")}, KeyLimitCheckInterval = {(KeyLimitCheckInterval is { } k ? k.ToString() : "(none)")}, KeyLimitReserve = {KeyLimitReserve} }}";

    /// <summary>A copy, so a client keeps the values it was built with.</summary>
    internal OpenRouterBudget Clone() => (OpenRouterBudget)MemberwiseClone();

    /// <summary>What is wrong with this budget, or null when it is usable.</summary>
    internal string? Validate(string sectionName)
    {
        if (Limit <= 0m)
        {
            return $"OpenRouterClientOptions.Budget.Limit (configuration key '{sectionName}:Budget:Limit') must be a positive amount of US dollars, got {Limit}.";
        }

        if (Window is { } window && (window <= TimeSpan.Zero || window > MaxWindow))
        {
            return $"OpenRouterClientOptions.Budget.Window (configuration key '{sectionName}:Budget:Window') must be positive and at most {MaxWindow.TotalDays:0} days, or null for no reset, got {window}.";
        }

        if (KeyLimitCheckInterval is { } interval && (interval <= TimeSpan.Zero || interval > MaxWindow))
        {
            return $"OpenRouterClientOptions.Budget.KeyLimitCheckInterval (configuration key '{sectionName}:Budget:KeyLimitCheckInterval') must be positive and at most {MaxWindow.TotalDays:0} days, or null to not watch the key's limit, got {interval}.";
        }

        if (KeyLimitReserve < 0m)
        {
            return $"OpenRouterClientOptions.Budget.KeyLimitReserve (configuration key '{sectionName}:Budget:KeyLimitReserve') must not be negative, got {KeyLimitReserve}.";
        }

        return null;
    }
}
