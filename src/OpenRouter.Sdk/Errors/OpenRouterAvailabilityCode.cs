using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// What was unavailable (<c>error.availability.code</c>). An open enumeration: unknown values are kept and round-trip
/// unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct OpenRouterAvailabilityCode : IEquatable<OpenRouterAvailabilityCode>, IOpenEnum
{
    private const string ModelNotFoundValue = "model_not_found";
    private const string WrongEndpointValue = "wrong_endpoint";
    private const string NoEndpointsValue = "no_endpoints";
    private const string ModelDeprecatedValue = "model_deprecated";
    private const string ModelUnavailableUpstreamValue = "model_unavailable_upstream";
    private const string CapacityExhaustedValue = "capacity_exhausted";
    private const string TemporarilyUnavailableValue = "temporarily_unavailable";
    private const string RegionRestrictedValue = "region_restricted";
    private const string PrivacyRestrictedValue = "privacy_restricted";
    private const string ConstraintFilteredValue = "constraint_filtered";
    private const string FreeVariantEndedValue = "free_variant_ended";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"capacity_exhausted"</c>.</param>
    public OpenRouterAvailabilityCode(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>No model has this name. (<c>model_not_found</c>)</summary>
    public static OpenRouterAvailabilityCode ModelNotFound { get; } = new(ModelNotFoundValue);

    /// <summary>The model is served by another endpoint (for example an image or embeddings model called for chat). (<c>wrong_endpoint</c>)</summary>
    public static OpenRouterAvailabilityCode WrongEndpoint { get; } = new(WrongEndpointValue);

    /// <summary>No endpoint serves the model. (<c>no_endpoints</c>)</summary>
    public static OpenRouterAvailabilityCode NoEndpoints { get; } = new(NoEndpointsValue);

    /// <summary>The model was retired. (<c>model_deprecated</c>)</summary>
    public static OpenRouterAvailabilityCode ModelDeprecated { get; } = new(ModelDeprecatedValue);

    /// <summary>The providers of the model are down. (<c>model_unavailable_upstream</c>)</summary>
    public static OpenRouterAvailabilityCode ModelUnavailableUpstream { get; } = new(ModelUnavailableUpstreamValue);

    /// <summary>The providers of the model have no capacity left for now. (<c>capacity_exhausted</c>)</summary>
    public static OpenRouterAvailabilityCode CapacityExhausted { get; } = new(CapacityExhaustedValue);

    /// <summary>The model is unavailable for a while. (<c>temporarily_unavailable</c>)</summary>
    public static OpenRouterAvailabilityCode TemporarilyUnavailable { get; } = new(TemporarilyUnavailableValue);

    /// <summary>The model is not served in the caller's region. (<c>region_restricted</c>)</summary>
    public static OpenRouterAvailabilityCode RegionRestricted { get; } = new(RegionRestrictedValue);

    /// <summary>The account's data policy excludes every endpoint of the model. (<c>privacy_restricted</c>)</summary>
    public static OpenRouterAvailabilityCode PrivacyRestricted { get; } = new(PrivacyRestrictedValue);

    /// <summary>No endpoint meets a constraint of the request (its provider preferences, its size, ...). (<c>constraint_filtered</c>)</summary>
    public static OpenRouterAvailabilityCode ConstraintFiltered { get; } = new(ConstraintFilteredValue);

    /// <summary>The free variant of the model has ended. (<c>free_variant_ended</c>)</summary>
    public static OpenRouterAvailabilityCode FreeVariantEnded { get; } = new(FreeVariantEndedValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(OpenRouterAvailabilityCode left, OpenRouterAvailabilityCode right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(OpenRouterAvailabilityCode left, OpenRouterAvailabilityCode right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator OpenRouterAvailabilityCode(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OpenRouterAvailabilityCode other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OpenRouterAvailabilityCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<OpenRouterAvailabilityCode>
    {
        protected override OpenRouterAvailabilityCode Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("model_not_found"u8))
            {
                return ModelNotFoundValue;
            }

            if (utf8.SequenceEqual("wrong_endpoint"u8))
            {
                return WrongEndpointValue;
            }

            if (utf8.SequenceEqual("no_endpoints"u8))
            {
                return NoEndpointsValue;
            }

            if (utf8.SequenceEqual("model_deprecated"u8))
            {
                return ModelDeprecatedValue;
            }

            if (utf8.SequenceEqual("model_unavailable_upstream"u8))
            {
                return ModelUnavailableUpstreamValue;
            }

            if (utf8.SequenceEqual("capacity_exhausted"u8))
            {
                return CapacityExhaustedValue;
            }

            if (utf8.SequenceEqual("temporarily_unavailable"u8))
            {
                return TemporarilyUnavailableValue;
            }

            if (utf8.SequenceEqual("region_restricted"u8))
            {
                return RegionRestrictedValue;
            }

            if (utf8.SequenceEqual("privacy_restricted"u8))
            {
                return PrivacyRestrictedValue;
            }

            if (utf8.SequenceEqual("constraint_filtered"u8))
            {
                return ConstraintFilteredValue;
            }

            if (utf8.SequenceEqual("free_variant_ended"u8))
            {
                return FreeVariantEndedValue;
            }

            return null;
        }
    }
}
