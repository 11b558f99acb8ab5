using System.Text;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// What a stream delivered so far, kept so that a failure can say what was received. Only the first choice's
/// text is kept, capped, so memory stays bounded on very long streams.
/// </summary>
internal sealed class StreamProgress
{
    private const int MaxKeptChars = 1 << 20;

    private readonly StringBuilder _content = new();
    private readonly StringBuilder _reasoning = new();

    public int Chunks { get; private set; }

    public string? GenerationId { get; private set; }

    public bool SawFinishReason { get; private set; }

    public string Content => _content.ToString();

    public string Reasoning => _reasoning.ToString();

    public void Observe(ChatCompletionChunk chunk)
    {
        Chunks++;
        if (GenerationId is null && !string.IsNullOrEmpty(chunk.Id))
        {
            GenerationId = chunk.Id;
        }

        var choices = chunk.Choices;
        for (int i = 0; i < choices.Count; i++)
        {
            ChatCompletionChunkChoice choice = choices[i];
            if (choice.FinishReason is not null)
            {
                SawFinishReason = true;
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
        if (!string.IsNullOrEmpty(text) && builder.Length < MaxKeptChars)
        {
            builder.Append(text);
        }
    }
}
