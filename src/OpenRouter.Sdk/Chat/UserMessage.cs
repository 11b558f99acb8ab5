using System.Collections.Generic;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>A <c>user</c> message: text, or parts such as images, files, audio and video.</summary>
public sealed class UserMessage : Message
{
    /// <summary>Creates a user message from text.</summary>
    /// <param name="content">The text.</param>
    public UserMessage(string content)
    {
        Content = MessageContent.FromText(Argument.NotNull(content));
    }

    /// <summary>Creates a user message from parts.</summary>
    /// <param name="parts">Text, image, file, audio or video parts.</param>
    public UserMessage(params ContentPart[] parts)
        : this((IEnumerable<ContentPart>)parts)
    {
    }

    /// <summary>Creates a user message from parts.</summary>
    /// <param name="parts">Text, image, file, audio or video parts.</param>
    public UserMessage(IEnumerable<ContentPart> parts)
    {
        Content = MessageContent.FromParts(parts);
    }

    [JsonConstructor]
    internal UserMessage()
    {
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override MessageRole Role => MessageRole.User;

    /// <summary>An optional participant name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
