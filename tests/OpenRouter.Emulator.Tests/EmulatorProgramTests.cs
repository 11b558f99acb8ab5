using System.Diagnostics;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The standalone emulator program: arguments, a taken port, and a clean stop.</summary>
public sealed partial class EmulatorProgramTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int Code, string Out, string Error)> RunAsync(CancellationToken stop, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await EmulatorCommandLine.RunAsync(args, output, error, stop);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_prints_the_usage_and_exits_0(string flag)
    {
        var (code, output, error) = await RunAsync(Ct, flag);

        code.Should().Be(0);
        output.Should().StartWith("Usage: openrouter-emulator [--port N").And.Contain("--management-key KEY");
        error.Should().BeEmpty();
    }

    [Theory]
    [InlineData(new[] { "--port", "abc" }, "emulator: invalid value 'abc' for --port: expected a number from 0 to 65535.")]
    [InlineData(new[] { "--port", "70000" }, "emulator: invalid value '70000' for --port: expected a number from 0 to 65535.")]
    [InlineData(new[] { "--port" }, "emulator: --port needs a value.")]
    [InlineData(new[] { "--urls", "http://example.com:80" }, "emulator: invalid value 'http://example.com:80' for --urls: expected a loopback http URL")]
    [InlineData(new[] { "--verbose" }, "emulator: unknown argument '--verbose'.")]
    public async Task Bad_arguments_say_what_is_wrong_in_one_line_and_exit_2(string[] args, string message)
    {
        var (code, output, error) = await RunAsync(Ct, args);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith(message).And.EndWith("Run with --help for usage." + Environment.NewLine);
        error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public async Task A_taken_port_prints_one_clear_line_and_exits_1()
    {
        await using OpenRouterEmulator first = await OpenRouterEmulator.StartAsync(cancellationToken: Ct);
        string port = first.BaseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (code, output, error) = await RunAsync(Ct, "--port", port);

        code.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be($"emulator: port {port} on 127.0.0.1 is already in use; pick another with --port N (0 picks a free one).{Environment.NewLine}");
    }

    [Fact]
    public async Task The_stop_signal_stops_the_server_and_exits_0()
    {
        using var stop = new CancellationTokenSource();
        var output = new SignallingWriter("listening on ");
        var error = new StringWriter();

        Task<int> run = EmulatorCommandLine.RunAsync(["--port", "0", "--management-key", "sk-or-v1-m"], output, error, stop.Token);
        await output.Seen.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Uri baseUrl = new(ListeningLine().Match(output.ToString()).Groups[1].Value);
        using var http = new HttpClient { BaseAddress = baseUrl };
        string models = await http.GetStringAsync("models", Ct);
        await stop.CancelAsync();
        int code = await run.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        models.Should().Contain(EmulatedModels.Echo);
        code.Should().Be(0);
        output.ToString().Should().Contain("Management routes demand the key given with --management-key.").And.EndWith("OpenRouter emulator stopped." + Environment.NewLine);
        error.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task Sigterm_stops_the_built_program_cleanly_with_exit_code_0()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "SIGTERM is a POSIX signal");
        string dll = Path.Combine(AppContext.BaseDirectory, "OpenRouter.Emulator.Tool.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { dll, "--port", "0" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stdout = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            lock (stdout)
            {
                stdout.AppendLine(e.Data);
            }

            if (e.Data?.Contains("listening on ", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        Task<string> stderr = process.StandardError.ReadToEndAsync(Ct);
        try
        {
            await listening.Task.WaitAsync(TimeSpan.FromSeconds(60), Ct);
            using (Process kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(Ct);
            }

            await process.WaitForExitAsync(Ct).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }

        process.ExitCode.Should().Be(0);
        (await stderr).Should().BeEmpty("no ObjectDisposedException or other trace");
        lock (stdout)
        {
            stdout.ToString().Should().Contain("OpenRouter emulator stopped.");
        }
    }

    [GeneratedRegex(@"listening on (\S+)")]
    private static partial Regex ListeningLine();

    /// <summary>A StringWriter that completes <see cref="Seen"/> once a line containing a marker was written.</summary>
    private sealed class SignallingWriter(string marker) : StringWriter
    {
        public TaskCompletionSource Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Task WriteLineAsync(string? value)
        {
            Task written = base.WriteLineAsync(value);
            if (value?.Contains(marker, StringComparison.Ordinal) == true)
            {
                Seen.TrySetResult();
            }

            return written;
        }
    }
}
