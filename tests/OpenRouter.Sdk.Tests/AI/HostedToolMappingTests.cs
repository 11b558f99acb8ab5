#pragma warning disable MEAI001 // HostedImageGenerationTool, ImageGenerationOptions and HostedToolSearchTool are experimental in Microsoft.Extensions.AI.

using System.Drawing;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.AI.AiTestSupport;

namespace OpenRouter.Sdk.Tests.AI;

/// <summary>Hosted tools become OpenRouter server tools on both IChatClients, and a hosted tool OpenRouter cannot run is refused.</summary>
public sealed class HostedToolMappingTests
{
    private static async Task<(JsonElement? Body, StubHandler Handler)> SendAsync(bool responses, ChatOptions options)
    {
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler);
        if (responses)
        {
            handler.Respond(System.Net.HttpStatusCode.OK, ResponsesChat.ResponsesChatTestSupport.HiResponse);
            await client.Responses.AsIChatClient("m").GetResponseAsync("hi", options, Ct);
        }
        else
        {
            handler.RespondFixture("01");
            await client.AsIChatClient("m").GetResponseAsync("hi", options, Ct);
        }

        return (handler.Requests.Single().Body().Clone(), handler);
    }

    private static async Task<string> ToolsSentAsync(bool responses, params AITool[] tools) =>
        (await SendAsync(responses, new ChatOptions { Tools = tools })).Body!.Value.GetProperty("tools").GetRawText();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Web_search_and_image_generation_map_to_openrouter_server_tools(bool responses)
    {
        var image = new HostedImageGenerationTool
        {
            Options = new ImageGenerationOptions
            {
                ModelId = "openai/gpt-5-image",
                ImageSize = new Size(1024, 1536),
                MediaType = "image/webp",
                AdditionalProperties = new()
                {
                    [OpenRouterPropertyNames.AspectRatio] = "2:3",
                    [OpenRouterPropertyNames.Quality] = "high",
                    [OpenRouterPropertyNames.Background] = "transparent",
                    [OpenRouterPropertyNames.OutputCompression] = 80,
                },
            },
        };

        string sent = await ToolsSentAsync(responses, new HostedWebSearchTool(), image, new HostedImageGenerationTool());

        JsonAssert.Equivalent("""
            [{"type":"openrouter:web_search"},
             {"type":"openrouter:image_generation","parameters":{"model":"openai/gpt-5-image","size":"1024x1536","output_format":"webp",
               "aspect_ratio":"2:3","quality":"high","background":"transparent","output_compression":80}},
             {"type":"openrouter:image_generation"}]
            """, sent);
    }

    [Fact]
    public async Task Responses_tool_search_maps_to_openrouter_tool_search_and_defers_the_functions_it_names()
    {
        AIFunctionDeclaration weather = AIFunctionFactory.CreateDeclaration("weather", null, JsonDocument.Parse("""{"type":"object"}""").RootElement);
        AIFunctionDeclaration time = AIFunctionFactory.CreateDeclaration("time", null, JsonDocument.Parse("""{"type":"object"}""").RootElement);

        string sent = await ToolsSentAsync(true, weather, time, new HostedToolSearchTool { DeferredTools = ["weather"] });

        JsonAssert.Equivalent("""
            [{"type":"function","name":"weather","parameters":{"type":"object"},"defer_loading":true},
             {"type":"function","name":"time","parameters":{"type":"object"}},
             {"type":"openrouter:tool_search"}]
            """, sent);
    }

    [Fact]
    public async Task Responses_tool_search_without_names_defers_every_function()
    {
        AIFunctionDeclaration weather = AIFunctionFactory.CreateDeclaration("weather", null, JsonDocument.Parse("""{"type":"object"}""").RootElement);

        string sent = await ToolsSentAsync(true, new HostedToolSearchTool(), weather);

        JsonAssert.Equivalent("""
            [{"type":"openrouter:tool_search"},
             {"type":"function","name":"weather","parameters":{"type":"object"},"defer_loading":true}]
            """, sent);
    }

    public static TheoryData<bool, string> Unsupported => new()
    {
        { false, "code_interpreter" },
        { true, "code_interpreter" },
        { false, "file_search" },
        { true, "file_search" },
        { false, "mcp" },
        { true, "mcp" },
        { false, "tool_search" },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public async Task A_hosted_tool_without_an_openrouter_equivalent_is_refused_naming_it(bool responses, string kind)
    {
        AITool tool = kind switch
        {
            "code_interpreter" => new HostedCodeInterpreterTool(),
            "file_search" => new HostedFileSearchTool(),
            "mcp" => new HostedMcpServerTool("docs", "https://example.com/mcp"),
            _ => new HostedToolSearchTool(),
        };
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler);
        IChatClient chat = responses ? client.Responses.AsIChatClient("m") : client.AsIChatClient("m");

        Func<Task> send = () => chat.GetResponseAsync("hi", new ChatOptions { Tools = [new HostedWebSearchTool(), tool] }, Ct);

        (await send.Should().ThrowAsync<NotSupportedException>())
            .WithMessage($"*'{tool.Name}' ({tool.GetType().Name}) has no OpenRouter*");
        handler.Requests.Should().BeEmpty();
    }
}
