using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>Writes a typed server tool's settings as its <c>parameters</c> object: only what is set, in a fixed order.</summary>
internal sealed class ServerToolParameters
{
    private readonly JsonObject _parameters = new();

    /// <summary>The parameters, or null when nothing was set (the tool is then sent without <c>parameters</c>).</summary>
    public JsonObject? Result => _parameters.Count == 0 ? null : _parameters;

    public ServerToolParameters Add(string name, string? value)
    {
        if (value is not null)
        {
            _parameters[name] = value;
        }

        return this;
    }

    /// <summary>A count the service limits itself; only a negative one is certainly wrong.</summary>
    public ServerToolParameters Add(string name, int? value, string setting)
    {
        if (value is { } count)
        {
            Argument.InRange(count >= 0, count, $"{setting} must not be negative.", setting);
            _parameters[name] = count;
        }

        return this;
    }

    public ServerToolParameters Add(string name, IEnumerable<string>? values, string setting)
    {
        if (values is null)
        {
            return this;
        }

        var array = new JsonArray();
        foreach (string value in values)
        {
            Argument.Requires(!string.IsNullOrWhiteSpace(value), $"{setting} must not hold a null or blank entry.", setting);
            array.Add((JsonNode?)JsonValue.Create(value));
        }

        _parameters[name] = array;
        return this;
    }

    public ServerToolParameters Add(string name, JsonObject? value)
    {
        if (value is not null)
        {
            _parameters[name] = value;
        }

        return this;
    }

    /// <summary>Members the typed settings do not model, copied; a modelled member set above wins.</summary>
    public ServerToolParameters AddOthers(JsonObject? others)
    {
        if (others is null)
        {
            return this;
        }

        foreach (KeyValuePair<string, JsonNode?> member in others)
        {
            if (!_parameters.ContainsKey(member.Key))
            {
                _parameters[member.Key] = member.Value?.DeepClone();
            }
        }

        return this;
    }
}
