using System.Text.Json;
using FluentAssertions;
using OpenRouter.Cli;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>
/// The command line itself (System.CommandLine): usage errors exit with 2 on standard error before anything is sent or
/// started, <c>--json</c> turns errors into JSON, and help, <c>--version</c>, <c>--opt=value</c> and response files work.
/// </summary>
public sealed class CliCommandLineTests : IAsyncLifetime
{
    private OpenRouterEmulator _emulator = null!;

    public async ValueTask InitializeAsync() => _emulator = await OpenRouterEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _emulator.DisposeAsync();

    [Theory]
    [InlineData("Unrecognized command or argument '--modle'", "chat", "hi", "--modle", "x")]
    [InlineData("Unrecognized command or argument 'extra'", "key", "extra")]
    [InlineData("Unrecognized command or argument 'extra'", "credits", "extra")]
    [InlineData("--fallback needs a value that is not empty", "chat", "hi", "--fallback", "")]
    [InlineData("Required argument missing for option: '--model'", "chat", "hi", "--model=")]
    [InlineData("--model needs a value that is not empty", "chat", "hi", "--model", " ")]
    [InlineData("Required argument missing for command: 'chat'", "chat")]
    [InlineData("Required argument missing for command: 'generation'", "generation")]
    [InlineData("Required argument missing for option: '--models'", "compare", "hi", "--models")]
    [InlineData("Option '--models' is required", "compare", "hi")]
    [InlineData("prompt may not be empty", "chat", " ")]
    [InlineData("Argument 'cheapest' not recognized", "chat", "hi", "--sort", "cheapest")]
    [InlineData("Argument 'size' not recognized", "models", "--sort", "size")]
    [InlineData("Unrecognized command or argument 'frobnicate'", "frobnicate")]
    [InlineData("--base-url must be an https URL", "key", "--base-url", "http://example.com/api/v1/")]
    [InlineData("the API key is not taken from the command line", "chat", "hi", "--api-key", "sk-or-v1-typed")]
    public async Task A_usage_error_exits_with_2_and_says_why_on_standard_error_only(string expected, params string[] args)
    {
        var (code, output, error) = await CliRun.RunAsync(Pointed(), args);

        code.Should().Be(CliApp.UsageError);
        output.Should().BeEmpty();
        error.Should().StartWith("openrouter: ").And.Contain(expected).And.EndWith("(see 'openrouter --help')" + Environment.NewLine)
            .And.NotContain("sk-or-v1-typed", "a key typed on the command line is not repeated");
        _emulator.State.Generations.Should().BeEmpty("nothing was sent");
    }

    [Fact]
    public async Task With_json_an_unknown_generation_is_the_error_object_the_README_shows()
    {
        var (code, _, error) = await CliRun.RunAsync(Pointed(), "generation", "gen-nope", "--json");

        code.Should().Be(1);
        string[] lines = CliRun.Lines(error);
        lines.Should().ContainSingle("with --json, the placeholder-key notice is left out: standard error is the JSON error alone");
        lines[0].Should().Be("""
            {"error":{"message":"OpenRouter returned HTTP 404: Generation gen-nope not found","type":"not_found","status":404}}
            """);
    }

    [Fact]
    public async Task A_usage_error_without_a_base_url_starts_no_emulator()
    {
        var (code, _, error) = await CliRun.RunAsync(new CliEnvironment(), "chat", "hi", "--stream", "--modle", "x");

        code.Should().Be(CliApp.UsageError);
        error.Should().NotContain("emulator");
    }

    [Fact]
    public async Task With_json_a_usage_error_is_a_json_object_on_standard_error()
    {
        var (code, output, error) = await CliRun.RunAsync(Pointed(), "chat", "hi", "--json", "--bogus");

        code.Should().Be(CliApp.UsageError);
        output.Should().BeEmpty();
        using JsonDocument json = JsonDocument.Parse(error);
        JsonElement body = json.RootElement.GetProperty("error");
        body.GetProperty("message").GetString().Should().Be("Unrecognized command or argument '--bogus'.");
        body.GetProperty("type").GetString().Should().Be("usage_error");
        body.GetProperty("status").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task With_json_an_api_error_is_a_json_object_with_its_status_and_exit_code_1()
    {
        var (code, output, error) = await CliRun.RunAsync(Pointed(), "chat", "hi", "--model", "nosuch/model", "--json");

        code.Should().Be(CliApp.Failed);
        output.Should().BeEmpty();
        string line = CliRun.Lines(error).Last();
        using JsonDocument json = JsonDocument.Parse(line);
        JsonElement body = json.RootElement.GetProperty("error");
        body.GetProperty("message").GetString().Should().Contain("nosuch/model is not a valid model ID");
        body.GetProperty("type").GetString().Should().Be("bad_request");
        body.GetProperty("status").GetInt32().Should().Be(400);
    }

    [Fact]
    public async Task An_api_error_is_one_line_without_a_stack_trace_or_the_key()
    {
        var environment = new CliEnvironment { ApiKey = TestCredentials.ApiKey, BaseUrl = _emulator.BaseUrl.AbsoluteUri };

        var (code, output, error) = await CliRun.RunAsync(environment, "chat", "hi", "--model", "emulator/unauthorized");

        code.Should().Be(CliApp.Failed);
        output.Should().BeEmpty();
        CliRun.Lines(error).Should().ContainSingle().Which.Should().StartWith("openrouter: ").And.Contain("401");
        error.Should().NotContain(" at ").And.NotContain(TestCredentials.ApiKey).And.NotContain(TestCredentials.ApiKey[^12..]);
    }

    [Fact]
    public async Task Options_take_their_value_after_an_equals_sign_too()
    {
        var (code, output, error) = await CliRun.RunAsync(Pointed(), "chat", "four words of text", "--model=emulator/lorem", "--provider-order=Azure");

        code.Should().Be(0, error);
        output.Should().StartWith("Lorem ipsum");
        error.Should().Contain("[emulator/lorem via Azure ·");
    }

    [Fact]
    public async Task A_response_file_supplies_arguments()
    {
        string file = Path.Combine(Path.GetTempPath(), $"openrouter-cli-{Guid.NewGuid():N}.rsp");
        await File.WriteAllLinesAsync(file, ["--model", "emulator/echo", "--fallback", "emulator/lorem"], TestContext.Current.CancellationToken);
        try
        {
            var (code, output, error) = await CliRun.RunAsync(Pointed(), "chat", "from a file", "@" + file);

            code.Should().Be(0, error);
            output.Should().Be("from a file" + Environment.NewLine);
            _emulator.State.Generations.Should().ContainSingle().Which.Model.Should().Be("emulator/echo");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_lists_every_command_and_the_exit_codes(string help)
    {
        var (code, output, _) = await CliRun.RunAsync(new CliEnvironment(), help);

        code.Should().Be(0);
        foreach (string command in new[] { "chat <prompt>", "compare <prompt>", "models", "generation <id>", "key", "credits", "login", "keys", "activity" })
        {
            output.Should().MatchRegex($@"(?m)^  {System.Text.RegularExpressions.Regex.Escape(command)} +\S", $"the help lists '{command}'");
        }

        output.Should().Contain("--base-url <URL>").And.Contain("--version").And.Contain("models compare A B").And.Contain("2 wrong command line");
    }

    [Fact]
    public async Task A_command_has_its_own_help()
    {
        var (code, output, _) = await CliRun.RunAsync(new CliEnvironment(), "compare", "--help");

        code.Should().Be(0);
        output.Should().Contain(" compare <prompt> [options]").And.Contain("--models <MODEL>").And.Contain("--json").And.Contain("--base-url <URL>");
    }

    [Fact]
    public async Task No_command_prints_the_help_on_standard_error_and_exits_with_2()
    {
        var (code, output, error) = await CliRun.RunAsync(new CliEnvironment());

        code.Should().Be(CliApp.UsageError);
        output.Should().BeEmpty();
        error.Should().Contain("Commands:").And.EndWith($"openrouter: a command is required (see 'openrouter --help'){Environment.NewLine}");
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var (code, output, _) = await CliRun.RunAsync(new CliEnvironment(), "--version");

        code.Should().Be(0);
        output.Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    /// <summary>The environment of a user whose OPENROUTER_BASE_URL points to this test's emulator.</summary>
    private CliEnvironment Pointed() => new() { BaseUrl = _emulator.BaseUrl.AbsoluteUri };
}
