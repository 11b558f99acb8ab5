using System.CommandLine;
using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

/// <summary>
/// <c>openrouter login</c>: "Sign in with OpenRouter" (OAuth with PKCE). By default the browser comes back to a
/// listener on 127.0.0.1; with <c>--paste</c> the sign-in page shows a code and the user pastes it (for machines
/// without a browser). The key is printed on standard output, or written with <c>--out</c> to a file readable by the
/// user only, and then never printed.
/// </summary>
public static class LoginCommand
{
    /// <summary>The options of <c>login</c>.</summary>
    /// <param name="Site">Where to sign in.</param>
    /// <param name="OutFile">The file to write the key to, or null to print it.</param>
    /// <param name="Force">Replace <paramref name="OutFile"/> if it exists.</param>
    /// <param name="Paste">Sign in with a pasted code instead of the loopback callback.</param>
    /// <param name="NoBrowser">Print the sign-in address without opening a browser.</param>
    public sealed record Options(OpenRouterSite Site, string? OutFile, bool Force, bool Paste, bool NoBrowser);

    /// <summary>The <c>login</c> command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Option<string> outFile = CliOptions.Text("--out", "FILE", "Write the key to FILE, readable by you only, instead of printing it.");
        var force = new Option<bool>("--force") { Description = "Replace FILE if it exists (only with --out)." };
        var paste = new Option<bool>("--paste") { Description = "Sign in on any device and paste the code the page shows." };
        var noBrowser = new Option<bool>("--no-browser") { Description = "Only print the address to open." };
        Option<string> site = OpenRouterSite.Option();
        var command = new Command("login", "Sign in with OpenRouter in your browser and get an API key.") { outFile, force, paste, noBrowser, site };
        command.SetAction((parse, ct) =>
        {
            if (parse.GetValue(force) && parse.GetValue(outFile) is null)
            {
                throw new CliUsageException("--force only applies with --out FILE.");
            }

            var options = new Options(context.Site(parse, site), parse.GetValue(outFile), parse.GetValue(force), parse.GetValue(paste), parse.GetValue(noBrowser));
            return RunAsync(options, context.Console, context.Environment, ct);
        });
        return command;
    }

    /// <summary>Signs in and prints or saves the key.</summary>
    public static async Task<int> RunAsync(Options options, CliConsole console, CliEnvironment environment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(environment);

        // Checked before signing in, so that a key is never made only to find it cannot be saved.
        SecretFile? file = options.OutFile is null ? null : SecretFile.Prepare(options.OutFile, options.Force);
        using var signIn = new OpenRouterSignIn(new OpenRouterSignInOptions
        {
            BaseUrl = options.Site.ApiBaseUrl,
            AuthorizationUrl = options.Site.AuthorizationUrl,
            AppTitle = CliApp.AppTitle,
        });

        OpenRouterUserKey user = options.Paste
            ? await signIn.SignInWithPastedCodeAsync((uri, token) => AskForCodeAsync(uri, console, token), ct)
            : await signIn.SignInWithBrowserAsync((uri, _) => OpenBrowserAsync(uri, options.NoBrowser, console, environment), ct);

        string who = user.UserId is { Length: > 0 } id ? $" as {id}" : string.Empty;
        if (file is null)
        {
            await console.Out.WriteLineAsync(user.Key);
            await console.Error.WriteLineAsync($"Signed in{who}. The line above is your API key: keep it secret (for example in OPENROUTER_API_KEY, or save it with 'openrouter login --out FILE').");
        }
        else
        {
            try
            {
                file.Write(user.Key + "\n");
            }
            catch (CliFailureException e)
            {
                throw new CliFailureException($"{e.Message} The key was made but not saved: sign in again, and delete the unused key at https://openrouter.ai/settings/keys.");
            }

            await console.Error.WriteLineAsync($"Signed in{who}. Your API key was written to {file.Path} (readable by you only).");
        }

        return CliApp.Success;
    }

    private static async Task OpenBrowserAsync(Uri uri, bool noBrowser, CliConsole console, CliEnvironment environment)
    {
        if (!noBrowser && environment.OpenBrowser(uri))
        {
            await console.Error.WriteLineAsync("Opened your browser to sign in with OpenRouter. If it did not open, visit:");
            await console.Error.WriteLineAsync("  " + uri.AbsoluteUri);
        }
        else
        {
            await console.Error.WriteLineAsync("Open this address in a browser on this machine to sign in with OpenRouter:");
            await console.Error.WriteLineAsync("  " + uri.AbsoluteUri);
            await console.Error.WriteLineAsync("(No browser on this machine? Use 'openrouter login --paste' and sign in on any device.)");
        }

        await console.Error.WriteLineAsync("Waiting for the sign-in to finish (Ctrl+C to cancel)...");
    }

    private static async Task<string> AskForCodeAsync(Uri uri, CliConsole console, CancellationToken ct)
    {
        await console.Error.WriteLineAsync("Open this address in a browser on any device and sign in with OpenRouter:");
        await console.Error.WriteLineAsync("  " + uri.AbsoluteUri);
        await console.Error.WriteAsync("Then paste the code it shows here: ");
        await console.Error.FlushAsync(ct);
        string? code = await console.ReadLineAsync(ct);
        return string.IsNullOrWhiteSpace(code) ? throw new CliFailureException("no sign-in code was pasted.") : code.Trim();
    }
}
