using System.Text.Json;
using FluentAssertions;
using OpenRouter.Cli;
using OpenRouter.Cli.Commands;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>
/// <c>--json</c>: the SDK's types printed through the SDK's source-generated metadata (what the NativeAOT build needs),
/// and standard error holding a JSON error or nothing, so that a script can parse both streams.
/// </summary>
public sealed class CliJsonOutputTests
{
    [Fact]
    public async Task Without_a_key_and_with_json_standard_error_stays_empty_although_the_built_in_emulator_is_used()
    {
        var (code, output, error) = await CliRun.RunAsync(new CliEnvironment(), "chat", "quiet please", "--json");

        code.Should().Be(CliApp.Success);
        error.Should().BeEmpty("no emulator notice and no summary line with --json");
        using JsonDocument json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString().Should().Be("quiet please");
    }

    [Fact]
    public async Task Without_json_the_emulator_notice_and_the_summary_are_still_written()
    {
        var (code, _, error) = await CliRun.RunAsync(new CliEnvironment(), "chat", "noted");

        code.Should().Be(CliApp.Success);
        string[] notes = CliRun.Lines(error);
        notes[0].Should().StartWith("OPENROUTER_API_KEY is not set: using the built-in emulator at http://127.0.0.1:");
        notes[1].Should().StartWith("[emulator/echo via Emulator");
    }

    [Fact]
    public async Task With_a_base_url_and_no_key_json_leaves_out_the_placeholder_key_notice()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var environment = new CliEnvironment { BaseUrl = emulator.BaseUrl.AbsoluteUri };

        var quiet = await CliRun.RunAsync(environment, "models", "--json");
        var noted = await CliRun.RunAsync(environment, "models");

        quiet.Code.Should().Be(CliApp.Success);
        quiet.Error.Should().BeEmpty();
        noted.Error.Should().StartWith("OPENROUTER_API_KEY is not set: sending a placeholder key to " + emulator.BaseUrl.AbsoluteUri, "the notice stays for people");
    }

    [Fact]
    public async Task An_api_error_with_json_is_the_only_line_on_standard_error()
    {
        var (code, output, error) = await CliRun.RunAsync(new CliEnvironment(), "chat", "hi", "--model", "emulator/rate-limit", "--json");

        code.Should().Be(CliApp.Failed);
        output.Should().BeEmpty();
        string[] lines = CliRun.Lines(error);
        lines.Should().ContainSingle("the emulator notice is left out");
        using JsonDocument json = JsonDocument.Parse(lines[0]);
        JsonElement detail = json.RootElement.GetProperty("error");
        detail.GetProperty("status").GetInt32().Should().Be(429);
        detail.GetProperty("message").GetString().Should().Contain("HTTP 429");
    }

    [Fact]
    public async Task Chat_json_is_the_wire_json_of_the_completion_with_text_unescaped()
    {
        var (code, output, _) = await CliRun.RunAsync(new CliEnvironment(), "chat", "Olá «quoted»", "--json");

        code.Should().Be(CliApp.Success);
        output.Should().Contain("\"content\": \"Olá «quoted»\"", "non-ASCII text is written as is, indented");
        output.Should().NotContain(": null", "nulls are left out, as the SDK writes them");
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement root = json.RootElement;
        root.GetProperty("object").GetString().Should().Be("chat.completion");
        root.GetProperty("id").GetString().Should().StartWith("gen-");
        root.GetProperty("choices")[0].GetProperty("finish_reason").GetString().Should().Be("stop");
        root.GetProperty("usage").GetProperty("completion_tokens").GetInt32().Should().BePositive("snake_case wire names");
        root.GetProperty("usage").GetProperty("cost").GetDecimal().Should().BePositive();
    }

    [Fact]
    public async Task Streamed_chat_json_is_one_chunk_per_line_and_the_chunks_spell_the_answer()
    {
        var (code, output, error) = await CliRun.RunAsync(new CliEnvironment(), "chat", "one two three", "--stream", "--json");

        code.Should().Be(CliApp.Success);
        error.Should().BeEmpty();
        string[] lines = CliRun.Lines(output);
        lines.Should().HaveCountGreaterThan(1);
        var answer = new System.Text.StringBuilder();
        foreach (string line in lines)
        {
            using JsonDocument chunk = JsonDocument.Parse(line);
            chunk.RootElement.GetProperty("object").GetString().Should().Be("chat.completion.chunk");
            if (chunk.RootElement.GetProperty("choices") is { ValueKind: JsonValueKind.Array } choices && choices.GetArrayLength() > 0
                && choices[0].GetProperty("delta").TryGetProperty("content", out JsonElement content))
            {
                answer.Append(content.GetString());
            }
        }

        answer.ToString().Should().Be("one two three");
        lines.Should().Contain(l => l.Contains("\"usage\":{", StringComparison.Ordinal), "the usage chunk is printed too");
    }

    [Fact]
    public async Task Models_json_is_an_array_of_models_with_their_wire_names()
    {
        var (code, output, error) = await CliRun.RunAsync(new CliEnvironment(), "models", "--json");

        code.Should().Be(CliApp.Success);
        error.Should().BeEmpty();
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement[] models = json.RootElement.EnumerateArray().ToArray();
        models.Should().Contain(m => m.GetProperty("id").GetString() == "emulator/echo");
        models.Where(m => m.TryGetProperty("context_length", out JsonElement _) && m.TryGetProperty("pricing", out JsonElement _))
            .Should().HaveCount(models.Length, "every model is written with its snake_case members");
    }

    [Fact]
    public void The_json_of_an_sdk_type_comes_from_the_sdk_metadata_and_other_types_are_refused()
    {
        var completion = new ChatCompletion { Id = "gen-1", Model = "openai/gpt-4o" };

        string json = CliOutput.Json(completion);
        string line = CliOutput.JsonLine(completion);

        json.Should().Contain("\n  \"id\": \"gen-1\"");
        line.Should().NotContain("\n").And.Contain("\"model\":\"openai/gpt-4o\"");
        Action reflected = () => CliOutput.Json(new Unregistered("x"));
        reflected.Should().Throw<NotSupportedException>("no reflection-based fallback, which the NativeAOT build does not have");
    }

    [Fact]
    public void The_cli_results_keep_their_null_members()
    {
        var failed = new CompareResult { Model = "nosuch/model", TotalMs = 12, Error = new CompareError("bad model", "bad_request", 400) };

        using JsonDocument json = JsonDocument.Parse(CliOutput.Json(new List<CompareResult> { failed }));

        JsonElement result = json.RootElement[0];
        result.GetProperty("answer").ValueKind.Should().Be(JsonValueKind.Null, "scripts read every member of a result");
        result.GetProperty("error").GetProperty("status").GetInt32().Should().Be(400);
    }

    private sealed record Unregistered(string Name);
}
