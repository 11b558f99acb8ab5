using System.Collections.Generic;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

// The conversation: system, developer, user, assistant and tool messages, and the prompt field.
public sealed partial class ChatRequestBuilder
{
    /// <summary>Adds a <c>system</c> message.</summary>
    public ChatRequestBuilder AddSystemMessage(string text) => AddMessage(new SystemMessage(RequireText(text, nameof(text))));

    /// <summary>Adds a <c>system</c> message made of text parts (for example with <see cref="CacheControl"/> breakpoints).</summary>
    public ChatRequestBuilder AddSystemMessage(params TextPart[] parts) => AddMessage(new SystemMessage(RequireParts(parts, nameof(parts))));

    /// <summary>Adds a <c>developer</c> message.</summary>
    public ChatRequestBuilder AddDeveloperMessage(string text) => AddMessage(new DeveloperMessage(RequireText(text, nameof(text))));

    /// <summary>Adds a <c>developer</c> message made of text parts.</summary>
    public ChatRequestBuilder AddDeveloperMessage(params TextPart[] parts) => AddMessage(new DeveloperMessage(RequireParts(parts, nameof(parts))));

    /// <summary>Adds a <c>user</c> message.</summary>
    public ChatRequestBuilder AddUserMessage(string text) => AddMessage(new UserMessage(RequireText(text, nameof(text))));

    /// <summary>Adds a <c>user</c> message made of parts: <see cref="TextPart"/>, <see cref="ImagePart"/>, <see cref="FilePart"/>, <see cref="AudioPart"/>, <see cref="VideoPart"/>.</summary>
    public ChatRequestBuilder AddUserMessage(params ContentPart[] parts) => AddMessage(new UserMessage(RequireParts(parts, nameof(parts))));

    /// <summary>Adds a <c>user</c> message of text and an image given by an https or <c>data:</c> URL.</summary>
    public ChatRequestBuilder AddUserMessageWithImage(string text, string imageUrl) => AddUserMessageWithImage(text, imageUrl, detail: null);

    /// <summary>Adds a <c>user</c> message of text and an image given by an https or <c>data:</c> URL, read at <paramref name="detail"/>.</summary>
    public ChatRequestBuilder AddUserMessageWithImage(string text, string imageUrl, ImageDetail? detail)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(imageUrl), "An image URL is required.", nameof(imageUrl));

        return AddUserMessage(new TextPart(RequireText(text, nameof(text))), new ImagePart(imageUrl, detail));
    }

    /// <summary>Adds a <c>user</c> message of text and an image sent inline as a base64 data URL.</summary>
    public ChatRequestBuilder AddUserMessageWithImage(string text, byte[] imageBytes, string mediaType, ImageDetail? detail = null)
    {
        Argument.NotNull(imageBytes);

        return AddUserMessage(new TextPart(RequireText(text, nameof(text))), ImagePart.FromBytes(imageBytes, mediaType, detail));
    }

    /// <summary>Adds a <c>user</c> message of text and a file (such as a PDF) given by an https or <c>data:</c> URL.</summary>
    public ChatRequestBuilder AddUserMessageWithFile(string text, string filename, string fileUrl)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(fileUrl), "A file URL is required.", nameof(fileUrl));

        return AddUserMessage(new TextPart(RequireText(text, nameof(text))), new FilePart(filename, fileUrl));
    }

    /// <summary>Adds a <c>user</c> message of text and a file sent inline as a base64 data URL (PDF by default).</summary>
    public ChatRequestBuilder AddUserMessageWithFile(string text, string filename, byte[] fileBytes, string mediaType = "application/pdf")
    {
        Argument.NotNull(fileBytes);

        return AddUserMessage(new TextPart(RequireText(text, nameof(text))), FilePart.FromBytes(filename, fileBytes, mediaType));
    }

    /// <summary>Adds a <c>user</c> message of text and audio sent inline as base64.</summary>
    public ChatRequestBuilder AddUserMessageWithAudio(string text, byte[] audioBytes, AudioFormat format)
    {
        Argument.NotNull(audioBytes);

        return AddUserMessage(new TextPart(RequireText(text, nameof(text))), AudioPart.FromBytes(audioBytes, format));
    }

    /// <summary>
    /// Adds an <c>assistant</c> message: an earlier answer, or, as the last message, a prefill the model continues.
    /// </summary>
    public ChatRequestBuilder AddAssistantMessage(string text) => AddMessage(new AssistantMessage(RequireText(text, nameof(text))));

    /// <summary>
    /// Adds an <c>assistant</c> turn that called tools, with the reasoning details the model produced in it
    /// (reasoning models need them back unchanged to continue).
    /// </summary>
    /// <param name="text">The text of the turn, or null when it only called tools.</param>
    /// <param name="toolCalls">The tool calls of the turn.</param>
    /// <param name="reasoningDetails">The turn's <c>reasoning_details</c>, passed back unmodified.</param>
    public ChatRequestBuilder AddAssistantMessage(string? text, IEnumerable<ToolCall> toolCalls, IEnumerable<ReasoningDetail>? reasoningDetails = null)
    {
        Argument.NotNull(toolCalls);

        var calls = new List<ToolCall>(toolCalls);
        Argument.Requires(!calls.Contains(null!), "Tool calls must not be null.", nameof(toolCalls));

        Argument.Requires(text is not null || calls.Count > 0, "An assistant message needs text or at least one tool call.", nameof(toolCalls));

        return AddMessage(new AssistantMessage(text)
        {
            ToolCalls = calls.Count == 0 ? null : calls,
            ReasoningDetails = reasoningDetails is null ? null : new List<ReasoningDetail>(reasoningDetails),
        });
    }

    /// <summary>
    /// Adds a received answer back to the conversation (via <see cref="AssistantMessage.FromCompletion"/>), keeping
    /// its tool calls, reasoning and reasoning details.
    /// </summary>
    public ChatRequestBuilder AddAssistantMessage(ChatCompletionMessage message) => AddMessage(AssistantMessage.FromCompletion(message));

    /// <summary>Adds a <c>tool</c> message: the result of the tool call with id <paramref name="toolCallId"/>.</summary>
    public ChatRequestBuilder AddToolMessage(string toolCallId, string content) =>
        AddMessage(new ToolMessage(toolCallId, RequireText(content, nameof(content))));

    /// <summary>Adds any message.</summary>
    public ChatRequestBuilder AddMessage(Message message)
    {
        _draft.Messages.Add(Argument.NotNull(message));
        return this;
    }

    /// <summary>Adds messages in order, for example an earlier conversation.</summary>
    public ChatRequestBuilder AddMessages(IEnumerable<Message> messages)
    {
        Argument.NotNull(messages);

        var list = new List<Message>(messages);
        Argument.Requires(!list.Contains(null!), "Messages must not be null.", nameof(messages));

        foreach (Message message in list)
        {
            _draft.Messages.Add(message);
        }

        return this;
    }

    /// <summary>Adds messages in order.</summary>
    public ChatRequestBuilder AddMessages(params Message[] messages) => AddMessages((IEnumerable<Message>)messages);

    /// <summary>A legacy text prompt (<c>prompt</c>), sent instead of messages.</summary>
    public ChatRequestBuilder WithPrompt(string prompt)
    {
        _draft.Prompt = RequireText(prompt, nameof(prompt));
        return this;
    }
}
