using FluentAssertions;
using OpenRouter.Cli;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The CLI without OPENROUTER_API_KEY: it starts the emulator in-process and talks to it.</summary>
public sealed class CliTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await CliApp.RunAsync(args, new CliConsole(output, error, IsInteractive: false), apiKey: null, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Chat_stream_prints_the_answer_and_says_in_one_line_that_the_emulator_is_used()
    {
        var (code, output, error) = await RunAsync("chat", "Hello from the CLI", "--stream");

        code.Should().Be(0);
        output.Should().Be("Hello from the CLI" + Environment.NewLine);
        string[] notes = error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        notes[0].Should().StartWith("OPENROUTER_API_KEY is not set: using the built-in emulator at http://127.0.0.1:");
        notes[1].Should().MatchRegex(@"^\[emulator/echo via Emulator · \d+\+4 tokens · \$0\.\d+ · gen-");
    }

    [Fact]
    public async Task Chat_sends_fallbacks_and_provider_preferences()
    {
        var (code, output, error) = await RunAsync("chat", "routed", "--model", "emulator/server-error", "--fallback", "emulator/rate-limit", "emulator/echo",
            "--provider-order", "Azure", "OpenAI", "--sort", "latency");

        code.Should().Be(0, error);
        output.Should().Be("routed" + Environment.NewLine);
        error.Should().Contain("[emulator/echo via Azure ·", "the failing models were skipped and the first preferred provider served");
    }

    [Fact]
    public async Task Chat_json_prints_the_completion_as_json()
    {
        var (code, output, _) = await RunAsync("chat", "as json", "--json");

        code.Should().Be(0);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString().Should().Be("as json");
    }

    [Theory]
    [InlineData("emulator/rate-limit", "HTTP 429")]
    [InlineData("emulator/mid-stream-error", "The stream failed after it started")]
    public async Task Errors_print_one_clear_line_to_stderr_and_exit_non_zero(string model, string expected)
    {
        var (code, output, error) = await RunAsync("chat", "one two three four", "--model", model, "--stream");

        code.Should().Be(1);
        error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Last().Should().StartWith("openrouter: ").And.Contain(expected);
        output.Should().NotContain("openrouter:");
    }

    [Theory]
    [InlineData("chat")]
    [InlineData("chat", "hi", "--sort", "cheapest")]
    [InlineData("chat", "hi", "--modle", "x")]
    [InlineData("frobnicate")]
    [InlineData("generation")]
    public async Task Usage_errors_exit_with_2_before_anything_starts(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);

        code.Should().Be(2);
        error.Should().StartWith("openrouter: ").And.NotContain("emulator at");
    }
}
