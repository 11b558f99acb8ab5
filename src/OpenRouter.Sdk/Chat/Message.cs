using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// A message in a chat request. The concrete type decides the <c>role</c> written on the wire:
/// <see cref="SystemMessage"/>, <see cref="DeveloperMessage"/>, <see cref="UserMessage"/>,
/// <see cref="AssistantMessage"/> and <see cref="ToolMessage"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "role")]
[JsonDerivedType(typeof(SystemMessage), "system")]
[JsonDerivedType(typeof(DeveloperMessage), "developer")]
[JsonDerivedType(typeof(UserMessage), "user")]
[JsonDerivedType(typeof(AssistantMessage), "assistant")]
[JsonDerivedType(typeof(ToolMessage), "tool")]
public abstract class Message
{
    private protected Message()
    {
    }

    /// <summary>The role this message is sent with.</summary>
    [JsonIgnore]
    public abstract MessageRole Role { get; }

    /// <summary>The content: a string or a list of parts. May be null on an assistant message with tool calls.</summary>
    [JsonPropertyName("content")]
    public MessageContent? Content { get; set; }
}
