using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>The account's credits (<c>GET /credits</c>), in USD.</summary>
public sealed class CreditsInfo
{
    /// <summary>All credits ever purchased or granted.</summary>
    [JsonPropertyName("total_credits")]
    public decimal TotalCredits { get; set; }

    /// <summary>All credits ever used.</summary>
    [JsonPropertyName("total_usage")]
    public decimal TotalUsage { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The balance: <see cref="TotalCredits"/> minus <see cref="TotalUsage"/> (negative when overdrawn, which blocks even free models).</summary>
    [JsonIgnore]
    public decimal Remaining => TotalCredits - TotalUsage;
}
