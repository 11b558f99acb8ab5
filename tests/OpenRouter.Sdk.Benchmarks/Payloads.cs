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

    /// <summary>
    /// A stream of <paramref name="chunks"/> reasoning chunks in fixture 16's shape: every delta carries <c>content</c>
    /// (empty), <c>reasoning</c> and one <c>reasoning_details</c> entry with the same text; then the finish and usage chunks.
    /// </summary>
    public static byte[] ReasoningStream(int chunks)
    {
        const string head = """data: {"id":"gen-1765226419-AGrwjunAftQIAgweibL8","provider":"Google","model":"anthropic/claude-sonnet-4.5","object":"chat.completion.chunk","created":1765226419,"choices":[{"index":0,"delta":{"role":"assistant","content":"","reasoning":""";
        const string middle = ""","reasoning_details":[{"type":"reasoning.text","text":""";
        const string tail = ""","format":"anthropic-claude-v1","index":0}]},"finish_reason":null,"native_finish_reason":null,"logprobs":null}]}""";
        var sse = new StringBuilder(chunks * 420);
        sse.Append(KeepAlive);
        for (int i = 0; i < chunks; i++)
        {
            string token = JsonEscape(Tokens[i % Tokens.Length]);
            sse.Append(head).Append('"').Append(token).Append('"').Append(middle).Append('"').Append(token).Append('"').Append(tail).Append("\n\n");
        }

        AppendEnd(sse, "stop");
        return Encoding.UTF8.GetBytes(sse.ToString());
    }

    /// <summary>
    /// A stream of <paramref name="chunks"/> tool-call fragments in fixture 18's shape: the first names the function, the
    /// others carry pieces of its arguments; then the finish (<c>tool_calls</c>) and usage chunks.
    /// </summary>
    public static byte[] ToolCallStream(int chunks)
    {
        const string first = """data: {"id":"gen-1754441566-QNLn11ywo16tGzus0Wix","provider":"OpenAI","model":"openai/gpt-4.1-mini","object":"chat.completion.chunk","created":1754441566,"choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_o4OCgtJrNoZTmoCRvmlfoHfj","type":"function","function":{"name":"write_story","arguments":""}}]},"finish_reason":null,"native_finish_reason":null,"logprobs":null}],"system_fingerprint":"fp_6f2eabb9a5"}""";
        const string head = """data: {"id":"gen-1754441566-QNLn11ywo16tGzus0Wix","provider":"OpenAI","model":"openai/gpt-4.1-mini","object":"chat.completion.chunk","created":1754441566,"choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"function":{"arguments":""";
        const string tail = """},"type":"function"}]},"finish_reason":null,"native_finish_reason":null,"logprobs":null}],"system_fingerprint":"fp_6f2eabb9a5"}""";
        var sse = new StringBuilder(chunks * 380);
        sse.Append(KeepAlive).Append(first).Append("\n\n");
        for (int i = 0; i < chunks; i++)
        {
            sse.Append(head).Append('"').Append(JsonEscape(ArgumentPiece(i))).Append('"').Append(tail).Append("\n\n");
        }

        AppendEnd(sse, "tool_calls");
        return Encoding.UTF8.GetBytes(sse.ToString());
    }

    /// <summary>The characters of text a stream of the shape spells out (content, reasoning or arguments), to check every client read it all.</summary>
    public static int TextLength(string shape, int chunks)
    {
        int length = 0;
        for (int i = 0; i < chunks; i++)
        {
            length += shape == "tools" ? ArgumentPiece(i).Length : Tokens[i % Tokens.Length].Length;
        }

        return length;
    }

    /// <summary>The response body of a shape: <c>content</c>, <c>reasoning</c> or <c>tools</c>.</summary>
    public static byte[] StreamOf(string shape, int chunks) => shape switch
    {
        "content" => Stream(chunks),
        "reasoning" => ReasoningStream(chunks),
        "tools" => ToolCallStream(chunks),
        _ => throw new ArgumentException($"Unknown stream shape '{shape}'.", nameof(shape)),
    };

    // A piece of a JSON arguments string as providers stream it: quotes and braces arrive escaped inside the JSON string.
    private static string ArgumentPiece(int i) => i == 0 ? "{\"story\":\"" : Tokens[i % Tokens.Length] == "\n\n" ? " " : Tokens[i % Tokens.Length];

    private static void AppendEnd(StringBuilder sse, string finishReason)
    {
        string finish = """data: {"id":"gen-1","object":"chat.completion.chunk","created":1777319809,"model":"x/y","provider":"OpenAI","choices":[{"index":0,"delta":{"content":"","role":"assistant"},"finish_reason":"""
            + "\"" + finishReason + "\"" + ""","native_finish_reason":null,"logprobs":null}]""";
        const string usage = ""","usage":{"prompt_tokens":19,"completion_tokens":1000,"total_tokens":1019,"cost":0.00001255,"is_byok":false,"completion_tokens_details":{"reasoning_tokens":0}}""";
        sse.Append(finish).Append("}\n\n");
        sse.Append(finish).Append(usage).Append("}\n\n");
        sse.Append("data: [DONE]\n\n");
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

    private static string JsonEscape(string token) =>
        token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
