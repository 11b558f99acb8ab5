using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Cli;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>
/// The CLI's administration commands (<c>login</c>, <c>keys</c>, <c>activity</c>) against an emulator that stays up
/// across several command lines and accepts only <see cref="ManagementKey"/> on its management routes.
/// </summary>
public sealed class CliAdminTests : IAsyncLifetime
{
    private const string ManagementKey = "sk-or-v1-management-cli-0123456789abcdef0123456789abcdef";

    private readonly string _folder = Directory.CreateTempSubdirectory("openrouter-cli-").FullName;
    private readonly HttpClient _browser = new();
    private readonly List<string> _printed = [];
    private OpenRouterEmulator _emulator = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Site => _emulator.RootUrl.AbsoluteUri;

    public async ValueTask InitializeAsync() =>
        _emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ManagementKey = ManagementKey }, Ct);

    public async ValueTask DisposeAsync()
    {
        // Whatever a test ran, the management key never reached the screen.
        _browser.Dispose();
        Directory.Delete(_folder, recursive: true);
        await _emulator.DisposeAsync();
        _printed.Should().NotContain(text => text.Contains(ManagementKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_through_the_browser_writes_the_key_to_a_file_only_its_owner_can_read_and_never_prints_it()
    {
        string file = Path.Combine(_folder, "openrouter-key");
        Task<string>? page = null;
        var environment = new CliEnvironment
        {
            OpenBrowser = uri =>
            {
                // The emulator's sign-in page approves at once and sends the browser back to the CLI's listener.
                page = _browser.GetStringAsync(uri, Ct);
                return true;
            },
        };

        var (code, output, error) = await RunAsync(environment, "login", "--site", Site, "--out", file);

        code.Should().Be(0, error);
        string saved = await File.ReadAllTextAsync(file, Ct);
        saved.Should().StartWith(SignInRoutes.IssuedKeyPrefix).And.EndWith("\n");
        string key = saved.TrimEnd('\n');
        output.Should().BeEmpty("the key goes to the file only");
        error.Should().NotContain(key).And.Contain($"Signed in as {SignInRoutes.UserId}").And.Contain("written to " + file);
        (await page!).Should().Contain("Signed in to OpenRouter", "the browser was shown that it can be closed");
        Directory.GetFiles(_folder).Should().Equal([file], "no temporary file is left behind");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(file).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = key, BaseUrl = _emulator.BaseUrl });
        (await client.GetKeyInfoAsync(Ct)).Should().NotBeNull("the saved key is usable as is");
    }

    [Fact]
    public async Task Login_without_a_file_prints_the_key_alone_on_standard_output()
    {
        var environment = new CliEnvironment { OpenBrowser = uri => Visit(uri) };

        var (code, output, error) = await RunAsync(environment, "login", "--site", Site);

        code.Should().Be(0, error);
        output.Should().MatchRegex($"^{SignInRoutes.IssuedKeyPrefix}[0-9a-f]+{Environment.NewLine}$");
        error.Should().Contain("Opened your browser").And.Contain(Site + "auth?callback_url=http%3A%2F%2F127.0.0.1%3A");
    }

    [Fact]
    public async Task Login_when_no_browser_opens_prints_the_address_to_visit()
    {
        Uri? shown = null;
        Task<string>? page = null;
        var environment = new CliEnvironment
        {
            OpenBrowser = uri =>
            {
                // No browser opened: the user visits the address the CLI prints.
                shown = uri;
                page = _browser.GetStringAsync(uri, Ct);
                return false;
            },
        };

        var (code, output, error) = await RunAsync(environment, "login", "--site", Site);

        code.Should().Be(0, error);
        output.Should().StartWith(SignInRoutes.IssuedKeyPrefix);
        (await page!).Should().Contain("Signed in");
        error.Should().Contain($"Open this address in a browser on this machine to sign in with OpenRouter:{Environment.NewLine}  {shown!.AbsoluteUri}{Environment.NewLine}")
            .And.Contain("'openrouter login --paste'");
    }

    [Fact]
    public async Task Login_with_paste_exchanges_the_code_the_sign_in_page_shows()
    {
        bool opened = false;
        var environment = new CliEnvironment
        {
            OpenBrowser = _ =>
            {
                opened = true;
                return true;
            },
        };
        var error = new StringWriter();
        using var user = new PastingUser(error, _browser);
        var console = new CliConsole(new StringWriter(), error, IsInteractive: false, user, IsInputInteractive: true);

        var (code, output, errors) = await RunAsync(console, environment, "login", "--paste", "--site", Site);

        code.Should().Be(0, errors);
        output.Should().StartWith(SignInRoutes.IssuedKeyPrefix);
        errors.Should().Contain("paste the code");
        user.PastedCode.Should().StartWith("auth_code_");
        opened.Should().BeFalse("a pasted-code sign-in opens no browser on this machine");
    }

    [Fact]
    public async Task Login_with_paste_and_nothing_pasted_fails_with_one_line()
    {
        var console = new CliConsole(new StringWriter(), new StringWriter(), IsInteractive: false, new StringReader(string.Empty), IsInputInteractive: false);

        var (code, output, error) = await RunAsync(console, new CliEnvironment(), "login", "--paste", "--site", Site);

        code.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().EndWith("openrouter: no sign-in code was pasted." + Environment.NewLine);
    }

    [Fact]
    public async Task Login_refuses_to_replace_a_file_unless_forced_and_a_replaced_file_is_owner_only_too()
    {
        string file = Path.Combine(_folder, "key.txt");
        await File.WriteAllTextAsync(file, "old", Ct);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        int opened = 0;
        var environment = new CliEnvironment
        {
            OpenBrowser = uri =>
            {
                opened++;
                return Visit(uri);
            },
        };

        var refused = await RunAsync(environment, "login", "--site", Site, "--out", file);
        string afterRefusal = await File.ReadAllTextAsync(file, Ct);
        var forced = await RunAsync(environment, "login", "--site", Site, "--out", file, "--force");

        refused.Code.Should().Be(1);
        refused.Error.Should().Be($"openrouter: {file} already exists; pass --force to replace it.{Environment.NewLine}");
        afterRefusal.Should().Be("old");
        forced.Code.Should().Be(0, forced.Error);
        opened.Should().Be(1, "the refusal came before any sign-in started");
        (await File.ReadAllTextAsync(file, Ct)).Should().StartWith(SignInRoutes.IssuedKeyPrefix);
        forced.Output.Should().BeEmpty();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(file).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "the new file replaced the old one, mode and all");
        }
    }

    [Fact]
    public async Task Keys_create_list_and_delete_round_trip()
    {
        var created = await RunAsync(Managed(), "keys", "create", "--name", "ci bot", "--limit", "5", "--limit-reset", "monthly", "--expires-at", "2030-01-01", "--site", Site);
        var createdJson = await RunAsync(Managed(), "keys", "create", "--name", "second", "--json", "--site", Site);
        var table = await RunAsync(Managed(), "keys", "list", "--site", Site);
        var listed = await RunAsync(Managed(), "keys", "list", "--json", "--site", Site);

        created.Code.Should().Be(0, created.Error);
        Dictionary<string, string> rows = Rows(created.Output);
        string key = rows["Key"];
        string hash = rows["Hash"];
        key.Should().StartWith("sk-or-v1-");
        hash.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), "the hash printed is the one of the key printed");
        rows["Name"].Should().Be("ci bot");
        rows["Limit (USD)"].Should().Be("5");
        rows["Limit reset"].Should().Be("monthly");
        rows["Expires"].Should().Be("2030-01-01 00:00Z");
        created.Error.Should().Contain("shown only this once");
        createdJson.Error.Should().BeEmpty("with --json, standard error holds a JSON error or nothing");

        using JsonDocument second = JsonDocument.Parse(createdJson.Output);
        string secondKey = second.RootElement.GetProperty("key").GetString()!;
        string secondHash = second.RootElement.GetProperty("data").GetProperty("hash").GetString()!;
        secondKey.Should().StartWith("sk-or-v1-");
        second.RootElement.GetProperty("data").GetProperty("name").GetString().Should().Be("second");

        table.Code.Should().Be(0, table.Error);
        string[] lines = table.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().MatchRegex(@"^HASH +NAME +LABEL +LIMIT \$ +USAGE \$ +RESET +EXPIRES +DISABLED$");
        lines[1].Should().MatchRegex($@"^{hash}  ci bot +sk-or-v1-\S+ +5 +0  monthly  2030-01-01 00:00Z  no$");
        lines[2].Should().MatchRegex($@"^{secondHash}  second +sk-or-v1-\S+ +none +0  never +never +no$");
        table.Output.Should().NotContain(key).And.NotContain(secondKey, "a key is shown only when it is created");
        table.Error.Should().StartWith("2 keys");

        using JsonDocument all = JsonDocument.Parse(listed.Output);
        all.RootElement.EnumerateArray().Select(k => k.GetProperty("hash").GetString()).Should().Equal(hash, secondHash);
        all.RootElement[0].GetProperty("limit").GetDecimal().Should().Be(5m);
        all.RootElement[0].GetProperty("disabled").GetBoolean().Should().BeFalse();

        var deleted = await RunAsync(Managed(), "keys", "delete", hash, "--yes", "--site", Site);
        var again = await RunAsync(Managed(), "keys", "delete", hash, "--yes", "--site", Site);
        var remaining = await RunAsync(Managed(), "keys", "list", "--json", "--site", Site);

        deleted.Code.Should().Be(0, deleted.Error);
        deleted.Output.Should().Be($"Deleted key {hash}{Environment.NewLine}");
        again.Code.Should().Be(1);
        again.Error.Should().Contain("openrouter: ").And.Contain("404");
        using JsonDocument left = JsonDocument.Parse(remaining.Output);
        left.RootElement.EnumerateArray().Select(k => k.GetProperty("hash").GetString()).Should().Equal(secondHash);
    }

    [Fact]
    public async Task Keys_list_shows_disabled_keys_only_with_include_disabled()
    {
        var created = await RunAsync(Managed(), "keys", "create", "--name", "paused", "--json", "--site", Site);
        using JsonDocument json = JsonDocument.Parse(created.Output);
        string hash = json.RootElement.GetProperty("data").GetProperty("hash").GetString()!;
        using (var admin = new OpenRouterClient(new OpenRouterClientOptions { ManagementKey = ManagementKey, BaseUrl = _emulator.BaseUrl }))
        {
            await admin.Keys.UpdateKeyAsync(hash, new UpdateApiKeyRequest { Disabled = true }, Ct);
        }

        var enabledOnly = await RunAsync(Managed(), "keys", "list", "--site", Site);
        var everything = await RunAsync(Managed(), "keys", "list", "--include-disabled", "--site", Site);

        enabledOnly.Output.Should().NotContain(hash);
        enabledOnly.Error.Should().Contain("0 keys (disabled keys left out; --include-disabled lists them)");
        everything.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)[1].Should().StartWith(hash).And.EndWith("  yes");
        everything.Error.Should().StartWith("1 key" + Environment.NewLine);
    }

    [Fact]
    public async Task Keys_delete_without_yes_asks_on_a_terminal_and_refuses_without_one()
    {
        var created = await RunAsync(Managed(), "keys", "create", "--name", "to-delete", "--json", "--site", Site);
        using JsonDocument json = JsonDocument.Parse(created.Output);
        string hash = json.RootElement.GetProperty("data").GetProperty("hash").GetString()!;

        var piped = await RunAsync(Managed(), "keys", "delete", hash, "--site", Site);
        var declined = await RunAsync(Asking("n\n"), Managed(), "keys", "delete", hash, "--site", Site);
        var afterDecline = await RunAsync(Managed(), "keys", "list", "--json", "--site", Site);
        var accepted = await RunAsync(Asking("y\n"), Managed(), "keys", "delete", hash, "--site", Site);
        var afterAccept = await RunAsync(Managed(), "keys", "list", "--json", "--site", Site);

        piped.Code.Should().Be(2);
        piped.Error.Should().StartWith("openrouter: keys delete asks for confirmation, but standard input is not a terminal: pass --yes");
        declined.Code.Should().Be(1);
        declined.Error.Should().Contain("Delete the key 'to-delete' (sk-or-v1-").And.EndWith("openrouter: not deleted." + Environment.NewLine);
        afterDecline.Output.Should().Contain(hash);
        accepted.Code.Should().Be(0, accepted.Error);
        accepted.Output.Should().Be($"Deleted key {hash}{Environment.NewLine}");
        afterAccept.Output.Should().NotContain(hash);
    }

    [Fact]
    public async Task Activity_prints_requests_tokens_and_spend_per_day_and_model()
    {
        var usage = new List<(string Model, Usage Usage)>();
        using (var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = TestCredentials.ApiKey, BaseUrl = _emulator.BaseUrl }))
        {
            foreach ((string model, string prompt) in new[] { ("emulator/echo", "one two"), ("emulator/echo", "three four five"), ("emulator/lorem", "six") })
            {
                ChatCompletion completion = await client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = model, Messages = { new UserMessage(prompt) } }, Ct);
                usage.Add((model, completion.Usage!));
            }
        }

        var table = await RunAsync(Managed(), "activity", "--site", Site);
        var json = await RunAsync(Managed(), "activity", "--json", "--site", Site);

        table.Code.Should().Be(0, table.Error);
        using JsonDocument rows = JsonDocument.Parse(json.Output);
        JsonElement echo = rows.RootElement.EnumerateArray().Single(r => r.GetProperty("model").GetString() == "emulator/echo");
        echo.GetProperty("requests").GetInt64().Should().Be(2);
        echo.GetProperty("prompt_tokens").GetInt64().Should().Be(usage.Where(u => u.Model == "emulator/echo").Sum(u => (long)u.Usage.PromptTokens));
        echo.GetProperty("completion_tokens").GetInt64().Should().Be(usage.Where(u => u.Model == "emulator/echo").Sum(u => (long)u.Usage.CompletionTokens));
        decimal spent = echo.GetProperty("usage").GetDecimal();
        spent.Should().Be(usage.Where(u => u.Model == "emulator/echo").Sum(u => u.Usage.Cost!.Value));
        string day = echo.GetProperty("date").GetString()!;

        string[] lines = table.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().MatchRegex(@"^DATE +MODEL +PROVIDER +REQUESTS +PROMPT +COMPLETION +REASONING +SPEND \$$");
        lines.Should().Contain(l => l.StartsWith($"{day}  emulator/echo ", StringComparison.Ordinal)
            && l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3] == "2"
            && l.EndsWith(" " + spent.ToString("0.########", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith($"{day}  emulator/lorem", StringComparison.Ordinal));
        table.Error.Should().Contain("· 3 requests ·");

        var thatDay = await RunAsync(Managed(), "activity", "--date", day, "--site", Site);
        var longAgo = await RunAsync(Managed(), "activity", "--date", "2001-01-01", "--site", Site);
        thatDay.Output.Should().Be(table.Output);
        longAgo.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1, "only the header");
        longAgo.Error.Should().StartWith("No activity");
    }

    [Fact]
    public async Task The_management_key_appears_in_no_output_of_any_command()
    {
        var created = await RunAsync(Managed(), "keys", "create", "--name", "shown", "--json", "--site", Site);
        using JsonDocument json = JsonDocument.Parse(created.Output);
        string hash = json.RootElement.GetProperty("data").GetProperty("hash").GetString()!;
        await RunAsync(Managed(), "keys", "create", "--name", "table", "--site", Site);
        await RunAsync(Managed(), "keys", "list", "--site", Site);
        await RunAsync(Managed(), "keys", "list", "--json", "--include-disabled", "--site", Site);
        await RunAsync(Asking("n\n"), Managed(), "keys", "delete", hash, "--site", Site);
        await RunAsync(Managed(), "keys", "delete", hash, "--yes", "--site", Site);
        await RunAsync(Managed(), "keys", "delete", hash, "--yes", "--site", Site);
        await RunAsync(Managed(), "activity", "--site", Site);
        await RunAsync(Managed(), "activity", "--json", "--site", Site);
        await RunAsync(Managed(), "activity", "--date", "2001-01-01", "--site", Site);

        string secretPart = ManagementKey["sk-or-v1-".Length..];
        _printed.Should().HaveCount(20).And.Contain(text => text.Contains("sk-or-v1-", StringComparison.Ordinal), "created keys are printed, so a printed management key would show");
        _printed.Should().NotContain(text => text.Contains(ManagementKey, StringComparison.Ordinal))
            .And.NotContain(text => text.Contains(secretPart, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("keys", "list")]
    [InlineData("keys", "create", "--name", "never-made")]
    [InlineData("keys", "delete", "0123abcd", "--yes")]
    [InlineData("activity")]
    public async Task A_missing_management_key_is_a_clear_error_before_anything_is_sent(params string[] args)
    {
        var (code, output, error) = await RunAsync(new CliEnvironment(), [.. args, "--site", Site]);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("openrouter: '").And.Contain("needs a management key: set OPENROUTER_MANAGEMENT_KEY");
        var listed = await RunAsync(Managed(), "keys", "list", "--json", "--site", Site);
        listed.Output.Trim().Should().Be("[]", "nothing was created");
    }

    [Fact]
    public async Task A_key_that_is_not_the_management_key_is_refused_and_not_printed()
    {
        const string wrong = "sk-or-v1-inference-not-management-0000000000000000";
        var environment = new CliEnvironment { ManagementKey = wrong };

        var (code, output, error) = await RunAsync(environment, "keys", "list", "--site", Site);

        code.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("openrouter: ").And.Contain("management key").And.NotContain(wrong);
    }

    [Theory]
    [InlineData("--management-key", "sk-or-v1-typed-on-the-command-line-0000")]
    [InlineData("--management-key=sk-or-v1-typed-on-the-command-line-0000")]
    public async Task A_management_key_on_the_command_line_is_refused_without_repeating_it(params string[] option)
    {
        var (code, output, error) = await RunAsync(Managed(), ["keys", "list", .. option, "--site", Site]);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("set OPENROUTER_MANAGEMENT_KEY instead").And.NotContain("sk-or-v1-typed-on-the-command-line");
    }

    [Theory]
    [InlineData("keys")]
    [InlineData("keys", "rotate")]
    [InlineData("keys", "create")]
    [InlineData("keys", "create", "--name", "x", "--limit", "-1")]
    [InlineData("keys", "create", "--name", "x", "--limit", "five")]
    [InlineData("keys", "create", "--name", "x", "--limit-reset", "yearly")]
    [InlineData("keys", "create", "--name", "x", "--expires-at", "tomorrow")]
    [InlineData("keys", "delete")]
    [InlineData("keys", "list", "--all")]
    [InlineData("activity", "--date", "24/08/2026")]
    [InlineData("login", "--force")]
    [InlineData("login", "--site", "http://example.com")]
    [InlineData("keys", "list", "--site", "ftp://example.com")]
    public async Task Usage_errors_of_the_administration_commands_exit_with_2(params string[] args)
    {
        bool opened = false;
        var environment = new CliEnvironment
        {
            ManagementKey = ManagementKey,
            OpenBrowser = _ => opened = true,
        };

        var (code, output, error) = await RunAsync(environment, args);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("openrouter: ").And.EndWith("(see 'openrouter --help')" + Environment.NewLine);
        opened.Should().BeFalse();
    }

    [Fact]
    public async Task The_help_names_the_administration_commands_and_where_the_management_key_comes_from()
    {
        var (code, output, _) = await RunAsync(new CliEnvironment(), "--help");

        code.Should().Be(0);
        output.Should().Contain("login [--out FILE [--force]] [--paste]").And.Contain("keys list").And.Contain("keys create --name NAME")
            .And.Contain("keys delete HASH [--yes]").And.Contain("activity [--date YYYY-MM-DD]").And.Contain("OPENROUTER_MANAGEMENT_KEY");
    }

    private static CliEnvironment Managed() => new() { ManagementKey = ManagementKey };

    private static CliConsole Asking(string answers) =>
        new(new StringWriter(), new StringWriter(), IsInteractive: false, new StringReader(answers), IsInputInteractive: true);

    /// <summary>The "Label  value" rows of a command's output.</summary>
    private static Dictionary<string, string> Rows(string output) =>
        output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split("  ", 2, StringSplitOptions.None))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());

    private bool Visit(Uri uri)
    {
        _ = _browser.GetStringAsync(uri, Ct);
        return true;
    }

    private Task<(int Code, string Output, string Error)> RunAsync(CliEnvironment environment, params string[] args) =>
        RunAsync(new CliConsole(new StringWriter(), new StringWriter(), IsInteractive: false), environment, args);

    private async Task<(int Code, string Output, string Error)> RunAsync(CliConsole console, CliEnvironment environment, params string[] args)
    {
        int code = await CliApp.RunAsync(args, console, environment, Ct);
        string output = console.Out.ToString()!;
        string error = console.Error.ToString()!;
        _printed.Add(output);
        _printed.Add(error);
        return (code, output, error);
    }

    /// <summary>A user who pastes the code shown by the sign-in page whose address the CLI printed.</summary>
    private sealed class PastingUser(StringWriter screen, HttpClient browser) : TextReader
    {
        public string? PastedCode { get; private set; }

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            string address = screen.ToString().Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("http", StringComparison.Ordinal));
            PastedCode = await browser.GetStringAsync(new Uri(address), cancellationToken);
            return PastedCode;
        }
    }
}
