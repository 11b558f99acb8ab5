using System.Text.Json;

namespace OpenRouter.Sdk.IntegrationTests.Infrastructure;

/// <summary>Wire bodies as OpenRouter sends them.</summary>
public static class Json
{
    public const string Model = "openai/gpt-4o-mini";

    public static string Completion(string content, string id = "gen-1") =>
        "{\"id\":\"" + id + "\",\"provider\":\"OpenAI\",\"model\":\"" + Model + "\",\"object\":\"chat.completion\",\"created\":1735689600,"
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + JsonSerializer.Serialize(content) + "},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2,\"total_tokens\":7}}";

    public static string Chunk(string content, string? finishReason = null, string id = "gen-1") =>
        "{\"id\":\"" + id + "\",\"provider\":\"OpenAI\",\"model\":\"" + Model + "\",\"object\":\"chat.completion.chunk\",\"created\":1735689600,"
        + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":" + JsonSerializer.Serialize(content) + "},\"finish_reason\":"
        + (finishReason is null ? "null" : "\"" + finishReason + "\"") + "}]}";

    public static string Error(int code, string message, string metadata = "null") =>
        "{\"error\":{\"code\":" + code + ",\"message\":" + JsonSerializer.Serialize(message) + ",\"metadata\":" + metadata + "}}";

    public static ChatCompletionRequest Request(string text = "Hello") => new()
    {
        Model = Model,
        Messages = { new UserMessage(text) },
    };
}
