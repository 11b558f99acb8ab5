using System;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// A model variant: the suffix after <c>:</c> in a model id (<c>openai/gpt-4o:nitro</c>) that changes how
/// OpenRouter routes the request. <see cref="Apply(string, ModelVariant)"/> appends a variant or replaces the one a
/// model id already has, since a model id carries at most one.
/// An open enumeration: unknown values are kept; comparison ignores case.
/// </summary>
public readonly struct ModelVariant : IEquatable<ModelVariant>
{
    private readonly string? _value;

    /// <summary>Creates a variant from its suffix, without the colon.</summary>
    /// <param name="value">The suffix, for example <c>"nitro"</c>.</param>
    public ModelVariant(string value)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(value) && value.IndexOf(':') < 0 && value.IndexOf('/') < 0, "A model variant is a non-empty suffix without ':' or '/', for example \"nitro\".", nameof(value));

        _value = value;
    }

    /// <summary>Free endpoints only, with their own rate limits. (<c>:free</c>)</summary>
    public static ModelVariant Free { get; } = new("free");

    /// <summary>Fastest providers first (sort by throughput). (<c>:nitro</c>)</summary>
    public static ModelVariant Nitro { get; } = new("nitro");

    /// <summary>Cheapest providers first (sort by price). (<c>:floor</c>)</summary>
    public static ModelVariant Floor { get; } = new("floor");

    /// <summary>Web search results added to the prompt; superseded by the web search server tool. (<c>:online</c>)</summary>
    public static ModelVariant Online { get; } = new("online");

    /// <summary>The reasoning variant of a model. (<c>:thinking</c>)</summary>
    public static ModelVariant Thinking { get; } = new("thinking");

    /// <summary>Quality-first provider order for tool calling. (<c>:exacto</c>)</summary>
    public static ModelVariant Exacto { get; } = new("exacto");

    /// <summary>The extended-context variant of a model. (<c>:extended</c>)</summary>
    public static ModelVariant Extended { get; } = new("extended");

    /// <summary>The suffix, without the colon.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator ==(ModelVariant left, ModelVariant right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    public static bool operator !=(ModelVariant left, ModelVariant right) => !left.Equals(right);

    /// <summary>Converts a suffix to a variant.</summary>
    public static implicit operator ModelVariant(string value) => new(value);

    /// <summary>
    /// Returns <paramref name="modelId"/> with <paramref name="variant"/> as its suffix, replacing any variant it
    /// already has: <c>Apply("meta-llama/llama-3.1-8b-instruct:free", Nitro)</c> is
    /// <c>meta-llama/llama-3.1-8b-instruct:nitro</c>.
    /// </summary>
    /// <param name="modelId">A model id, with or without a variant.</param>
    /// <param name="variant">The variant to apply.</param>
    public static string Apply(string modelId, ModelVariant variant)
    {
        Argument.Requires(variant._value is not null, "The model variant is empty.", nameof(variant));

        return RemoveFrom(modelId) + ":" + variant._value;
    }

    /// <summary>Returns <paramref name="modelId"/> without its variant suffix (unchanged when it has none).</summary>
    /// <param name="modelId">A model id.</param>
    public static string RemoveFrom(string modelId)
    {
        int colon = VariantColon(modelId);
        return colon < 0 ? modelId : modelId.Substring(0, colon);
    }

    /// <summary>Reads the variant of a model id.</summary>
    /// <param name="modelId">A model id.</param>
    /// <param name="variant">The variant, when the id has one.</param>
    /// <returns>True when the id ends with a variant suffix.</returns>
    public static bool TryGetFrom(string modelId, out ModelVariant variant)
    {
        int colon = VariantColon(modelId);
        variant = colon < 0 ? default : new ModelVariant(modelId.Substring(colon + 1));
        return colon >= 0;
    }

    /// <inheritdoc />
    public bool Equals(ModelVariant other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelVariant other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the suffix, without the colon.</summary>
    public override string ToString() => Value;

    // The variant colon is the last one after the author/slug separator; ids without a suffix return -1.
    private static int VariantColon(string modelId)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(modelId), "A model id is required.", nameof(modelId));

        int colon = modelId.LastIndexOf(':');
        if (colon < 0 || colon < modelId.LastIndexOf('/'))
        {
            return -1;
        }

        if (colon == 0 || colon == modelId.Length - 1)
        {
            throw new ArgumentException($"'{modelId}' is not a model id: the variant or the model before ':' is empty.", nameof(modelId));
        }

        return colon;
    }
}
