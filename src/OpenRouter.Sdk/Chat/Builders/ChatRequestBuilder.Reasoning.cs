using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

// Reasoning: effort, token budget, summaries and whether reasoning is returned.
public sealed partial class ChatRequestBuilder
{
    /// <summary>Reasoning settings (<c>reasoning</c>), replacing earlier ones (the object is copied).</summary>
    public ChatRequestBuilder WithReasoning(ReasoningConfig reasoning)
    {
        _draft.Reasoning = RequestCopy.Of(Argument.NotNull(reasoning));
        return this;
    }

    /// <summary>How hard the model thinks (<c>reasoning.effort</c>).</summary>
    public ChatRequestBuilder WithReasoningEffort(ReasoningEffortLevel effort)
    {
        Reasoning.Effort = effort;
        return this;
    }

    /// <summary>A thinking-token budget (<c>reasoning.max_tokens</c>).</summary>
    public ChatRequestBuilder WithReasoningMaxTokens(int maxTokens)
    {
        RequireNotNegative(maxTokens, nameof(maxTokens));
        Reasoning.MaxTokens = maxTokens;
        return this;
    }

    /// <summary>Turns reasoning on or off at the model's default effort (<c>reasoning.enabled</c>).</summary>
    public ChatRequestBuilder WithReasoningEnabled(bool enabled = true)
    {
        Reasoning.Enabled = enabled;
        return this;
    }

    /// <summary>Lets the model reason but leaves the reasoning out of the answer (<c>reasoning.exclude</c>).</summary>
    public ChatRequestBuilder WithReasoningExcluded(bool exclude = true)
    {
        Reasoning.Exclude = exclude;
        return this;
    }

    /// <summary>How detailed a reasoning summary should be (<c>reasoning.summary</c>).</summary>
    public ChatRequestBuilder WithReasoningSummary(ReasoningSummary summary)
    {
        Reasoning.Summary = summary;
        return this;
    }

    /// <summary>The OpenAI-style top-level shorthand <c>reasoning_effort</c>; do not combine with <see cref="WithReasoningEffort"/>.</summary>
    public ChatRequestBuilder WithTopLevelReasoningEffort(ReasoningEffortLevel effort)
    {
        _draft.ReasoningEffort = effort;
        return this;
    }

    /// <summary>The deprecated <c>include_reasoning</c> flag; prefer <see cref="WithReasoningEnabled"/>.</summary>
    public ChatRequestBuilder WithIncludeReasoning(bool include = true)
    {
        _draft.IncludeReasoning = include;
        return this;
    }
}
