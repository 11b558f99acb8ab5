using System.Collections.Generic;
using System.Text;

namespace OpenRouter.Sdk;

/// <summary>
/// The filter of <see cref="OpenRouterModelsClient.CountAsync"/> (query of <c>GET /models/count</c>). Like the model
/// list, the server counts only models with <b>text output</b> unless told otherwise.
/// </summary>
public sealed class ModelCountQuery
{
    /// <summary>Count only models with these output modalities; the server defaults to text only. (<c>output_modalities</c>)</summary>
    public IList<Modality>? OutputModalities { get; set; }

    /// <summary>Count models of every output modality; overrides <see cref="OutputModalities"/>. (<c>output_modalities=all</c>)</summary>
    public bool AllOutputModalities { get; set; }

    /// <summary>The value of <c>output_modalities</c>, already escaped, or null when nothing is set.</summary>
    internal string? OutputModalitiesValue()
    {
        if (AllOutputModalities)
        {
            return "all";
        }

        if (OutputModalities is null)
        {
            return null;
        }

        var joined = new StringBuilder();
        foreach (Modality modality in OutputModalities)
        {
            if (modality.Value.Length == 0)
            {
                continue;
            }

            joined.Append(joined.Length == 0 ? string.Empty : ",").Append(System.Uri.EscapeDataString(modality.Value));
        }

        return joined.Length == 0 ? null : joined.ToString();
    }
}
