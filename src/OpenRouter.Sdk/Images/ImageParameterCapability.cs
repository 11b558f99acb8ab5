using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// How an image model accepts one request parameter: one of a set of <see cref="Values"/>
/// (<see cref="ImageParameterKind.Enum"/>), a number from <see cref="Min"/> to <see cref="Max"/>
/// (<see cref="ImageParameterKind.Range"/>), or simply accepted (<see cref="ImageParameterKind.Boolean"/>).
/// </summary>
public sealed class ImageParameterCapability
{
    /// <summary>The kind of descriptor.</summary>
    [JsonPropertyName("type")]
    public ImageParameterKind Kind { get; set; }

    /// <summary>The accepted strings of an <see cref="ImageParameterKind.Enum"/> parameter; null for the other kinds.</summary>
    [JsonPropertyName("values")]
    public IReadOnlyList<string>? Values { get; set; }

    /// <summary>The smallest accepted value of a <see cref="ImageParameterKind.Range"/> parameter (inclusive).</summary>
    [JsonPropertyName("min")]
    public double? Min { get; set; }

    /// <summary>The largest accepted value of a <see cref="ImageParameterKind.Range"/> parameter (inclusive).</summary>
    [JsonPropertyName("max")]
    public double? Max { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
