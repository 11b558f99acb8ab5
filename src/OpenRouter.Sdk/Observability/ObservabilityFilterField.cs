using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The part of an event a filter rule looks at (<c>field</c> of <see cref="ObservabilityFilterRule"/>), such as the
/// model, the user or the total cost. An open enumeration: unknown values are kept and round-trip unchanged; comparison
/// ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ObservabilityFilterField : IEquatable<ObservabilityFilterField>, IOpenEnum
{
    private const string ModelValue = "model";
    private const string ProviderValue = "provider";
    private const string SessionIdValue = "session_id";
    private const string UserIdValue = "user_id";
    private const string ApiKeyNameValue = "api_key_name";
    private const string FinishReasonValue = "finish_reason";
    private const string InputValue = "input";
    private const string OutputValue = "output";
    private const string TotalCostValue = "total_cost";
    private const string TotalTokensValue = "total_tokens";
    private const string PromptTokensValue = "prompt_tokens";
    private const string CompletionTokensValue = "completion_tokens";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"model"</c>.</param>
    public ObservabilityFilterField(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The model of the request, such as <c>openai/gpt-4o</c>. (<c>model</c>)</summary>
    public static ObservabilityFilterField Model { get; } = new(ModelValue);

    /// <summary>The provider that served the request. (<c>provider</c>)</summary>
    public static ObservabilityFilterField Provider { get; } = new(ProviderValue);

    /// <summary>The session id the request carried. (<c>session_id</c>)</summary>
    public static ObservabilityFilterField SessionId { get; } = new(SessionIdValue);

    /// <summary>The end-user id the request carried. (<c>user_id</c>)</summary>
    public static ObservabilityFilterField UserId { get; } = new(UserIdValue);

    /// <summary>The name of the OpenRouter API key that made the request. (<c>api_key_name</c>)</summary>
    public static ObservabilityFilterField ApiKeyName { get; } = new(ApiKeyNameValue);

    /// <summary>Why the generation stopped. (<c>finish_reason</c>)</summary>
    public static ObservabilityFilterField FinishReason { get; } = new(FinishReasonValue);

    /// <summary>The request's input. (<c>input</c>)</summary>
    public static ObservabilityFilterField Input { get; } = new(InputValue);

    /// <summary>The generation's output. (<c>output</c>)</summary>
    public static ObservabilityFilterField Output { get; } = new(OutputValue);

    /// <summary>The total cost of the request, in USD. (<c>total_cost</c>)</summary>
    public static ObservabilityFilterField TotalCost { get; } = new(TotalCostValue);

    /// <summary>The total number of tokens. (<c>total_tokens</c>)</summary>
    public static ObservabilityFilterField TotalTokens { get; } = new(TotalTokensValue);

    /// <summary>The number of prompt tokens. (<c>prompt_tokens</c>)</summary>
    public static ObservabilityFilterField PromptTokens { get; } = new(PromptTokensValue);

    /// <summary>The number of completion tokens. (<c>completion_tokens</c>)</summary>
    public static ObservabilityFilterField CompletionTokens { get; } = new(CompletionTokensValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ObservabilityFilterField left, ObservabilityFilterField right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ObservabilityFilterField left, ObservabilityFilterField right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ObservabilityFilterField(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ObservabilityFilterField other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ObservabilityFilterField other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ObservabilityFilterField>
    {
        protected override ObservabilityFilterField Create(string value) => new(value);
    }
}
