namespace OpenRouter.Sdk;

/// <summary><c>ping</c>: a keep-alive event; it carries nothing.</summary>
public sealed class MessagesPingEvent : MessagesStreamEvent
{
}
