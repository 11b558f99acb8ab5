using System;
using System.Runtime.CompilerServices;
using System.Text;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Http.Streaming;

/// <summary>
/// What a chat stream delivered so far, kept so that a failure can say what was received. Only the first choice's
/// text is kept, and only its first <see cref="MaxKeptChars"/> characters: a stream's memory must not grow with its
/// length unless the caller asks for the whole answer (<c>ToChatCompletionAsync</c>, the accumulator). Appending
/// costs a copy of the delta's characters and no allocation beyond the builder's own growth, which stops at the cap.
/// </summary>
internal sealed class ChatStreamProgress : IStreamProgress
{
    /// <summary>64 K characters: enough to show what a failed answer said, small enough to stay flat.</summary>
    public const int MaxKeptChars = 1 << 16;

    private readonly ClientSecrets _secrets;
    private readonly OpenRouterBudgetGuard? _budget;
    private readonly StringBuilder _content = new();
    private readonly StringBuilder _reasoning = new();

    /// <summary>Whether a usage chunk's cost was charged to the budget (once per stream).</summary>
    private bool _charged;

    /// <summary>
    /// Creates the record of one stream; the client's keys are removed from the generation id should a server echo one
    /// there. The usage chunk's cost is charged to <paramref name="budget"/> the moment it arrives, so a stream that
    /// fails after it still counts.
    /// </summary>
    public ChatStreamProgress(ClientSecrets secrets, OpenRouterBudgetGuard? budget = null)
    {
        _secrets = secrets;
        _budget = budget;
    }


    public int Chunks { get; private set; }

    /// <summary>The first chunk id, cleaned of the keys and anything shaped like one: it goes into exceptions and logs.</summary>
    public string? GenerationId { get; private set; }

    public bool SawFinishReason { get; private set; }

    /// <summary>The first choice's finish reason, once a chunk carried one.</summary>
    public FinishReason? FinishReason { get; private set; }

    /// <summary>The usage chunk's numbers, once it arrived.</summary>
    public Usage? Usage { get; private set; }

    public string Content => _content.ToString();

    public string Reasoning => _reasoning.ToString();

    [MethodImpl(HotPath.Options)]
    public void Observe(ChatCompletionChunk chunk)
    {
        Chunks++;
        if (GenerationId is null && !string.IsNullOrEmpty(chunk.Id))
        {
            GenerationId = SecretRedactor.Redact(chunk.Id, _secrets);
        }

        if (chunk.Usage is not null)
        {
            Usage = chunk.Usage;
            if (!_charged && chunk.Usage.Cost is not null)
            {
                _charged = true;
                _budget?.Record(chunk.Usage.Cost);
            }
        }

        var choices = chunk.Choices;
        for (int i = 0; i < choices.Count; i++)
        {
            ChatCompletionChunkChoice choice = choices[i];
            if (choice.FinishReason is not null)
            {
                SawFinishReason = true;
                if (choice.Index == 0)
                {
                    FinishReason ??= choice.FinishReason;
                }
            }

            if (choice.Index == 0 && choice.Delta is { } delta)
            {
                Append(_content, delta.Content);
                Append(_reasoning, delta.Reasoning);
            }
        }
    }

    private static void Append(StringBuilder builder, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        int room = MaxKeptChars - builder.Length;
        if (room > 0)
        {
            builder.Append(text, 0, Math.Min(room, text!.Length));
        }
    }
}
