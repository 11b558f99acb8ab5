using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// PATCH bodies where OpenRouter removes a setting on an explicit JSON <c>null</c>: the request's members left null
/// are not sent (they keep their value), and the ones the caller asked to remove are added back as <c>null</c>.
/// </summary>
internal static class ExplicitNulls
{
    /// <summary>The JSON object in <paramref name="body"/> with each of <paramref name="members"/> set to <c>null</c>.</summary>
    public static byte[] Apply(byte[] body, IReadOnlyList<string> members)
    {
        if (members.Count == 0)
        {
            return body;
        }

        JsonObject json = JsonNode.Parse(body)!.AsObject();
        foreach (string member in members)
        {
            json[member] = null;
        }

        using var buffer = new MemoryStream(body.Length + (members.Count * 16));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            json.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>Adds <paramref name="member"/> when <paramref name="remove"/> is set, refusing a request that also sets a value for it.</summary>
    public static void Collect(List<string> removals, bool remove, bool hasValue, string member, string request, string property)
    {
        if (!remove)
        {
            return;
        }

        Internal.Argument.Requires(!hasValue, $"{request} sets both {property} and Remove{property}; set one of them.", "request");
        removals.Add(member);
    }
}
