using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using Xunit;
using static OpenRouter.Sdk.Tests.Builders.Wire;

namespace OpenRouter.Sdk.Tests.Builders;

/// <summary>
/// The request types keep fields they do not model in a <see cref="JsonObject"/>. System.Text.Json writes a
/// JsonObject extension property as an unnamed nested object (invalid JSON); these pin the corrected wire form.
/// </summary>
public sealed class ExtensionDataTests
{
    [Fact]
    public void Request_additional_properties_are_written_as_top_level_members()
    {
        var request = new ChatCompletionRequest { Model = "m", AdditionalProperties = new JsonObject { ["safe_prompt"] = true, ["raw"] = new JsonObject { ["a"] = 1 } } };

        Json(request).Should().Be(Q("{'model':'m','messages':[],'safe_prompt':true,'raw':{'a':1}}"));
    }

    [Fact]
    public void Nested_request_objects_write_their_additional_properties_inline()
    {
        var request = new ChatCompletionRequest
        {
            Model = "m",
            Provider = new ProviderPreferences { AdditionalProperties = new JsonObject { ["p"] = 1 } },
            Plugins = new List<Plugin> { Plugin.Create("x", new JsonObject { ["q"] = 2 }) },
            Reasoning = new ReasoningConfig { AdditionalProperties = new JsonObject { ["r"] = 3 } },
            Tools = new List<ChatTool> { new() { Type = "t", AdditionalProperties = new JsonObject { ["s"] = 4 } } },
            WebSearchOptions = new WebSearchOptions { AdditionalProperties = new JsonObject { ["u"] = 5 } },
            Trace = new TraceOptions { AdditionalProperties = new JsonObject { ["v"] = 6 } },
        };

        Json(request).Should().Be(Q("{'model':'m','messages':[],'tools':[{'type':'t','s':4}],'reasoning':{'r':3},'web_search_options':{'u':5},'provider':{'p':1},'plugins':[{'id':'x','q':2}],'trace':{'v':6}}"));
    }

    [Fact]
    public void Unknown_request_fields_are_read_back_into_additional_properties()
    {
        string json = Q("{'model':'m','messages':[],'provider':{'order':['a'],'future':[1,2]},'safe_prompt':true}");

        ChatCompletionRequest request = JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.ChatCompletionRequest)!;

        request.AdditionalProperties!["safe_prompt"]!.GetValue<bool>().Should().BeTrue();
        request.Provider!.AdditionalProperties!["future"]!.ToJsonString().Should().Be("[1,2]");
        Json(request).Should().Be(json);
    }
}
