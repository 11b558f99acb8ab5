using System.Text.Json;
using FluentAssertions;
using OpenRouter.Cli;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary><c>openrouter compare</c> and <c>openrouter models compare</c> against an emulator.</summary>
public sealed class CliCompareTests : IAsyncLifetime
{
    private const string Prompt = "compare these three models";

    private OpenRouterEmulator _emulator = null!;

    public async ValueTask InitializeAsync() => _emulator = await OpenRouterEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _emulator.DisposeAsync();

    private CliEnvironment Environment => new() { BaseUrl = _emulator.BaseUrl.AbsoluteUri };

    [Fact]
    public async Task Compare_json_has_one_result_per_model_with_timings_usage_and_cost_and_the_failed_model_with_its_error()
    {
        var (code, output, error) = await CliRun.RunAsync(Environment, "compare", Prompt, "--models", "emulator/echo", "emulator/lorem", "openai/gpt-4o-mini", "nosuch/model", "--json");

        code.Should().Be(CliApp.Failed, "one model failed");
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement[] results = json.RootElement.EnumerateArray().ToArray();
        results.Select(r => r.GetProperty("model").GetString()).Should().Equal("emulator/echo", "emulator/lorem", "openai/gpt-4o-mini", "nosuch/model");

        foreach (JsonElement ok in results.Take(3))
        {
            string model = ok.GetProperty("model").GetString()!;
            ok.GetProperty("ok").GetBoolean().Should().BeTrue();
            ok.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);
            double firstToken = ok.GetProperty("time_to_first_token_ms").GetDouble();
            double total = ok.GetProperty("total_ms").GetDouble();
            firstToken.Should().BePositive();
            total.Should().BeGreaterThanOrEqualTo(firstToken);
            ok.GetProperty("finish_reason").GetString().Should().Be("stop");
            ok.GetProperty("provider").GetString().Should().Be("Emulator");
            string id = ok.GetProperty("generation_id").GetString()!;
            GenerationRecord record = _emulator.State.Find(id)!;
            record.Model.Should().Be(model, "each model was asked on its own");
            int completionTokens = ok.GetProperty("completion_tokens").GetInt32();
            completionTokens.Should().BePositive();
            ok.GetProperty("cost").GetDecimal().Should().BePositive();
            if (ok.GetProperty("tokens_per_second").ValueKind == JsonValueKind.Number)
            {
                ok.GetProperty("tokens_per_second").GetDouble().Should().BeApproximately(completionTokens / ((total - firstToken) / 1000), 0.1 + (completionTokens / ((total - firstToken) / 1000) * 0.01));
            }
        }

        results[0].GetProperty("answer").GetString().Should().Be(Prompt);
        results[1].GetProperty("answer").GetString().Should().StartWith("Lorem ipsum");
        results[2].GetProperty("answer").GetString().Should().Be(Prompt, "the stand-in answers like echo");

        JsonElement failed = results[3];
        failed.GetProperty("ok").GetBoolean().Should().BeFalse();
        failed.GetProperty("answer").ValueKind.Should().Be(JsonValueKind.Null);
        failed.GetProperty("error").GetProperty("status").GetInt32().Should().Be(400);
        failed.GetProperty("error").GetProperty("type").GetString().Should().Be("bad_request");
        failed.GetProperty("error").GetProperty("message").GetString().Should().Contain("nosuch/model is not a valid model ID");
        _emulator.State.Generations.Should().HaveCount(3, "the failed model did not stop the others");
        error.Should().NotContain("openrouter:", "a failed model is a result, not an error of the command");
    }

    [Fact]
    public async Task Compare_prints_a_table_with_a_row_per_model_and_the_error_in_the_failed_row()
    {
        var (code, output, error) = await CliRun.RunAsync(Environment, "compare", Prompt, "--models", "emulator/echo,emulator/lorem", "--models", "nosuch/model");

        code.Should().Be(CliApp.Failed);
        string[] lines = CliRun.Lines(output);
        lines.Should().Contain(l => l.Contains("MODEL") && l.Contains("FIRST TOKEN") && l.Contains("TOTAL") && l.Contains("TOKENS/S") && l.Contains("COST $")
            && l.Contains("FINISH") && l.Contains("PROVIDER") && l.Contains("ANSWER"));
        lines.Should().Contain(l => l.Contains("emulator/echo") && l.Contains(" stop ") && l.Contains("Emulator") && l.Contains(Prompt));
        lines.Should().Contain(l => l.Contains("emulator/lorem") && l.Contains("Lorem ipsum"));
        lines.Should().Contain(l => l.Contains("nosuch/model") && l.Contains("failed") && l.Contains("error: OpenRouter returned HTTP 400"));
        error.Should().EndWith("2 of 3 models answered; 1 failed" + System.Environment.NewLine);
    }

    [Fact]
    public async Task Compare_exits_with_0_when_every_model_answers()
    {
        var (code, _, error) = await CliRun.RunAsync(Environment, "compare", Prompt, "--models", "emulator/echo", "emulator/lorem", "openai/gpt-4o");

        code.Should().Be(0, error);
        error.Should().EndWith("3 models answered" + System.Environment.NewLine);
    }

    [Fact]
    public async Task Models_compare_json_has_prices_per_million_context_parameters_and_endpoint_stats()
    {
        var (code, output, error) = await CliRun.RunAsync(Environment, "models", "compare", "emulator/echo", "openai/gpt-4o-mini", "--json");

        code.Should().Be(0, error);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement[] models = json.RootElement.EnumerateArray().ToArray();
        models.Select(m => m.GetProperty("id").GetString()).Should().Equal("emulator/echo", "openai/gpt-4o-mini");
        JsonElement echo = models[0];
        echo.GetProperty("name").GetString().Should().Be("Emulator: Echo");
        echo.GetProperty("prompt_per_million").GetRawText().Should().Be("0.1", "the per-token 0.0000001 is shown per million, without trailing zeros");
        echo.GetProperty("completion_per_million").GetRawText().Should().Be("0.4");
        echo.GetProperty("context_length").GetInt32().Should().Be(128_000);
        echo.GetProperty("max_output_tokens").GetInt32().Should().Be(16_384);
        echo.GetProperty("supported_parameters").EnumerateArray().Select(p => p.GetString()).Should().Contain(["tools", "temperature"]);
        JsonElement endpoint = echo.GetProperty("endpoints").EnumerateArray().Should().ContainSingle().Subject;
        endpoint.GetProperty("provider").GetString().Should().Be("Emulator");
        endpoint.GetProperty("uptime_last_30m").GetDouble().Should().Be(100);
        endpoint.GetProperty("latency_p50_ms").GetDouble().Should().Be(5);
        endpoint.GetProperty("throughput_p50").GetDouble().Should().Be(1000);
    }

    [Fact]
    public async Task Models_compare_prints_the_models_side_by_side_and_their_providers()
    {
        var (code, output, error) = await CliRun.RunAsync(Environment, "models", "compare", "emulator/echo", "openai/gpt-4o-mini");

        code.Should().Be(0, error);
        string[] lines = CliRun.Lines(output);
        lines.Should().Contain(l => l.Contains("emulator/echo") && l.Contains("openai/gpt-4o-mini"), "a column per model");
        lines.Should().Contain(l => l.Contains("$/M in") && l.Contains(" 0.1 ") && !l.Contains("0.10"));
        lines.Should().Contain(l => l.Contains("$/M out") && l.Contains(" 0.4 "));
        lines.Should().Contain(l => l.Contains("Context") && l.Contains("128,000"));
        lines.Should().Contain(l => l.Contains("Max output") && l.Contains("16,384"));
        lines.Should().Contain(l => l.Contains("PROVIDER") && l.Contains("UPTIME 30M") && l.Contains("LATENCY P50") && l.Contains("TOKENS/S P50"));
        lines.Should().Contain(l => l.Contains("Emulator") && l.Contains("100 %") && l.Contains("5 ms") && l.Contains("1000"));
    }

    [Fact]
    public async Task Models_compare_of_a_model_not_in_the_catalog_fails_with_its_name()
    {
        var (code, output, error) = await CliRun.RunAsync(Environment, "models", "compare", "emulator/echo", "nosuch/model");

        code.Should().Be(CliApp.Failed);
        output.Should().BeEmpty();
        error.Should().Contain("openrouter: not in the catalog: nosuch/model");
    }
}
