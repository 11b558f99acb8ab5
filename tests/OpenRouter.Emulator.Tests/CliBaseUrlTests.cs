using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using OpenRouter.Cli;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>
/// <c>--base-url</c> and <c>OPENROUTER_BASE_URL</c>: the CLI talks to the emulator given, started once for several
/// command lines, and starts none of its own.
/// </summary>
public sealed partial class CliBaseUrlTests : IAsyncLifetime
{
    private OpenRouterEmulator _emulator = null!;

    public async ValueTask InitializeAsync() => _emulator = await OpenRouterEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Base_url_sends_every_command_to_that_emulator_and_starts_no_other()
    {
        string url = _emulator.BaseUrl.AbsoluteUri;

        var chat = await CliRun.RunAsync(new CliEnvironment(), "--base-url", url, "chat", "kept by the emulator");
        string id = GenerationId().Match(chat.Error).Value;
        var generation = await CliRun.RunAsync(new CliEnvironment(), "generation", id, "--json", "--base-url", url);

        chat.Code.Should().Be(0, chat.Error);
        chat.Error.Should().StartWith($"OPENROUTER_API_KEY is not set: sending a placeholder key to {url}").And.NotContain("built-in emulator");
        _emulator.State.Generations.Should().ContainSingle().Which.Id.Should().Be(id, "the chat went to this emulator");
        generation.Code.Should().Be(0, generation.Error);
        using JsonDocument json = JsonDocument.Parse(generation.Out);
        json.RootElement.GetProperty("id").GetString().Should().Be(id, "the lookup went to the same emulator, which knows the generation");
        json.RootElement.GetProperty("model").GetString().Should().Be("emulator/echo");
    }

    [Fact]
    public async Task The_environment_variable_does_the_same_and_a_site_root_means_its_api()
    {
        var environment = new CliEnvironment { ApiKey = TestCredentials.ApiKey, BaseUrl = _emulator.RootUrl.AbsoluteUri };

        var (code, output, error) = await CliRun.RunAsync(environment, "credits", "--json");

        code.Should().Be(0, error);
        error.Should().BeEmpty("a key is set, so there is nothing to note");
        using JsonDocument json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("total_credits").GetDecimal().Should().Be(10m);
    }

    [Fact]
    public async Task The_option_wins_over_the_environment_variable()
    {
        var environment = new CliEnvironment { BaseUrl = "https://unreachable.invalid/api/v1/" };

        var (code, output, error) = await CliRun.RunAsync(environment, "chat", "option first", "--base-url", _emulator.BaseUrl.AbsoluteUri);

        code.Should().Be(0, error);
        output.Should().Be("option first" + Environment.NewLine);
    }

    [Fact]
    public async Task A_malformed_environment_variable_is_a_usage_error_that_does_not_repeat_it()
    {
        var environment = new CliEnvironment { BaseUrl = "ftp://user:secret@example.com/" };

        var (code, _, error) = await CliRun.RunAsync(environment, "key");

        code.Should().Be(CliApp.UsageError);
        error.Should().StartWith("openrouter: OPENROUTER_BASE_URL must be an https URL").And.NotContain("secret");
    }

    [Fact]
    public async Task An_unknown_generation_on_an_emulator_fails_at_once_instead_of_waiting_for_the_record()
    {
        // The SDK waits up to GenerationLookupTimeout (10 s) for a generation the real API has not recorded yet; an
        // emulator records before it answers, so the CLI does not wait for it.
        var watch = Stopwatch.StartNew();
        var (code, output, error) = await CliRun.RunAsync(new CliEnvironment { BaseUrl = _emulator.BaseUrl.AbsoluteUri }, "generation", "gen-unknown");
        watch.Stop();

        code.Should().Be(CliApp.Failed);
        output.Should().BeEmpty();
        error.Should().Contain("openrouter: ").And.Contain("404");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "the 10 s lookup window is not used against an emulator");
    }

    [GeneratedRegex("gen-[0-9A-Za-z-]+")]
    private static partial Regex GenerationId();
}
