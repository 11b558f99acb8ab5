using System;
using System.Text;

namespace OpenRouter.Sdk.Http.Streaming;

/// <summary>
/// What a Responses API stream delivered so far, kept so that a failure can say what was received: the response id,
/// the output text and reasoning text (each bounded to <see cref="ChatStreamProgress.MaxKeptChars"/> characters, so
/// a long stream's memory stays flat) and the usage once a response carried it.
/// </summary>
internal sealed class ResponseStreamProgress : IStreamProgress
{
    private readonly ClientSecrets _secrets;
    private readonly OpenRouterBudgetGuard? _budget;
    private readonly StringBuilder _content = new();
    private readonly StringBuilder _reasoning = new();
    private bool _charged;

    public ResponseStreamProgress(ClientSecrets secrets, OpenRouterBudgetGuard? budget)
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

    public void Observe(ResponseStreamEvent item)
    {
        Chunks++;
        switch (item)
        {
            case ResponseOutputTextDeltaEvent text:
                Append(_content, text.Delta);
                break;
            case ResponseReasoningTextDeltaEvent reasoning:
                Append(_reasoning, reasoning.Delta);
                break;
            case ResponseReasoningSummaryTextDeltaEvent summary:
                Append(_reasoning, summary.Delta);
                break;
            case ResponseStateEvent state:
                ObserveResponse(state.Response, final: state is ResponseCompletedEvent or ResponseIncompleteEvent or ResponseFailedEvent);
                break;
        }
    }

    /// <summary>Maps the Responses usage to the chat usage that stream exceptions carry.</summary>
    internal static Usage ToUsage(ResponseUsage usage) => new()
    {
        PromptTokens = usage.InputTokens,
        CompletionTokens = usage.OutputTokens,
        TotalTokens = usage.TotalTokens,
        Cost = usage.Cost,
        IsByok = usage.IsByok,
    };

    private void ObserveResponse(OpenRouterResponse response, bool final)
    {
        if (GenerationId is null && !string.IsNullOrEmpty(response.Id))
        {
            GenerationId = SecretRedactor.Redact(response.Id, _secrets);
        }

        SawFinishReason |= final;
        if (response.Usage is { } usage)
        {
            Usage = ToUsage(usage);
            if (final && !_charged && usage.Cost is not null)
            {
                _charged = true;
                _budget?.Record(usage.Cost);
            }
        }
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
