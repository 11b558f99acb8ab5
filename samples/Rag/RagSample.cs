using Microsoft.Extensions.AI;
using OpenRouter.Sdk;

namespace OpenRouter.Samples.Rag;

/// <summary>
/// Retrieval-augmented generation with Microsoft.Extensions.AI over OpenRouter: embed a few documents and the question
/// with <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>, pick the closest document by cosine similarity, and
/// answer with it as context through <see cref="IChatClient"/>.
/// </summary>
public static class RagSample
{
    private static readonly string[] Documents =
    [
        "Refunds are paid back to the original card within 5 business days of approval.",
        "Orders ship from our Lisbon warehouse within 24 hours, Monday to Friday.",
        "Support is open from 9:00 to 18:00 CET on weekdays; chat answers within minutes.",
    ];

    public static async Task<string> RunAsync(OpenRouterClient client, string question, TextWriter output, CancellationToken cancellationToken)
    {
        IEmbeddingGenerator<string, Embedding<float>> embedder = client.AsIEmbeddingGenerator("openai/text-embedding-3-small");
        GeneratedEmbeddings<Embedding<float>> documents = await embedder.GenerateAsync(Documents, cancellationToken: cancellationToken);
        Embedding<float> query = (await embedder.GenerateAsync([question], cancellationToken: cancellationToken))[0];

        int best = 0;
        float bestScore = float.MinValue;
        for (int i = 0; i < documents.Count; i++)
        {
            float score = CosineSimilarity(query.Vector.Span, documents[i].Vector.Span);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        await output.WriteLineAsync($"Context (similarity {bestScore:0.000}): {Documents[best]}");

        IChatClient chat = client.AsIChatClient("openai/gpt-4o-mini");
        ChatResponse answer = await chat.GetResponseAsync(
        [
            new ChatMessage(ChatRole.System, "Answer from this context only: " + Documents[best]),
            new ChatMessage(ChatRole.User, question),
        ], cancellationToken: cancellationToken);

        await output.WriteLineAsync(answer.Text);
        return Documents[best];
    }

    private static float CosineSimilarity(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float dot = 0, normA = 0, normB = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }

        return dot / (MathF.Sqrt(normA) * MathF.Sqrt(normB));
    }
}
