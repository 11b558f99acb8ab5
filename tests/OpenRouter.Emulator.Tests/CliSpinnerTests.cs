using FluentAssertions;
using OpenRouter.Cli;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>With <c>--stream</c> on a terminal a spinner on stderr shows until the first token; redirected, nothing.</summary>
public sealed class CliSpinnerTests : IAsyncLifetime
{
    private OpenRouterEmulator _emulator = null!;

    public async ValueTask InitializeAsync() =>
        _emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { SlowChunkDelay = TimeSpan.FromSeconds(1) }, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task On_a_terminal_the_spinner_turns_until_the_first_token_and_is_erased_before_it()
    {
        // One writer for both streams, as on a terminal, so the order of spinner and answer shows.
        var screen = new StringWriter();
        var console = new CliConsole(screen, screen, IsInteractive: true);

        int code = await CliApp.RunAsync(["chat", "thinking", "--stream", "--model", "emulator/slow"], console,
            new CliEnvironment { BaseUrl = _emulator.BaseUrl.AbsoluteUri }, TestContext.Current.CancellationToken);

        code.Should().Be(0, screen.ToString());
        string text = screen.ToString();
        int spinner = text.IndexOf("\r| waiting for emulator/slow", StringComparison.Ordinal);
        int erased = text.IndexOf("\r" + new string(' ', "waiting for emulator/slow".Length + 2) + "\r", StringComparison.Ordinal);
        int answer = text.IndexOf("thinking" + Environment.NewLine, StringComparison.Ordinal);
        spinner.Should().BeGreaterThan(-1, "the first token took a second, and the spinner shows after 300 ms");
        erased.Should().BeGreaterThan(spinner);
        answer.Should().BeGreaterThan(erased, "the spinner is erased before the first token is printed");
        text.LastIndexOf("waiting for", StringComparison.Ordinal).Should().BeLessThan(answer, "it does not come back after the first token");
    }

    [Fact]
    public async Task Redirected_there_is_no_spinner()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        int code = await CliApp.RunAsync(["chat", "thinking", "--stream", "--model", "emulator/slow"], new CliConsole(output, error, IsInteractive: false),
            new CliEnvironment { BaseUrl = _emulator.BaseUrl.AbsoluteUri }, TestContext.Current.CancellationToken);

        code.Should().Be(0, error.ToString());
        output.ToString().Should().Be("thinking" + Environment.NewLine);
        error.ToString().Should().NotContain("\r").And.NotContain("waiting for");
    }
}
