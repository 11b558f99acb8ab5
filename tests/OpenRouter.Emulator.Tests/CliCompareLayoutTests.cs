using FluentAssertions;
using OpenRouter.Cli;
using OpenRouter.Cli.Commands;
using Spectre.Console;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary><c>compare</c>'s results at the widths of real terminals: nothing is wrapped across lines at 80 columns.</summary>
public sealed class CliCompareLayoutTests
{
    private static readonly CompareResult[] Results =
    [
        new()
        {
            Model = "anthropic/claude-3.7-sonnet:thinking", Answer = "The first answer.", TimeToFirstTokenMs = 412, TotalMs = 12_340,
            TokensPerSecond = 41.2, PromptTokens = 9, CompletionTokens = 500, Cost = 0.00012345m, FinishReason = "length", Provider = "Google AI Studio",
        },
        new()
        {
            Model = "emulator/echo", Answer = "The second answer.", TimeToFirstTokenMs = 5, TotalMs = 20,
            TokensPerSecond = 350, CompletionTokens = 4, Cost = 0.0000021m, FinishReason = "stop", Provider = "Emulator",
        },
        new() { Model = "nosuch/model", TotalMs = 8, Error = new CompareError("OpenRouter returned HTTP 400: nosuch/model is not a valid model ID", "bad_request", 400) },
    ];

    private static string[] Render(int width)
    {
        var text = new StringWriter();
        IAnsiConsole console = CliSpectre.Create(text, terminal: false);
        console.Profile.Width = width;
        CompareCommand.WriteResults(console, Results);
        return text.ToString().Split(Environment.NewLine).Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToArray();
    }

    [Fact]
    public void At_80_columns_every_model_has_a_section_with_its_figures_on_lines_that_fit()
    {
        string[] lines = Render(80);

        lines.Should().OnlyContain(l => l.Length <= 80);
        lines.Should().NotContain(l => l.Contains('│'), "the table, which would wrap at this width, is left out");
        int first = Array.FindIndex(lines, l => l.Contains("anthropic/claude-3.7-sonnet:thinking", StringComparison.Ordinal));
        first.Should().BeGreaterThanOrEqualTo(0, "the model id is whole on one line");
        lines[first + 1].Should().Be("first token 0.41 s · total 12.34 s · 41.2 tokens/s · $0.00012345");
        lines[first + 2].Should().Be("finish length · provider Google AI Studio");
        lines[first + 3].Should().Be("The first answer.");

        int failed = Array.FindIndex(lines, l => l.Contains("nosuch/model", StringComparison.Ordinal));
        lines[failed + 1].Should().Be("total 0.01 s");
        lines[failed + 2].Should().Be("failed · HTTP 400");
        lines[failed + 3].Should().StartWith("error: OpenRouter returned HTTP 400");
    }

    [Fact]
    public void A_width_that_holds_the_table_shows_it_with_the_answers_after_it()
    {
        string[] lines = Render(120);

        lines.Should().OnlyContain(l => l.Length <= 120);
        lines.Should().Contain(l => l.Contains("MODEL") && l.Contains("FIRST TOKEN") && l.Contains("PROVIDER") && !l.Contains("ANSWER"));
        lines.Should().Contain(l => l.Contains("anthropic/claude-3.7-sonnet:thinking") && l.Contains("12.34 s") && l.Contains("Google AI Studio") && l.Contains('│'));
        lines.Should().Contain("The first answer.");
        lines.Should().NotContain(l => l.StartsWith("first token", StringComparison.Ordinal), "the figures are in the table");
    }

    [Fact]
    public void A_wide_console_puts_the_answers_in_the_table()
    {
        string[] lines = Render(160);

        lines.Should().Contain(l => l.Contains("ANSWER"));
        lines.Should().Contain(l => l.Contains("emulator/echo") && l.Contains("The second answer."));
    }
}
