using System.Text;

namespace OpenRouter.Sdk.Benchmarks;

/// <summary>
/// The bytes the loopback server answers with, shaped like recorded OpenRouter traffic
/// (tests/OpenRouter.Sdk.Tests/Fixtures/06-*.sse and 01-*.json): content chunks that repeat id, object, created,
/// model and provider; <c>: OPENROUTER PROCESSING</c> keep-alive comments; the finish chunk sent twice, the second
/// time with usage; then <c>[DONE]</c>.
/// </summary>
public static class Payloads
{
    public const string Model = "openai/gpt-5.4-nano-20260317";

    /// <summary>The request every client sends (the same bytes, give or take member order).</summary>
    public const string RequestJson = """{"model":"openai/gpt-5.4-nano","messages":[{"role":"user","content":"Say hello in Portuguese, then tell a short story."}]}""";

    private const string KeepAlive = ": OPENROUTER PROCESSING\n\n";

    private static readonly string[] Tokens =
    [
        "Olá", "!", " Era", " uma", " vez", " um", " pequeno", " robô", " que", " adorava", " ler", " histórias",
        " sobre", " o", " mar", ".", " Todos", " os", " dias", ",", " ele", " sonhava", " com", " ondas", " 😊", "\n\n",
    ];

    /// <summary>The text a stream of <paramref name="contentChunks"/> chunks spells out, to check every client read it all.</summary>
    public static int ContentLength(int contentChunks)
    {
        int length = 0;
        for (int i = 0; i < contentChunks; i++)
        {
            length += Tokens[i % Tokens.Length].Length;
        }

        return length;
    }

    /// <summary>A whole SSE response body with <paramref name="contentChunks"/> content chunks.</summary>
    public static byte[] Stream(int contentChunks)
    {
        const string head = """data: {"id":"gen-1777319809-KRozO9hOQbdWkZAi8Zj7","object":"chat.completion.chunk","created":1777319809,"model":"openai/gpt-5.4-nano-20260317","provider":"OpenAI","choices":[{"index":0,"delta":{"content":""";
        // As recorded (fixtures 04, 05, 12): every choice carries "logprobs":null.
        const string tail = ""","role":"assistant"},"finish_reason":null,"native_finish_reason":null,"logprobs":null}]}""";
        const string finish = """data: {"id":"gen-1777319809-KRozO9hOQbdWkZAi8Zj7","object":"chat.completion.chunk","created":1777319809,"model":"openai/gpt-5.4-nano-20260317","provider":"OpenAI","service_tier":"default","choices":[{"index":0,"delta":{"content":"","role":"assistant"},"finish_reason":"stop","native_finish_reason":"completed"}]""";
        const string usage = ""","usage":{"prompt_tokens":19,"completion_tokens":7,"total_tokens":26,"cost":0.00001255,"is_byok":false,"prompt_tokens_details":{"cached_tokens":0,"cache_write_tokens":0,"audio_tokens":0,"video_tokens":0},"cost_details":{"upstream_inference_cost":0.00001255,"upstream_inference_prompt_cost":0.0000038,"upstream_inference_completions_cost":0.00000875},"completion_tokens_details":{"reasoning_tokens":0,"image_tokens":0,"audio_tokens":0}}""";

        var sse = new StringBuilder(contentChunks * 300);
        sse.Append(KeepAlive);
        for (int i = 0; i < contentChunks; i++)
        {
            // OpenRouter sends keep-alive comments while a provider is slow; sprinkle some between events.
            if (i > 0 && i % 100 == 0)
            {
                sse.Append(KeepAlive);
            }

            sse.Append(head).Append('"').Append(JsonEscape(Tokens[i % Tokens.Length])).Append('"').Append(tail).Append("\n\n");
        }

        sse.Append(finish).Append("}\n\n");
        sse.Append(finish).Append(usage).Append("}\n\n");
        sse.Append("data: [DONE]\n\n");
        return Encoding.UTF8.GetBytes(sse.ToString());
    }

    /// <summary>A non-streamed completion (fixture 01's shape) whose answer is a short paragraph.</summary>
    public static byte[] Completion()
    {
        string content = string.Concat(Tokens).Replace("\n", "\\n", StringComparison.Ordinal);
        string json = """{"id":"gen-1769672415-IZfpP2WAlINOOT5hLvOW","provider":"OpenAI","model":"openai/gpt-4o","object":"chat.completion","created":1769672415,"choices":[{"logprobs":null,"finish_reason":"stop","native_finish_reason":"stop","index":0,"message":{"role":"assistant","content":"""
            + "\"" + content + " " + content + " " + content + "\""
            + ""","refusal":null,"reasoning":null}}],"system_fingerprint":"fp_deacdd5f6f","usage":{"prompt_tokens":12,"completion_tokens":78,"total_tokens":90,"cost":0.00005,"is_byok":false,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"cost_details":{"upstream_inference_cost":0.00005,"upstream_inference_prompt_cost":0.00003,"upstream_inference_completions_cost":0.00002},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0}}}""";
        return Encoding.UTF8.GetBytes(json);
    }

    private static string JsonEscape(string token) => token.Replace("\n", "\\n", StringComparison.Ordinal);
}
