namespace OpenRouter.Sdk;

/// <summary>
/// What a stream delivered before it failed, as its exception reports it. Each kind of stream keeps its own record
/// (the chat stream keeps the first choice's text, finish reason and usage); the error factory reads only this.
/// </summary>
internal interface IStreamProgress
{
    /// <summary>How many items were handed to the caller.</summary>
    int Chunks { get; }

    /// <summary>The stream's generation id, already cleaned of the client's keys and anything shaped like a key.</summary>
    string? GenerationId { get; }

    /// <summary>The content text received so far (bounded).</summary>
    string Content { get; }

    /// <summary>The reasoning text received so far (bounded).</summary>
    string Reasoning { get; }

    /// <summary>Whether any item carried a finish reason (of any choice).</summary>
    bool SawFinishReason { get; }

    /// <summary>The first choice's finish reason, once an item carried one.</summary>
    FinishReason? FinishReason { get; }

    /// <summary>The usage numbers, once they arrived.</summary>
    Usage? Usage { get; }
}
