using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// <c>provider.sort</c>: either a plain <see cref="ProviderSort"/> (<c>"price"</c>) or the object form
/// <c>{"by":"price","partition":"none"}</c>.
/// </summary>
[JsonConverter(typeof(ProviderSortPreferenceConverter))]
public sealed class ProviderSortPreference
{
    /// <summary>Creates the string form.</summary>
    public ProviderSortPreference(ProviderSort by)
    {
        By = by;
    }

    /// <summary>Creates the object form.</summary>
    public ProviderSortPreference(ProviderSort? by, ProviderSortPartition? partition)
    {
        By = by;
        Partition = partition;
        IsObjectForm = true;
    }

    /// <summary>The sort key.</summary>
    public ProviderSort? By { get; }

    /// <summary>Whether sorting is per model or across all fallback models.</summary>
    public ProviderSortPartition? Partition { get; }

    /// <summary>True when written as an object rather than a string.</summary>
    public bool IsObjectForm { get; }

    /// <summary>Converts a sort key to the string form.</summary>
    public static implicit operator ProviderSortPreference(ProviderSort by) => new(by);
}
