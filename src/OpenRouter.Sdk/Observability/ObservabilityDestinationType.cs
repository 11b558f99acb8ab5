using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Where an observability destination sends traces (<c>type</c>), such as <c>langfuse</c> or <c>datadog</c>; it also
/// decides the shape of the destination's <c>config</c>. The spec lists the destination types that are stable today and
/// OpenRouter adds more over time, so this is an open enumeration: any value can be made with the constructor or a
/// string, unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct ObservabilityDestinationType : IEquatable<ObservabilityDestinationType>, IOpenEnum
{
    private const string ArizeValue = "arize";
    private const string BraintrustValue = "braintrust";
    private const string ClickhouseValue = "clickhouse";
    private const string DatadogValue = "datadog";
    private const string GrafanaValue = "grafana";
    private const string LangfuseValue = "langfuse";
    private const string LangsmithValue = "langsmith";
    private const string NewRelicValue = "newrelic";
    private const string OpikValue = "opik";
    private const string OtelCollectorValue = "otel-collector";
    private const string PostHogValue = "posthog";
    private const string RampValue = "ramp";
    private const string S3Value = "s3";
    private const string SentryValue = "sentry";
    private const string SnowflakeValue = "snowflake";
    private const string WeaveValue = "weave";
    private const string WebhookValue = "webhook";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The destination type, for example <c>"langfuse"</c>.</param>
    public ObservabilityDestinationType(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Arize AX. (<c>arize</c>)</summary>
    public static ObservabilityDestinationType Arize { get; } = new(ArizeValue);

    /// <summary>Braintrust. (<c>braintrust</c>)</summary>
    public static ObservabilityDestinationType Braintrust { get; } = new(BraintrustValue);

    /// <summary>ClickHouse. (<c>clickhouse</c>)</summary>
    public static ObservabilityDestinationType Clickhouse { get; } = new(ClickhouseValue);

    /// <summary>Datadog LLM Observability. (<c>datadog</c>)</summary>
    public static ObservabilityDestinationType Datadog { get; } = new(DatadogValue);

    /// <summary>Grafana Cloud. (<c>grafana</c>)</summary>
    public static ObservabilityDestinationType Grafana { get; } = new(GrafanaValue);

    /// <summary>Langfuse. (<c>langfuse</c>)</summary>
    public static ObservabilityDestinationType Langfuse { get; } = new(LangfuseValue);

    /// <summary>LangSmith. (<c>langsmith</c>)</summary>
    public static ObservabilityDestinationType Langsmith { get; } = new(LangsmithValue);

    /// <summary>New Relic. (<c>newrelic</c>)</summary>
    public static ObservabilityDestinationType NewRelic { get; } = new(NewRelicValue);

    /// <summary>Opik. (<c>opik</c>)</summary>
    public static ObservabilityDestinationType Opik { get; } = new(OpikValue);

    /// <summary>Any OpenTelemetry collector (OTLP over HTTP). (<c>otel-collector</c>)</summary>
    public static ObservabilityDestinationType OtelCollector { get; } = new(OtelCollectorValue);

    /// <summary>PostHog. (<c>posthog</c>)</summary>
    public static ObservabilityDestinationType PostHog { get; } = new(PostHogValue);

    /// <summary>Ramp. (<c>ramp</c>)</summary>
    public static ObservabilityDestinationType Ramp { get; } = new(RampValue);

    /// <summary>An Amazon S3 (or S3-compatible) bucket. (<c>s3</c>)</summary>
    public static ObservabilityDestinationType S3 { get; } = new(S3Value);

    /// <summary>Sentry. (<c>sentry</c>)</summary>
    public static ObservabilityDestinationType Sentry { get; } = new(SentryValue);

    /// <summary>Snowflake. (<c>snowflake</c>)</summary>
    public static ObservabilityDestinationType Snowflake { get; } = new(SnowflakeValue);

    /// <summary>Weights &amp; Biases Weave. (<c>weave</c>)</summary>
    public static ObservabilityDestinationType Weave { get; } = new(WeaveValue);

    /// <summary>Any HTTP endpoint (a webhook). (<c>webhook</c>)</summary>
    public static ObservabilityDestinationType Webhook { get; } = new(WebhookValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ObservabilityDestinationType left, ObservabilityDestinationType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ObservabilityDestinationType left, ObservabilityDestinationType right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator ObservabilityDestinationType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ObservabilityDestinationType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ObservabilityDestinationType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<ObservabilityDestinationType>
    {
        protected override ObservabilityDestinationType Create(string value) => new(value);
    }
}
