using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>One billable line of an image endpoint, for example USD 0.05 per output image.</summary>
public sealed class ImagePricing
{
    /// <summary>What is charged for.</summary>
    [JsonPropertyName("billable")]
    public ImagePricingBillable Billable { get; set; }

    /// <summary>The unit the price is per.</summary>
    [JsonPropertyName("unit")]
    public ImagePricingUnit Unit { get; set; }

    /// <summary>The price per <see cref="Unit"/>, in USD; exact as sent.</summary>
    [JsonPropertyName("cost_usd")]
    public decimal CostUsd { get; set; }

    /// <summary>The variant this line applies to (such as a quality or resolution), if the price varies.</summary>
    [JsonPropertyName("variant")]
    public string? Variant { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
