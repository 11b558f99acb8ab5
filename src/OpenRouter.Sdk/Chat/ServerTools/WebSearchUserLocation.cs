using System.Text.Json.Nodes;

namespace OpenRouter.Sdk;

/// <summary>
/// A user's approximate location for the <c>openrouter:web_search</c> server tool (<c>user_location</c>, sent with
/// <c>"type": "approximate"</c>). Only what is set is sent.
/// </summary>
public sealed class WebSearchUserLocation
{
    /// <summary>The city, for example <c>San Francisco</c>.</summary>
    public string? City { get; set; }

    /// <summary>The region or state, for example <c>California</c>.</summary>
    public string? Region { get; set; }

    /// <summary>The country, as an ISO 3166-1 alpha-2 code such as <c>US</c>.</summary>
    public string? Country { get; set; }

    /// <summary>The IANA time zone, for example <c>America/Los_Angeles</c>.</summary>
    public string? Timezone { get; set; }

    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "approximate" };
        if (City is not null)
        {
            json["city"] = City;
        }

        if (Region is not null)
        {
            json["region"] = Region;
        }

        if (Country is not null)
        {
            json["country"] = Country;
        }

        if (Timezone is not null)
        {
            json["timezone"] = Timezone;
        }

        return json;
    }
}
