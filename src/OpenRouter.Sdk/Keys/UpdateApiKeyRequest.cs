using System;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Changes to an API key (the body of <c>PATCH /keys/{hash}</c>). Only what is set is sent; everything else keeps its
/// current value. To remove the limit or its reset, which the API does with an explicit JSON <c>null</c>, set
/// <see cref="RemoveLimit"/> or <see cref="RemoveLimitReset"/>.
/// </summary>
[JsonConverter(typeof(UpdateApiKeyRequestConverter))]
public sealed class UpdateApiKeyRequest
{
    /// <summary>A new name (not blank). (<c>name</c>)</summary>
    public string? Name { get; set; }

    /// <summary>True disables the key, false enables it again. (<c>disabled</c>)</summary>
    public bool? Disabled { get; set; }

    /// <summary>A new spending limit in USD. To remove the limit set <see cref="RemoveLimit"/> instead. (<c>limit</c>)</summary>
    public decimal? Limit { get; set; }

    /// <summary>Removes the spending limit: sends <c>"limit": null</c>. Cannot be combined with <see cref="Limit"/>.</summary>
    public bool RemoveLimit { get; set; }

    /// <summary>A new reset interval of the limit. To stop resets set <see cref="RemoveLimitReset"/> instead. (<c>limit_reset</c>)</summary>
    public LimitResetInterval? LimitReset { get; set; }

    /// <summary>Stops the limit from resetting: sends <c>"limit_reset": null</c>. Cannot be combined with <see cref="LimitReset"/>.</summary>
    public bool RemoveLimitReset { get; set; }

    /// <summary>Whether usage billed to your own provider keys (BYOK) counts against the limit. (<c>include_byok_in_limit</c>)</summary>
    public bool? IncludeByokInLimit { get; set; }

    /// <summary>Refuses contradictory or blank settings before anything is sent.</summary>
    internal void Validate()
    {
        Argument.Requires(Name is null || Name.Trim().Length > 0, "UpdateApiKeyRequest.Name cannot be blank; leave it null to keep the current name.", "request");
        Argument.Requires(!(RemoveLimit && Limit is not null), "UpdateApiKeyRequest sets both Limit and RemoveLimit; set one of them.", "request");
        Argument.Requires(!(RemoveLimitReset && LimitReset is not null), "UpdateApiKeyRequest sets both LimitReset and RemoveLimitReset; set one of them.", "request");
    }
}
