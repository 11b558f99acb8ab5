using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The kind of a stage in OpenRouter's request pipeline (<c>openrouter_metadata.pipeline[].type</c>); several stages can share a kind, their name tells them apart.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct RoutingPipelineStageType : IEquatable<RoutingPipelineStageType>, IOpenEnum
{
    private const string GuardrailValue = "guardrail";
    private const string PluginValue = "plugin";
    private const string ServerToolsValue = "server_tools";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"guardrail"</c>.</param>
    public RoutingPipelineStageType(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>A guardrail (content filter, PII redaction, ...). (<c>guardrail</c>)</summary>
    public static RoutingPipelineStageType Guardrail { get; } = new(GuardrailValue);

    /// <summary>A plugin. (<c>plugin</c>)</summary>
    public static RoutingPipelineStageType Plugin { get; } = new(PluginValue);

    /// <summary>Server tools. (<c>server_tools</c>)</summary>
    public static RoutingPipelineStageType ServerTools { get; } = new(ServerToolsValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(RoutingPipelineStageType left, RoutingPipelineStageType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(RoutingPipelineStageType left, RoutingPipelineStageType right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator RoutingPipelineStageType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(RoutingPipelineStageType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RoutingPipelineStageType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<RoutingPipelineStageType>
    {
        protected override RoutingPipelineStageType Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("guardrail"u8))
            {
                return GuardrailValue;
            }

            if (utf8.SequenceEqual("plugin"u8))
            {
                return PluginValue;
            }

            if (utf8.SequenceEqual("server_tools"u8))
            {
                return ServerToolsValue;
            }

            return null;
        }
    }
}
