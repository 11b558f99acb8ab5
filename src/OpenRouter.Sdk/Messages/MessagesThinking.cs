using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Extended thinking (<c>thinking</c>): <see cref="Enabled"/> with a token budget, <see cref="Adaptive"/> (the model
/// decides how much), or <see cref="Disabled"/>.
/// </summary>
public sealed class MessagesThinking
{
    /// <summary>The mode: <c>enabled</c>, <c>adaptive</c> or <c>disabled</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; set; } = "enabled";

    /// <summary>The most tokens the model may think with (<c>enabled</c>; at least 1024, below <c>max_tokens</c>).</summary>
    [JsonPropertyName("budget_tokens")]
    public int? BudgetTokens { get; set; }

    /// <summary>How thinking is shown: <c>summarized</c> or <c>omitted</c>.</summary>
    [JsonPropertyName("display")]
    public string? Display { get; set; }

    /// <summary>Thinking with a token budget (<c>{"type": "enabled", "budget_tokens": ...}</c>).</summary>
    /// <param name="budgetTokens">The budget, in tokens.</param>
    /// <returns>The setting.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="budgetTokens"/> is not positive.</exception>
    public static MessagesThinking Enabled(int budgetTokens)
    {
        Argument.InRange(budgetTokens > 0, budgetTokens, "The thinking budget must be a positive number of tokens.", nameof(budgetTokens));
        return new MessagesThinking { Type = "enabled", BudgetTokens = budgetTokens };
    }

    /// <summary>Thinking as much as the model decides (<c>{"type": "adaptive"}</c>).</summary>
    /// <returns>The setting.</returns>
    public static MessagesThinking Adaptive() => new() { Type = "adaptive" };

    /// <summary>No thinking (<c>{"type": "disabled"}</c>).</summary>
    /// <returns>The setting.</returns>
    public static MessagesThinking Disabled() => new() { Type = "disabled" };
}
