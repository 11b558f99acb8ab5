using System.Collections.Generic;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>A <c>developer</c> message: instructions that steer the model.</summary>
public sealed class DeveloperMessage : Message
{
    /// <summary>Creates a developer message from text.</summary>
    /// <param name="content">The instructions.</param>
    public DeveloperMessage(string content)
    {
        Content = MessageContent.FromText(Argument.NotNull(content));
    }

    /// <summary>Creates a developer message from text parts (for example to place <see cref="CacheControl"/> breakpoints).</summary>
    /// <param name="parts">The parts.</param>
    public DeveloperMessage(IEnumerable<TextPart> parts)
    {
        Content = MessageContent.FromParts(parts);
    }

    [JsonConstructor]
    internal DeveloperMessage()
    {
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override MessageRole Role => MessageRole.Developer;

    /// <summary>An optional participant name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
