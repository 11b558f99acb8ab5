using System.CommandLine;
using System.CommandLine.Parsing;
using OpenRouter.Sdk;

namespace OpenRouter.Cli;

/// <summary>Option and argument factories shared by the commands, with the checks every one of them needs.</summary>
public static class CliOptions
{
    /// <summary><c>--json</c>: machine-readable output, errors included.</summary>
    public static Option<bool> Json(string description = "Print JSON instead of text (errors too, as {\"error\":{...}}).") =>
        new("--json") { Description = description };

    /// <summary>An option with one non-blank value.</summary>
    public static Option<string> Text(string name, string helpName, string description)
    {
        var option = new Option<string>(name) { Description = description, HelpName = helpName };
        option.Validators.Add(NotBlank);
        return option;
    }

    /// <summary>
    /// An option with several values: <c>--fallback a b</c>, <c>--fallback a --fallback b</c> and <c>--fallback a,b</c>
    /// are the same. A blank value is an error.
    /// </summary>
    public static Option<string[]> List(string name, string helpName, string description)
    {
        var option = new Option<string[]>(name)
        {
            Description = description,
            HelpName = helpName,
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        option.Validators.Add(NotBlank);
        return option;
    }

    /// <summary>The values of a <see cref="List"/> option, split on commas.</summary>
    public static IReadOnlyList<string> Values(ParseResult parse, Option<string[]> option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return (parse.GetValue(option) ?? [])
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
    }

    /// <summary>A required argument whose value may not be blank.</summary>
    public static Argument<string> RequiredText(string name, string description)
    {
        var argument = new Argument<string>(name) { Description = description };
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError($"{name} may not be empty.");
            }
        });
        return argument;
    }

    /// <summary>
    /// <c>--base-url URL</c>, on every command: the API to talk to instead of https://openrouter.ai or the built-in
    /// emulator (the same as <c>OPENROUTER_BASE_URL</c>).
    /// </summary>
    public static Option<string> BaseUrl()
    {
        var option = new Option<string>("--base-url")
        {
            Description = $"The API to use, for example an emulator's http://127.0.0.1:5080/api/v1/ (also {OpenRouterClientOptions.BaseUrlEnvironmentVariable}); no built-in emulator starts then.",
            HelpName = "URL",
            Recursive = true,
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => CliConnection.TryParseBaseUrl(t.Value) is null))
            {
                result.AddError("--base-url must be an https URL such as https://openrouter.ai/api/v1/ (plain http only for 127.0.0.1 or localhost).");
            }
        });
        return option;
    }

    /// <summary>
    /// A hidden option that refuses a key typed on the command line (it would stay in shell history and process lists),
    /// without repeating it: the option takes the value, so it is never reported as a stray argument.
    /// </summary>
    public static Option<string> RefusedKey(string name, string environmentVariable)
    {
        var option = new Option<string>(name) { Hidden = true, Recursive = true };
        option.Validators.Add(result => result.AddError(
            $"the {(name.Contains("management", StringComparison.Ordinal) ? "management key" : "API key")} is not taken from the command line (it would stay in shell history and process lists); set {environmentVariable} instead."));
        return option;
    }

    private static void NotBlank(OptionResult result)
    {
        if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
        {
            result.AddError($"{result.Option.Name} needs a value that is not empty.");
        }
    }
}
