namespace OpenRouter.Sdk;

/// <summary>An event of a type this version of the SDK does not know; its members are in <see cref="MessagesStreamEvent.Json"/>.</summary>
public sealed class UnknownMessagesStreamEvent : MessagesStreamEvent
{
}
