using System.ClientModel;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using OpenAI.Chat;

namespace OpenRouter.Sdk.Benchmarks;

/// <summary>The three ways of talking to the loopback server that the benchmarks compare.</summary>
public sealed class Clients : IDisposable
{
    private static readonly byte[] RequestBody = Encoding.UTF8.GetBytes(Payloads.RequestJson);
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly AuthenticationHeaderValue Bearer = new("Bearer", "sk-or-v1-benchmark");
    private static readonly ChatMessage[] OpenAiMessages = [new UserChatMessage("Say hello in Portuguese, then tell a short story.")];
    private static readonly SseItemParser<string?> ContentOfEvent = static (_, data) => BareJson.StreamedContent(data);
    private static readonly SseItemParser<int> TextLengthOfEvent = static (_, data) => BareJson.StreamedTextLength(data);

    private readonly HttpClient _bare;
    private readonly Uri _bareUri;
    private readonly OpenRouterClient _sdk;
    private readonly ServiceProvider _services;
    private readonly IOpenRouterClient _sdkFromServices;
    private readonly ChatClient _openAi;
    private readonly ChatCompletionRequest _request = new()
    {
        Model = "openai/gpt-5.4-nano",
        Messages = { new UserMessage("Say hello in Portuguese, then tell a short story.") },
    };

    public Clients(Uri baseUrl)
    {
        _bare = new HttpClient(new SocketsHttpHandler());
        _bareUri = new Uri(baseUrl, "chat/completions");
        _sdk = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-benchmark", BaseUrl = baseUrl });
        // The same client as an app gets it from services.AddOpenRouter: IHttpClientFactory, the named resilience pipeline.
        var services = new ServiceCollection();
        services.AddOpenRouter(o =>
        {
            o.ApiKey = "sk-or-v1-benchmark";
            o.BaseUrl = baseUrl;
        });
        _services = services.BuildServiceProvider();
        _sdkFromServices = _services.GetRequiredService<IOpenRouterClient>();
        _openAi = new ChatClient("openai/gpt-5.4-nano", new ApiKeyCredential("sk-or-v1-benchmark"), new OpenAIClientOptions { Endpoint = baseUrl });
    }

    /// <summary>The practical limit: HttpClient, SseParser and a Utf8JsonReader that pulls out delta.content.</summary>
    public async Task<int> BareStreamAsync()
    {
        using HttpRequestMessage request = BareRequest();
        using HttpResponseMessage response = await _bare.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using Stream stream = await response.Content.ReadAsStreamAsync();
        int chars = 0;
        await foreach (SseItem<string?> item in SseParser.Create(stream, ContentOfEvent).EnumerateAsync())
        {
            chars += item.Data?.Length ?? 0;
        }

        return chars;
    }

    public async Task<int> SdkStreamAsync()
    {
        int chars = 0;
        await foreach (ChatCompletionChunk chunk in _sdk.StreamChatCompletionAsync(_request))
        {
            IReadOnlyList<ChatCompletionChunkChoice> choices = chunk.Choices;
            if (choices.Count > 0)
            {
                chars += choices[0].Delta?.Content?.Length ?? 0;
            }
        }

        return chars;
    }

    /// <summary>The practical limit over any shape: the characters of content, reasoning and tool-call arguments.</summary>
    public async Task<int> BareStreamTextAsync()
    {
        using HttpRequestMessage request = BareRequest();
        using HttpResponseMessage response = await _bare.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using Stream stream = await response.Content.ReadAsStreamAsync();
        int chars = 0;
        await foreach (SseItem<int> item in SseParser.Create(stream, TextLengthOfEvent).EnumerateAsync())
        {
            chars += item.Data;
        }

        return chars;
    }

    /// <summary>The SDK over any shape: the characters of content, reasoning and tool-call arguments of the first choice.</summary>
    public async Task<int> SdkStreamTextAsync()
    {
        int chars = 0;
        await foreach (ChatCompletionChunk chunk in _sdk.StreamChatCompletionAsync(_request))
        {
            IReadOnlyList<ChatCompletionChunkChoice> choices = chunk.Choices;
            if (choices.Count > 0 && choices[0].Delta is { } delta)
            {
                chars += (delta.Content?.Length ?? 0) + (delta.Reasoning?.Length ?? 0);
                if (delta.ToolCalls is { Count: > 0 } calls)
                {
                    chars += calls[0].Function?.Arguments?.Length ?? 0;
                }
            }
        }

        return chars;
    }

    /// <summary>The OpenAI SDK over any shape: content and tool-call arguments (it has no member for OpenRouter's reasoning).</summary>
    public async Task<int> OpenAiStreamTextAsync()
    {
        int chars = 0;
        await foreach (StreamingChatCompletionUpdate update in _openAi.CompleteChatStreamingAsync(OpenAiMessages))
        {
            foreach (ChatMessageContentPart part in update.ContentUpdate)
            {
                chars += part.Text.Length;
            }

            foreach (StreamingChatToolCallUpdate call in update.ToolCallUpdates)
            {
                chars += call.FunctionArgumentsUpdate is { } arguments ? arguments.ToString().Length : 0;
            }
        }

        return chars;
    }

    public async Task<int> SdkToChatCompletionAsync()
    {
        ChatCompletion completion = await _sdk.StreamChatCompletionAsync(_request).ToChatCompletionAsync();
        return completion.Choices[0].Message.Content?.Length ?? 0;
    }

    public async Task<int> OpenAiStreamAsync()
    {
        int chars = 0;
        await foreach (StreamingChatCompletionUpdate update in _openAi.CompleteChatStreamingAsync(OpenAiMessages))
        {
            foreach (ChatMessageContentPart part in update.ContentUpdate)
            {
                chars += part.Text.Length;
            }
        }

        return chars;
    }

    /// <summary>The practical limit for one completion: HttpClient and a Utf8JsonReader that pulls out message.content.</summary>
    public async Task<int> BareUnaryAsync()
    {
        using HttpRequestMessage request = BareRequest();
        using HttpResponseMessage response = await _bare.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        return BareJson.MessageContent(body)?.Length ?? 0;
    }

    public async Task<int> SdkUnaryAsync()
    {
        ChatCompletion completion = await _sdk.CreateChatCompletionAsync(_request);
        return completion.Choices[0].Message.Content?.Length ?? 0;
    }

    /// <summary>A call through the client <c>AddOpenRouter</c> registers (every attempt in its named pipeline).</summary>
    public async Task<int> SdkFromServicesUnaryAsync()
    {
        ChatCompletion completion = await _sdkFromServices.CreateChatCompletionAsync(_request);
        return completion.Choices[0].Message.Content?.Length ?? 0;
    }

    public async Task<int> OpenAiUnaryAsync()
    {
        ClientResult<OpenAI.Chat.ChatCompletion> result = await _openAi.CompleteChatAsync(OpenAiMessages);
        return result.Value.Content[0].Text.Length;
    }

    public void Dispose()
    {
        _bare.Dispose();
        _sdk.Dispose();
        _services.Dispose();
    }

    /// <summary>What any real call carries: the key and the body. The body bytes are prebuilt (a practical limit).</summary>
    private HttpRequestMessage BareRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _bareUri) { Content = JsonBody() };
        request.Headers.Authorization = Bearer;
        return request;
    }

    private static ByteArrayContent JsonBody()
    {
        var content = new ByteArrayContent(RequestBody);
        content.Headers.ContentType = Json;
        return content;
    }
}

/// <summary>Hand-written readers for the baseline: exactly the one string each needs, nothing else.</summary>
internal static class BareJson
{
    /// <summary>choices[0].delta.content of one event, or null (also for <c>[DONE]</c>).</summary>
    public static string? StreamedContent(ReadOnlySpan<byte> data)
    {
        if (data.SequenceEqual("[DONE]"u8))
        {
            return null;
        }

        // root {  choices [  { delta {  content
        return StringAtDepth(data, "content"u8, depth: 4);
    }

    /// <summary>
    /// The characters of choices[0].delta's <c>content</c> and <c>reasoning</c> and of its tool calls' <c>arguments</c>
    /// in one event (0 for <c>[DONE]</c>).
    /// </summary>
    public static int StreamedTextLength(ReadOnlySpan<byte> data)
    {
        if (data.SequenceEqual("[DONE]"u8))
        {
            return 0;
        }

        // root { choices [ { delta { content | reasoning  (depth 4); tool_calls [ { function { arguments (depth 7)
        var reader = new Utf8JsonReader(data);
        int length = 0;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            bool text = (reader.CurrentDepth == 4 && (reader.ValueTextEquals("content"u8) || reader.ValueTextEquals("reasoning"u8)))
                || (reader.CurrentDepth == 7 && reader.ValueTextEquals("arguments"u8));
            reader.Read();
            if (text && reader.TokenType == JsonTokenType.String)
            {
                length += reader.GetString()!.Length;
            }
        }

        return length;
    }

    /// <summary>choices[0].message.content of a completion.</summary>
    public static string? MessageContent(ReadOnlySpan<byte> json) => StringAtDepth(json, "content"u8, depth: 4);

    private static string? StringAtDepth(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name, int depth)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth && reader.ValueTextEquals(name))
            {
                reader.Read();
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
        }

        return null;
    }
}
