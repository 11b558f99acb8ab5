using FluentAssertions;
using OpenRouter.Samples.Quickstart;
using OpenRouter.Samples.Routing;
using OpenRouter.Samples.StructuredOutput;
using OpenRouter.Samples.ToolCalling;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

public sealed class SampleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Quickstart_streams_the_answer_then_prints_model_provider_and_cost()
    {
        await using var session = await EmulatorSession.StartAsync();
        var output = new StringWriter();

        await QuickstartSample.RunAsync(session.Client, output, Ct);

        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("Say hello to a .NET developer in one sentence.", "the emulator echoes the prompt word by word");
        lines[1].Should().MatchRegex(@"^openai/gpt-4o-mini via Emulator: \d+ tokens, \$0\.\d+$");
    }

    [Fact]
    public async Task Structured_output_sample_reads_the_schema_answer_into_the_record()
    {
        await using var session = await EmulatorSession.StartAsync();
        var output = new StringWriter();

        CityFacts facts = await StructuredOutputSample.RunAsync(session.Client, output, Ct);

        facts.Should().BeEquivalentTo(new CityFacts("Lisbon", "Lisbon", 42, ["Lisbon"]));
        output.ToString().Should().Contain("Lisbon, Lisbon: population 42");
    }

    [Fact]
    public async Task Tool_calling_sample_runs_the_tool_and_sends_the_result_back()
    {
        await using var session = await EmulatorSession.StartAsync();
        var output = new StringWriter();

        string? answer = await ToolCallingSample.RunAsync(session.Client, output, Ct);

        output.ToString().Should().StartWith("""-> get_weather({"city":"Oslo","unit":"celsius"}) = """);
        answer.Should().Be("""The get_weather tool returned: {"city":"Oslo","temperature":18,"unit":"celsius","conditions":"partly cloudy"}""");
    }

    [Fact]
    public async Task Routing_sample_reports_the_serving_model_and_the_preferred_provider()
    {
        await using var session = await EmulatorSession.StartAsync();
        var output = new StringWriter();

        ChatCompletion completion = await RoutingSample.RunAsync(session.Client, output, Ct);

        completion.Model.Should().Be("openai/gpt-4o-mini");
        completion.Provider.Should().Be("openai", "the emulator serves from the first provider of provider.order");
        output.ToString().Should().Contain("served by openai/gpt-4o-mini via openai for $");
    }
}
