using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A dimension of the analytics query (<see cref="AnalyticsQueryRequest.Dimensions"/>, <see cref="AnalyticsFilter.Field"/>):
/// what rows are grouped or filtered by. OpenRouter owns the list; <see cref="OpenRouterActivityClient.GetAnalyticsMetaAsync"/>
/// returns every name it accepts today (<see cref="AnalyticsMeta.Dimension.Name"/>), which converts to this type as it is.
/// Some dimensions come back as readable labels while filters take their ids (see <see cref="AnalyticsFilter.Value"/>).
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct AnalyticsDimension : IEquatable<AnalyticsDimension>, IOpenEnum
{
    private const string ModelValue = "model";
    private const string ProviderValue = "provider";
    private const string ApiKeyIdValue = "api_key_id";
    private const string UserValue = "user";
    private const string WorkspaceValue = "workspace";
    private const string AppValue = "app";
    private const string OriginValue = "origin";
    private const string CountryValue = "country";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"model"</c>.</param>
    public AnalyticsDimension(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>The model; filters take its permaslug, such as <c>openai/gpt-4o</c>, not its display name. (<c>model</c>)</summary>
    public static AnalyticsDimension Model { get; } = new(ModelValue);

    /// <summary>The provider that served the requests. (<c>provider</c>)</summary>
    public static AnalyticsDimension Provider { get; } = new(ProviderValue);

    /// <summary>The API key; filters take its numeric id or its 64-character hash (as in <c>GET /keys</c>). (<c>api_key_id</c>)</summary>
    public static AnalyticsDimension ApiKeyId { get; } = new(ApiKeyIdValue);

    /// <summary>The organization member; filters take the user id, such as <c>user_abc123</c>, not the display name. (<c>user</c>)</summary>
    public static AnalyticsDimension User { get; } = new(UserValue);

    /// <summary>The workspace; filters take its id (a UUID), not its name. (<c>workspace</c>)</summary>
    public static AnalyticsDimension Workspace { get; } = new(WorkspaceValue);

    /// <summary>The app; filters take its numeric id, not its title. (<c>app</c>)</summary>
    public static AnalyticsDimension App { get; } = new(AppValue);

    /// <summary>Where the requests came from. (<c>origin</c>)</summary>
    public static AnalyticsDimension Origin { get; } = new(OriginValue);

    /// <summary>The country the requests came from. (<c>country</c>)</summary>
    public static AnalyticsDimension Country { get; } = new(CountryValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(AnalyticsDimension left, AnalyticsDimension right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(AnalyticsDimension left, AnalyticsDimension right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator AnalyticsDimension(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(AnalyticsDimension other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnalyticsDimension other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<AnalyticsDimension>
    {
        protected override AnalyticsDimension Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("model"u8))
            {
                return ModelValue;
            }

            if (utf8.SequenceEqual("provider"u8))
            {
                return ProviderValue;
            }

            if (utf8.SequenceEqual("api_key_id"u8))
            {
                return ApiKeyIdValue;
            }

            if (utf8.SequenceEqual("user"u8))
            {
                return UserValue;
            }

            if (utf8.SequenceEqual("workspace"u8))
            {
                return WorkspaceValue;
            }

            if (utf8.SequenceEqual("app"u8))
            {
                return AppValue;
            }

            if (utf8.SequenceEqual("origin"u8))
            {
                return OriginValue;
            }

            if (utf8.SequenceEqual("country"u8))
            {
                return CountryValue;
            }

            return null;
        }
    }
}
