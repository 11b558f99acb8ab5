using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using Xunit;

namespace OpenRouter.Sdk.Tests.ServerTools;

/// <summary>The exact JSON of each typed server tool, as a chat tool, from the builder and as a Responses tool.</summary>
public sealed class ServerToolJsonTests
{
    /// <summary>The tool as the chat request sends it (<c>tools[0]</c>), compact and in the order written.</summary>
    private static string Sent(ChatTool tool)
    {
        var request = new ChatCompletionRequest { Model = "m", Tools = [tool] };
        return JsonNode.Parse(JsonSerializer.Serialize(request, OpenRouterJsonContext.Default.ChatCompletionRequest))!["tools"]![0]!.ToJsonString();
    }

    /// <summary>The tool as the Responses request sends it (<c>tools[0]</c>).</summary>
    private static string Sent(ResponseTool tool)
    {
        var request = new ResponseRequest { Model = "m", Input = "x", Tools = [tool] };
        return JsonNode.Parse(JsonSerializer.Serialize(request, OpenRouterJsonContext.Default.ResponseRequest))!["tools"]![0]!.ToJsonString();
    }

    private static string FromBuilder(Func<ChatRequestBuilder, ChatRequestBuilder> add) =>
        Sent(add(new ChatRequestBuilder("m")).Build().Tools!.Single());

    public static TheoryData<string, Func<WebSearchToolOptions>, string> WebSearchParameters => new()
    {
        { "engine", () => new() { Engine = WebSearchEngine.Exa }, """{"engine":"exa"}""" },
        { "auto engine", () => new() { Engine = "auto" }, """{"engine":"auto"}""" },
        { "max results", () => new() { MaxResults = 5 }, """{"max_results":5}""" },
        { "max total results", () => new() { MaxTotalResults = 50 }, """{"max_total_results":50}""" },
        { "max uses", () => new() { MaxUses = 3 }, """{"max_uses":3}""" },
        { "max characters", () => new() { MaxCharacters = 2000 }, """{"max_characters":2000}""" },
        { "search context size", () => new() { SearchContextSize = WebSearchContextSize.Medium }, """{"search_context_size":"medium"}""" },
        { "mode", () => new() { Mode = WebSearchMode.DeepReasoning }, """{"mode":"deep-reasoning"}""" },
        { "allowed domains", () => new() { AllowedDomains = ["arxiv.org", "nature.com"] }, """{"allowed_domains":["arxiv.org","nature.com"]}""" },
        { "excluded domains", () => new() { ExcludedDomains = ["example.com"] }, """{"excluded_domains":["example.com"]}""" },
        { "user location", () => new() { UserLocation = new() { City = "San Francisco", Region = "California", Country = "US", Timezone = "America/Los_Angeles" } },
            """{"user_location":{"type":"approximate","city":"San Francisco","region":"California","country":"US","timezone":"America/Los_Angeles"}}""" },
        { "user location, country only", () => new() { UserLocation = new() { Country = "FR" } }, """{"user_location":{"type":"approximate","country":"FR"}}""" },
    };

    [Theory]
    [MemberData(nameof(WebSearchParameters))]
    public void Each_web_search_parameter_is_sent_under_its_spec_name(string what, Func<WebSearchToolOptions> options, string parameters)
    {
        string expected = $$"""{"type":"openrouter:web_search","parameters":{{parameters}}}""";

        Sent(ChatTool.CreateWebSearchTool(options())).Should().Be(expected, what);
        FromBuilder(b => b.WithWebSearchTool(options())).Should().Be(expected, what);
        Sent(ResponseTool.WebSearch(options())).Should().Be(expected, what);
    }

    [Fact]
    public void Web_search_with_every_parameter_sends_them_all_in_order()
    {
        var options = new WebSearchToolOptions
        {
            Engine = WebSearchEngine.Parallel,
            MaxResults = 4,
            MaxTotalResults = 20,
            MaxUses = 2,
            MaxCharacters = 1500,
            SearchContextSize = WebSearchContextSize.High,
            Mode = WebSearchMode.Turbo,
            AllowedDomains = ["a.example"],
            UserLocation = new WebSearchUserLocation { City = "Paris" },
        };

        Sent(ChatTool.CreateWebSearchTool(options)).Should().Be(
            """{"type":"openrouter:web_search","parameters":{"engine":"parallel","max_results":4,"max_total_results":20,"max_uses":2,"max_characters":1500,"search_context_size":"high","mode":"turbo","allowed_domains":["a.example"],"user_location":{"type":"approximate","city":"Paris"}}}""");
    }

    [Fact]
    public void Tools_without_options_send_only_their_type()
    {
        Sent(ChatTool.CreateWebSearchTool()).Should().Be("""{"type":"openrouter:web_search"}""");
        Sent(ChatTool.CreateWebSearchTool(new WebSearchToolOptions())).Should().Be("""{"type":"openrouter:web_search"}""", "nothing set sends no parameters");
        Sent(ChatTool.CreateWebFetchTool()).Should().Be("""{"type":"openrouter:web_fetch"}""");
        Sent(ChatTool.CreateDatetimeTool()).Should().Be("""{"type":"openrouter:datetime"}""");
        Sent(ChatTool.CreateImageGenerationTool()).Should().Be("""{"type":"openrouter:image_generation"}""");
        Sent(ResponseTool.WebSearch()).Should().Be("""{"type":"openrouter:web_search"}""");
        Sent(ResponseTool.WebFetch()).Should().Be("""{"type":"openrouter:web_fetch"}""");
        Sent(ResponseTool.Datetime()).Should().Be("""{"type":"openrouter:datetime"}""");
        Sent(ResponseTool.ImageGeneration()).Should().Be("""{"type":"openrouter:image_generation"}""");
        FromBuilder(b => b.WithWebSearchTool()).Should().Be("""{"type":"openrouter:web_search"}""");
        FromBuilder(b => b.WithWebFetchTool()).Should().Be("""{"type":"openrouter:web_fetch"}""");
        FromBuilder(b => b.WithDatetimeTool()).Should().Be("""{"type":"openrouter:datetime"}""");
        FromBuilder(b => b.WithImageGenerationTool()).Should().Be("""{"type":"openrouter:image_generation"}""");
    }

    public static TheoryData<string, Func<WebFetchToolOptions>, string> WebFetchParameters => new()
    {
        { "engine", () => new() { Engine = WebFetchEngine.OpenRouter }, """{"engine":"openrouter"}""" },
        { "max uses", () => new() { MaxUses = 10 }, """{"max_uses":10}""" },
        { "max content tokens", () => new() { MaxContentTokens = 100000 }, """{"max_content_tokens":100000}""" },
        { "allowed domains", () => new() { AllowedDomains = ["docs.example"] }, """{"allowed_domains":["docs.example"]}""" },
        { "blocked domains", () => new() { BlockedDomains = ["ads.example", "spam.example"] }, """{"blocked_domains":["ads.example","spam.example"]}""" },
        { "everything", () => new() { Engine = WebFetchEngine.Exa, MaxUses = 1, MaxContentTokens = 5, AllowedDomains = ["a"], BlockedDomains = ["b"] },
            """{"engine":"exa","max_uses":1,"max_content_tokens":5,"allowed_domains":["a"],"blocked_domains":["b"]}""" },
    };

    [Theory]
    [MemberData(nameof(WebFetchParameters))]
    public void Each_web_fetch_parameter_is_sent_under_its_spec_name(string what, Func<WebFetchToolOptions> options, string parameters)
    {
        string expected = $$"""{"type":"openrouter:web_fetch","parameters":{{parameters}}}""";

        Sent(ChatTool.CreateWebFetchTool(options())).Should().Be(expected, what);
        FromBuilder(b => b.WithWebFetchTool(options())).Should().Be(expected, what);
        Sent(ResponseTool.WebFetch(options())).Should().Be(expected, what);
    }

    [Fact]
    public void Datetime_sends_its_time_zone()
    {
        const string Expected = """{"type":"openrouter:datetime","parameters":{"timezone":"America/New_York"}}""";

        Sent(ChatTool.CreateDatetimeTool("America/New_York")).Should().Be(Expected);
        FromBuilder(b => b.WithDatetimeTool("America/New_York")).Should().Be(Expected);
        Sent(ResponseTool.Datetime("America/New_York")).Should().Be(Expected);
    }

    public static TheoryData<string, Func<ImageGenerationToolOptions>, string> ImageGenerationParameters => new()
    {
        { "model", () => new() { Model = "openai/gpt-5-image" }, """{"model":"openai/gpt-5-image"}""" },
        { "aspect ratio", () => new() { AspectRatio = "16:9" }, """{"aspect_ratio":"16:9"}""" },
        { "quality", () => new() { Quality = "high" }, """{"quality":"high"}""" },
        { "size", () => new() { Size = "1024x1024" }, """{"size":"1024x1024"}""" },
        { "background", () => new() { Background = "transparent" }, """{"background":"transparent"}""" },
        { "output format", () => new() { OutputFormat = "webp" }, """{"output_format":"webp"}""" },
        { "output compression", () => new() { OutputCompression = 80 }, """{"output_compression":80}""" },
        { "moderation", () => new() { Moderation = "low" }, """{"moderation":"low"}""" },
        { "other settings", () => new() { Model = "m1", AdditionalParameters = new JsonObject { ["image_size"] = "2K", ["model"] = "ignored" } },
            """{"model":"m1","image_size":"2K"}""" },
        { "the spec example", () => new() { Model = "openai/gpt-5-image", Quality = "high", Size = "1024x1024" },
            """{"model":"openai/gpt-5-image","quality":"high","size":"1024x1024"}""" },
    };

    [Theory]
    [MemberData(nameof(ImageGenerationParameters))]
    public void Each_image_generation_parameter_is_sent_under_its_spec_name(string what, Func<ImageGenerationToolOptions> options, string parameters)
    {
        string expected = $$"""{"type":"openrouter:image_generation","parameters":{{parameters}}}""";

        Sent(ChatTool.CreateImageGenerationTool(options())).Should().Be(expected, what);
        FromBuilder(b => b.WithImageGenerationTool(options())).Should().Be(expected, what);
        Sent(ResponseTool.ImageGeneration(options())).Should().Be(expected, what);
    }

    [Fact]
    public void A_tool_does_not_share_the_options_it_was_made_from()
    {
        var options = new WebSearchToolOptions { AllowedDomains = ["a.example"] };
        var extra = new JsonObject { ["image_size"] = "2K" };
        ChatTool search = ChatTool.CreateWebSearchTool(options);
        ChatTool image = ChatTool.CreateImageGenerationTool(new ImageGenerationToolOptions { AdditionalParameters = extra });

        options.AllowedDomains.Add("b.example");
        options.MaxResults = 9;
        extra["image_size"] = "4K";

        Sent(search).Should().Be("""{"type":"openrouter:web_search","parameters":{"allowed_domains":["a.example"]}}""");
        Sent(image).Should().Be("""{"type":"openrouter:image_generation","parameters":{"image_size":"2K"}}""");
    }

    [Fact]
    public void The_type_names_are_the_specs()
    {
        OpenRouterServerTools.WebSearch.Should().Be("openrouter:web_search");
        OpenRouterServerTools.WebFetch.Should().Be("openrouter:web_fetch");
        OpenRouterServerTools.Datetime.Should().Be("openrouter:datetime");
        OpenRouterServerTools.ImageGeneration.Should().Be("openrouter:image_generation");
    }

    [Fact]
    public void Settings_that_are_certainly_wrong_are_refused()
    {
        FluentActions.Invoking(() => ChatTool.CreateWebSearchTool(new WebSearchToolOptions { MaxResults = -1 }))
            .Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Contain("MaxResults");
        FluentActions.Invoking(() => ChatTool.CreateWebSearchTool(new WebSearchToolOptions { AllowedDomains = ["a"], ExcludedDomains = ["b"] }))
            .Should().Throw<ArgumentException>().Which.Message.Should().Contain("cannot be used together");
        FluentActions.Invoking(() => ResponseTool.WebFetch(new WebFetchToolOptions { BlockedDomains = [" "] }))
            .Should().Throw<ArgumentException>().Which.Message.Should().Contain("BlockedDomains");
        FluentActions.Invoking(() => ChatTool.CreateImageGenerationTool(new ImageGenerationToolOptions { OutputCompression = -5 }))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ChatTool.CreateDatetimeTool(" ")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("timezone");
        FluentActions.Invoking(() => new ChatRequestBuilder("m").WithDatetimeTool("")).Should().Throw<ArgumentException>();
    }
}
