using System.Collections.Generic;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

// Sampling and decoding parameters, passed through unchecked where the service owns the range.
public sealed partial class ChatRequestBuilder
{
    /// <summary>Sampling temperature (<c>temperature</c>).</summary>
    public ChatRequestBuilder WithTemperature(double temperature)
    {
        _draft.Temperature = temperature;
        return this;
    }

    /// <summary>Nucleus sampling mass (<c>top_p</c>).</summary>
    public ChatRequestBuilder WithTopP(double topP)
    {
        _draft.TopP = topP;
        return this;
    }

    /// <summary>Sample from the top K tokens only (<c>top_k</c>).</summary>
    public ChatRequestBuilder WithTopK(int topK)
    {
        _draft.TopK = topK;
        return this;
    }

    /// <summary>The most tokens to generate (<c>max_tokens</c>).</summary>
    public ChatRequestBuilder WithMaxTokens(int maxTokens)
    {
        _draft.MaxTokens = RequireNotNegative(maxTokens, nameof(maxTokens));
        return this;
    }

    /// <summary>The most tokens to generate, reasoning included (<c>max_completion_tokens</c>).</summary>
    public ChatRequestBuilder WithMaxCompletionTokens(int maxCompletionTokens)
    {
        _draft.MaxCompletionTokens = RequireNotNegative(maxCompletionTokens, nameof(maxCompletionTokens));
        return this;
    }

    /// <summary>Frequency penalty (<c>frequency_penalty</c>).</summary>
    public ChatRequestBuilder WithFrequencyPenalty(double penalty)
    {
        _draft.FrequencyPenalty = penalty;
        return this;
    }

    /// <summary>Presence penalty (<c>presence_penalty</c>).</summary>
    public ChatRequestBuilder WithPresencePenalty(double penalty)
    {
        _draft.PresencePenalty = penalty;
        return this;
    }

    /// <summary>Repetition penalty (<c>repetition_penalty</c>).</summary>
    public ChatRequestBuilder WithRepetitionPenalty(double penalty)
    {
        _draft.RepetitionPenalty = penalty;
        return this;
    }

    /// <summary>Minimum probability relative to the top token (<c>min_p</c>).</summary>
    public ChatRequestBuilder WithMinP(double minP)
    {
        _draft.MinP = minP;
        return this;
    }

    /// <summary>Top-A sampling (<c>top_a</c>).</summary>
    public ChatRequestBuilder WithTopA(double topA)
    {
        _draft.TopA = topA;
        return this;
    }

    /// <summary>A seed for deterministic sampling where supported (<c>seed</c>).</summary>
    public ChatRequestBuilder WithSeed(long seed)
    {
        _draft.Seed = seed;
        return this;
    }

    /// <summary>Stop sequences (<c>stop</c>); replaces earlier ones.</summary>
    public ChatRequestBuilder WithStop(params string[] stopSequences)
    {
        Argument.NotNull(stopSequences);

        foreach (string stop in stopSequences)
        {
            Argument.Requires(!string.IsNullOrEmpty(stop), "Stop sequences must not be null or empty.", nameof(stopSequences));
        }

        _draft.Stop = new List<string>(stopSequences);
        return this;
    }

    /// <summary>Returns log probabilities of the output tokens (<c>logprobs</c>), with <paramref name="topLogprobs"/> alternatives each (<c>top_logprobs</c>).</summary>
    public ChatRequestBuilder WithLogprobs(bool enabled = true, int? topLogprobs = null)
    {
        _draft.TopLogprobs = RequireNotNegative(topLogprobs, nameof(topLogprobs));
        _draft.Logprobs = enabled;
        return this;
    }

    /// <summary>Biases one token (<c>logit_bias</c>); repeated calls add tokens.</summary>
    public ChatRequestBuilder WithLogitBias(int tokenId, double bias)
    {
        _draft.LogitBias ??= new Dictionary<string, double>();
        _draft.LogitBias[tokenId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = bias;
        return this;
    }

    /// <summary>Biases tokens (<c>logit_bias</c>), keyed by token id; added to earlier biases.</summary>
    public ChatRequestBuilder WithLogitBias(IEnumerable<KeyValuePair<int, double>> biases)
    {
        foreach (KeyValuePair<int, double> bias in Argument.NotNull(biases))
        {
            WithLogitBias(bias.Key, bias.Value);
        }

        return this;
    }

    /// <summary>The provider service tier (<c>service_tier</c>).</summary>
    public ChatRequestBuilder WithServiceTier(ServiceTier serviceTier)
    {
        _draft.ServiceTier = serviceTier;
        return this;
    }
}
