using System.Net;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.Builders.Wire;

namespace OpenRouter.Sdk.Tests.Builders;

public sealed class StructuredOutputTests
{
    private static string SchemaJson(ResponseFormat format) => JsonSerializer.Serialize(format.JsonSchemaFormat!.Schema!.Value);

    [Fact]
    public void ForType_derives_a_strict_schema_from_the_type_contract()
    {
        ResponseFormat format = ResponseFormat.ForType(BuilderTestJsonContext.Default.WeatherReport);

        format.Type.Should().Be("json_schema");
        format.JsonSchemaFormat!.Name.Should().Be("WeatherReport");
        format.JsonSchemaFormat.Strict.Should().BeTrue();
        SchemaJson(format).Should().Be(Q(
            "{'type':'object','properties':{" +
            "'city':{'type':'string'}," +
            "'temperatureC':{'type':'number'}," +
            "'summary':{'type':['string','null']}," +
            "'forecasts':{'type':'array','items':{'type':'object','properties':{'day':{'type':'string'},'condition':{'enum':['Sunny','Rainy']}},'required':['day','condition'],'additionalProperties':false}}}," +
            "'required':['city','temperatureC','summary','forecasts'],'additionalProperties':false}"));
    }

    [Fact]
    public void ForType_without_strict_keeps_the_exported_schema_as_is_with_no_additionalProperties_rule()
    {
        ResponseFormat format = ResponseFormat.ForType(BuilderTestJsonContext.Default.CityAnswer, name: "city", strict: false, description: "Where");

        Json(new ChatRequestBuilder("m").WithResponseFormat(format)).Should().Be(Q(
            "{'model':'m','messages':[],'response_format':{'type':'json_schema','json_schema':{'name':'city','description':'Where','schema':{'type':'object','properties':{'city':{'type':'string'}},'required':['city']},'strict':false}}}"));
    }

    [Fact]
    public void ForType_by_reflection_matches_the_type_info_overload_for_the_same_options()
    {
        var options = new JsonSerializerOptions(BuilderTestJsonContext.Default.Options) { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

        SchemaJson(ResponseFormat.ForType<WeatherReport>(options)).Should().Be(SchemaJson(ResponseFormat.ForType(BuilderTestJsonContext.Default.WeatherReport)));
        ResponseFormat.ForType<CityAnswer>().JsonSchemaFormat!.Name.Should().Be("CityAnswer");
        SchemaJson(ResponseFormat.ForType<CityAnswer>()).Should().Contain("\"City\"", "default options keep the C# property names");
    }

    [Fact]
    public void A_generic_type_name_becomes_a_valid_schema_name()
    {
        ResponseFormat.ForType(BuilderTestJsonContext.Default.ListString).JsonSchemaFormat!.Name.Should().Be("List_1");
    }

    [Theory]
    [InlineData("{\"city\":\"Paris\"}")]
    [InlineData("  {\"city\":\"Paris\"}\n")]
    [InlineData("```json\n{\"city\":\"Paris\"}\n```")]
    [InlineData("```\n{\"city\":\"Paris\"}\n```")]
    [InlineData("Here you go:\n```json\n{\"city\":\"Paris\"}\n```\nAnything else?")]
    [InlineData("```json{\"city\":\"Paris\"}```")]
    public void GetStructuredResult_reads_bare_and_fenced_json(string content)
    {
        CityAnswer answer = Completion(content).GetStructuredResult(BuilderTestJsonContext.Default.CityAnswer);

        answer.Should().Be(new CityAnswer("Paris"));
    }

    [Fact]
    public void Invalid_json_raises_an_exception_that_names_the_type_and_quotes_the_answer()
    {
        string content = "Sure! The city is Paris." + new string('!', 300);

        var e = FluentActions.Invoking(() => Completion(content).GetStructuredResult(BuilderTestJsonContext.Default.CityAnswer))
            .Should().Throw<OpenRouterStructuredOutputException>().Which;

        e.Should().BeAssignableTo<OpenRouterException>();
        e.Message.Should().Contain("CityAnswer").And.Contain("\"Sure! The city is Paris.").And.Contain("...\"");
        e.Message.Length.Should().BeLessThan(content.Length + 200, "the answer is quoted as a short excerpt");
        e.TargetType.Should().Be(typeof(CityAnswer));
        e.Content.Should().Be(content);
        e.InnerException.Should().BeOfType<JsonException>().Subject.Should().NotBeNull();
    }

    [Fact]
    public void A_cut_off_answer_says_so()
    {
        var e = FluentActions.Invoking(() => Completion("{\"city\":\"Par", FinishReason.Length).GetStructuredResult(BuilderTestJsonContext.Default.CityAnswer))
            .Should().Throw<OpenRouterStructuredOutputException>().Which;

        e.Message.Should().Contain("cut off");
    }

    [Fact]
    public void A_refusal_or_missing_answer_is_reported_not_parsed()
    {
        var refused = new ChatCompletion { Choices = new[] { new ChatCompletionChoice { Message = new ChatCompletionMessage { Refusal = "I cannot help with that." } } } };
        FluentActions.Invoking(() => refused.GetStructuredResult(BuilderTestJsonContext.Default.CityAnswer))
            .Should().Throw<OpenRouterStructuredOutputException>().WithMessage("*refused*I cannot help with that.*");

        FluentActions.Invoking(() => new ChatCompletion().GetStructuredResult(BuilderTestJsonContext.Default.CityAnswer))
            .Should().Throw<OpenRouterStructuredOutputException>().WithMessage("*no choices*");

        FluentActions.Invoking(() => Completion("null").GetStructuredResult(BuilderTestJsonContext.Default.CityAnswer))
            .Should().Throw<OpenRouterStructuredOutputException>().WithMessage("*null*CityAnswer*");
    }

    [Fact]
    public void TryGetStructuredResult_reports_success_and_failure()
    {
        Completion("{\"city\":\"Rome\"}").TryGetStructuredResult(BuilderTestJsonContext.Default.CityAnswer, out CityAnswer? ok).Should().BeTrue();
        ok.Should().Be(new CityAnswer("Rome"));

        Completion("not json").TryGetStructuredResult(BuilderTestJsonContext.Default.CityAnswer, out CityAnswer? bad).Should().BeFalse();
        bad.Should().BeNull();
    }

    [Fact]
    public void Reflection_overloads_read_with_the_given_options()
    {
        Completion("{\"City\":\"Oslo\"}").GetStructuredResult<CityAnswer>().Should().Be(new CityAnswer("Oslo"));
        Completion("oops").TryGetStructuredResult(out CityAnswer? none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public async Task A_schema_request_sends_the_derived_format_and_its_answer_reads_back()
    {
        string body = """{"id":"gen-1","object":"chat.completion","created":1,"model":"openai/gpt-4o","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"{\"city\":\"Lima\"}"}}]}""";
        var handler = new StubHandler().Respond(HttpStatusCode.OK, body);
        using var client = TestClients.Create(handler);
        ChatCompletionRequest request = new ChatRequestBuilder("openai/gpt-4o")
            .AddUserMessage("Capital of Peru?")
            .WithJsonSchema(BuilderTestJsonContext.Default.CityAnswer)
            .Build();

        ChatCompletion completion = await client.CreateChatCompletionAsync(request, TestContext.Current.CancellationToken);

        handler.Requests[0].BodyText.Should().Be(Q(
            "{'model':'openai/gpt-4o','messages':[{'role':'user','content':'Capital of Peru?'}],'response_format':{'type':'json_schema','json_schema':{'name':'CityAnswer','schema':{'type':'object','properties':{'city':{'type':'string'}},'required':['city'],'additionalProperties':false},'strict':true}}}"));
        completion.GetStructuredResult(BuilderTestJsonContext.Default.CityAnswer).City.Should().Be("Lima");
    }

    private static ChatCompletion Completion(string content, FinishReason? finish = null) => new()
    {
        Choices = new[] { new ChatCompletionChoice { FinishReason = finish ?? FinishReason.Stop, Message = new ChatCompletionMessage { Content = content } } },
    };
}
