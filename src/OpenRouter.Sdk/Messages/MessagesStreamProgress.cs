using System;
using System.Text;

namespace OpenRouter.Sdk.Http.Streaming;

/// <summary>
/// What a Messages API stream delivered so far, kept so that a failure can say what was received: the message id,
/// the text and thinking (each bounded to <see cref="ChatStreamProgress.MaxKeptChars"/> characters, so a long
/// stream's memory stays flat), whether a stop reason came, and the usage (input counts from <c>message_start</c>,
/// output counts and cost from <c>message_delta</c>). The cost is charged to the budget once.
/// </summary>
internal sealed class MessagesStreamProgress : IStreamProgress
{
    private readonly ClientSecrets _secrets;
    private readonly OpenRouterBudgetGuard? _budget;
    private readonly StringBuilder _content = new();
    private readonly StringBuilder _reasoning = new();
    private MessagesUsage? _start;
    private bool _charged;

    public MessagesStreamProgress(ClientSecrets secrets, OpenRouterBudgetGuard? budget)
    {
        _secrets = secrets;
        _budget = budget;
    }

    public int Chunks { get; private set; }

    public string? GenerationId { get; private set; }

    public bool SawFinishReason { get; private set; }

    public FinishReason? FinishReason => null;

    public Usage? Usage { get; private set; }

    public string Content => _content.ToString();

    public string Reasoning => _reasoning.ToString();

    public void Observe(MessagesStreamEvent item)
    {
        Chunks++;
        switch (item)
        {
            case MessagesStartEvent start:
                if (GenerationId is null && !string.IsNullOrEmpty(start.Message.Id))
                {
                    GenerationId = SecretRedactor.Redact(start.Message.Id, _secrets);
                }

                _start = start.Message.Usage;
                if (_start is not null)
                {
                    Usage = ToUsage(_start, null);
                }

                break;
            case MessagesContentBlockDeltaEvent delta:
                Append(_content, delta.Delta.Text);
                Append(_reasoning, delta.Delta.Thinking);
                break;
            case MessagesDeltaEvent messageDelta:
                SawFinishReason |= messageDelta.Delta.StopReason is not null;
                if (messageDelta.Usage is { } usage)
                {
                    Usage = ToUsage(_start, usage);
                    if (!_charged && usage.Cost is not null)
                    {
                        _charged = true;
                        _budget?.Record(usage.Cost);
                    }
                }

                break;
        }
    }

    /// <summary>The chat usage that stream exceptions carry: the input counts of the start, unless the delta repeats them.</summary>
    internal static Usage ToUsage(MessagesUsage? start, MessagesUsage? delta)
    {
        int input = delta?.InputTokens ?? start?.InputTokens ?? 0;
        int output = delta?.OutputTokens ?? start?.OutputTokens ?? 0;
        return new Usage
        {
            PromptTokens = input,
            CompletionTokens = output,
            TotalTokens = input + output,
            Cost = delta?.Cost ?? start?.Cost,
            IsByok = delta?.IsByok ?? start?.IsByok,
        };
    }

    private static void Append(StringBuilder builder, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        int room = ChatStreamProgress.MaxKeptChars - builder.Length;
        if (room > 0)
        {
            builder.Append(text, 0, Math.Min(room, text!.Length));
        }
    }
}
