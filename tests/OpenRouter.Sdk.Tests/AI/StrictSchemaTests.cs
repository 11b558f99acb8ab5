using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.AI.AiTestSupport;

namespace OpenRouter.Sdk.Tests.AI;

/// <summary>
/// Strict structured output through both IChatClients (chat completions and Responses): the exact schema sent when
/// strict is asked for (nested objects included), and the schema left alone when it is not.
/// </summary>
public sealed class StrictSchemaTests
{
    private const string Schema = """
        {"type":"object","properties":{
          "city":{"type":"string","description":"City name"},
          "days":{"type":"integer","default":3},
          "unit":{"type":"string","enum":["c","f"]},
          "home":{"type":"object","properties":{"street":{"type":"string"},"zip":{"type":"string"}},"required":["street"]},
          "tags":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"}}}}},
         "required":["city","home"]}
        """;

    private const string StrictSchema = """
        {"type":"object","properties":{
          "city":{"type":"string","description":"City name"},
          "days":{"type":["integer","null"],"description":"Default value: 3"},
          "unit":{"type":["string","null"],"enum":["c","f",null]},
          "home":{"type":"object","properties":{"street":{"type":"string"},"zip":{"type":["string","null"]}},"required":["street","zip"],"additionalProperties":false},
          "tags":{"type":["array","null"],"items":{"type":"object","properties":{"name":{"type":["string","null"]}},"required":["name"],"additionalProperties":false}}},
         "required":["city","days","unit","home","tags"],"additionalProperties":false}
        """;

    private static async Task<JsonElement> SentAsync(bool responses, ChatOptions options)
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

        return handler.Requests.Single().Body().Clone();
    }

    private static ChatResponseFormat Format()
    {
        using JsonDocument schema = JsonDocument.Parse(Schema);
        return ChatResponseFormat.ForJsonSchema(schema.RootElement.Clone(), "trip");
    }

    private static AIFunctionDeclaration Function()
    {
        using JsonDocument schema = JsonDocument.Parse(Schema);
        return AIFunctionFactory.CreateDeclaration("plan_trip", "Plans a trip.", schema.RootElement.Clone());
    }

    [Fact]
    public async Task Chat_strict_response_format_sends_the_strict_schema()
    {
        JsonElement sent = await SentAsync(false, new ChatOptions
        {
            ResponseFormat = Format(),
            AdditionalProperties = new() { [OpenRouterPropertyNames.Strict] = true },
        });

        JsonElement format = sent.GetProperty("response_format").GetProperty("json_schema");
        format.GetProperty("strict").GetBoolean().Should().BeTrue();
        format.GetProperty("name").GetString().Should().Be("trip");
        JsonAssert.Equivalent(StrictSchema, format.GetProperty("schema").GetRawText());
    }

    [Fact]
    public async Task Chat_strict_tools_send_the_strict_parameters()
    {
        JsonElement sent = await SentAsync(false, new ChatOptions
        {
            Tools = [Function()],
            AdditionalProperties = new() { [OpenRouterPropertyNames.Strict] = true },
        });

        JsonElement function = sent.GetProperty("tools")[0].GetProperty("function");
        function.GetProperty("strict").GetBoolean().Should().BeTrue();
        JsonAssert.Equivalent(StrictSchema, function.GetProperty("parameters").GetRawText());
    }

    [Fact]
    public async Task Responses_strict_format_and_tools_send_the_strict_schema()
    {
        JsonElement sent = await SentAsync(true, new ChatOptions
        {
            ResponseFormat = Format(),
            Tools = [Function()],
            AdditionalProperties = new() { [OpenRouterPropertyNames.Strict] = true },
        });

        JsonElement format = sent.GetProperty("text").GetProperty("format");
        format.GetProperty("type").GetString().Should().Be("json_schema");
        format.GetProperty("strict").GetBoolean().Should().BeTrue();
        JsonAssert.Equivalent(StrictSchema, format.GetProperty("schema").GetRawText());
        JsonElement tool = sent.GetProperty("tools")[0];
        tool.GetProperty("strict").GetBoolean().Should().BeTrue();
        JsonAssert.Equivalent(StrictSchema, tool.GetProperty("parameters").GetRawText());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Without_strict_the_schemas_go_as_given(bool responses)
    {
        JsonElement sent = await SentAsync(responses, new ChatOptions { ResponseFormat = Format(), Tools = [Function()] });

        JsonElement format = responses ? sent.GetProperty("text").GetProperty("format") : sent.GetProperty("response_format").GetProperty("json_schema");
        JsonElement tool = responses ? sent.GetProperty("tools")[0] : sent.GetProperty("tools")[0].GetProperty("function");
        JsonAssert.Equivalent(Schema, format.GetProperty("schema").GetRawText());
        JsonAssert.Equivalent(Schema, tool.GetProperty("parameters").GetRawText());
        format.TryGetProperty("strict", out _).Should().BeFalse();
        tool.TryGetProperty("strict", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_function_of_its_own_strictness_wins_over_the_request(bool responses)
    {
        AIFunction strictFunction = AIFunctionFactory.Create((string city, int days = 3) => city, new AIFunctionFactoryOptions
        {
            Name = "plan_trip",
            AdditionalProperties = new Dictionary<string, object?> { [OpenRouterPropertyNames.Strict] = true },
        });
        AIFunctionDeclaration looseFunction = AIFunctionFactory.CreateDeclaration("loose", null, JsonDocument.Parse("""{"type":"object","properties":{"q":{"type":"string"}}}""").RootElement);

        JsonElement sent = await SentAsync(responses, new ChatOptions
        {
            Tools = [strictFunction, looseFunction],
            AdditionalProperties = new() { [OpenRouterPropertyNames.StrictJsonSchema] = false },
        });

        JsonElement strictTool = responses ? sent.GetProperty("tools")[0] : sent.GetProperty("tools")[0].GetProperty("function");
        JsonElement looseTool = responses ? sent.GetProperty("tools")[1] : sent.GetProperty("tools")[1].GetProperty("function");
        strictTool.GetProperty("strict").GetBoolean().Should().BeTrue();
        JsonAssert.Equivalent("""
            {"type":"object","properties":{"city":{"type":"string"},"days":{"type":["integer","null"],"description":"Default value: 3"}},
             "required":["city","days"],"additionalProperties":false}
            """, strictTool.GetProperty("parameters").GetRawText());
        looseTool.GetProperty("strict").GetBoolean().Should().BeFalse();
        JsonAssert.Equivalent("""{"type":"object","properties":{"q":{"type":"string"}}}""", looseTool.GetProperty("parameters").GetRawText());
    }
}
