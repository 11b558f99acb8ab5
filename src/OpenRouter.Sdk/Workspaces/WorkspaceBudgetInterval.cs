using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The interval a workspace budget resets on: the <c>{interval}</c> of <c>/workspaces/{id}/budgets/{interval}</c>, and
/// <see cref="WorkspaceBudget.ResetInterval"/>. A workspace has at most one budget per interval.
/// An open enumeration: unknown values are kept and round-trip unchanged; comparison ignores case.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct WorkspaceBudgetInterval : IEquatable<WorkspaceBudgetInterval>, IOpenEnum
{
    private const string DailyValue = "daily";
    private const string WeeklyValue = "weekly";
    private const string MonthlyValue = "monthly";
    private const string LifetimeValue = "lifetime";

    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value, for example <c>"monthly"</c>.</param>
    public WorkspaceBudgetInterval(string value)
    {
        _value = Argument.NotNull(value);
    }

    /// <summary>Spend resets every day. (<c>daily</c>)</summary>
    public static WorkspaceBudgetInterval Daily { get; } = new(DailyValue);

    /// <summary>Spend resets every week. (<c>weekly</c>)</summary>
    public static WorkspaceBudgetInterval Weekly { get; } = new(WeeklyValue);

    /// <summary>Spend resets every month. (<c>monthly</c>)</summary>
    public static WorkspaceBudgetInterval Monthly { get; } = new(MonthlyValue);

    /// <summary>
    /// A one-time budget that never resets. A budget read back from the server names it with a null
    /// <see cref="WorkspaceBudget.ResetInterval"/>; <see cref="WorkspaceBudget.Interval"/> gives this value. (<c>lifetime</c>)
    /// </summary>
    public static WorkspaceBudgetInterval Lifetime { get; } = new(LifetimeValue);

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(WorkspaceBudgetInterval left, WorkspaceBudgetInterval right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(WorkspaceBudgetInterval left, WorkspaceBudgetInterval right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    public static implicit operator WorkspaceBudgetInterval(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(WorkspaceBudgetInterval other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WorkspaceBudgetInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    public override string ToString() => Value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : OpenEnumConverter<WorkspaceBudgetInterval>
    {
        protected override WorkspaceBudgetInterval Create(string value) => new(value);

        protected override string? TryGetKnown(ReadOnlySpan<byte> utf8)
        {
            if (utf8.SequenceEqual("monthly"u8))
            {
                return MonthlyValue;
            }

            if (utf8.SequenceEqual("weekly"u8))
            {
                return WeeklyValue;
            }

            if (utf8.SequenceEqual("daily"u8))
            {
                return DailyValue;
            }

            if (utf8.SequenceEqual("lifetime"u8))
            {
                return LifetimeValue;
            }

            return null;
        }
    }
}
