using System.Collections.Generic;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>A <c>system</c> message: instructions that steer the model.</summary>
public sealed class SystemMessage : Message
{
    /// <summary>Creates a system message from text.</summary>
    /// <param name="content">The instructions.</param>
    public SystemMessage(string content)
    {
        Content = MessageContent.FromText(Argument.NotNull(content));
    }

    /// <summary>Creates a system message from text parts (for example to place <see cref="CacheControl"/> breakpoints).</summary>
    /// <param name="parts">The parts.</param>
    public SystemMessage(IEnumerable<TextPart> parts)
    {
        Content = MessageContent.FromParts(parts);
    }

    [JsonConstructor]
    internal SystemMessage()
    {
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override MessageRole Role => MessageRole.System;

    /// <summary>An optional participant name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
