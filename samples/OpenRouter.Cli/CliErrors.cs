using System.Text;
using System.Text.Json;
using OpenRouter.Sdk;

namespace OpenRouter.Cli;

/// <summary>
/// Reports a failure on standard error in one line (<c>openrouter: ...</c>), or with <c>--json</c> as
/// <c>{"error":{"message":...,"type":...,"status":...}}</c>, and gives its exit code. Never a stack trace; the SDK's
/// messages never contain a key.
/// </summary>
public static class CliErrors
{
    /// <summary>The hint after a usage error.</summary>
    public const string HelpHint = "(see 'openrouter --help')";

    /// <summary>Writes <paramref name="error"/> and returns its exit code.</summary>
    public static async Task<int> WriteAsync(CliConsole console, bool json, Exception error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(error);
        (string type, int? status, int code) = Classify(error);
        string message = OneLine(error is OperationCanceledException ? "cancelled" : error.Message);
        if (json)
        {
            await console.Error.WriteLineAsync(ToJson(message, type, status));
        }
        else if (error is CliUsageException)
        {
            await console.Error.WriteLineAsync($"openrouter: {message} {HelpHint}");
        }
        else
        {
            // An answer may have been cut mid-line: the error starts on a line of its own.
            if (error is not CliFailureException)
            {
                await console.Error.WriteLineAsync();
            }

            await console.Error.WriteLineAsync($"openrouter: {message}");
        }

        await console.Error.FlushAsync(ct);
        return code;
    }

    /// <summary>The JSON form of an error, on one line.</summary>
    public static string ToJson(string message, string type, int? status)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("message", message);
            writer.WriteString("type", type);
            if (status is int s)
            {
                writer.WriteNumber("status", s);
            }
            else
            {
                writer.WriteNull("status");
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The error's type for scripts: the API's own type when it sent one, otherwise a name for the kind of failure.</summary>
    public static string TypeOf(OpenRouterException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!string.IsNullOrWhiteSpace(error.ErrorType))
        {
            return error.ErrorType;
        }

        // OpenRouterNotFoundException -> not_found; the base class -> api_error.
        string name = error.GetType().Name;
        name = name.StartsWith("OpenRouter", StringComparison.Ordinal) ? name["OpenRouter".Length..] : name;
        name = name.EndsWith("Exception", StringComparison.Ordinal) ? name[..^"Exception".Length] : name;
        if (name.Length == 0)
        {
            return "api_error";
        }

        var snake = new StringBuilder();
        foreach (char c in name)
        {
            if (char.IsUpper(c) && snake.Length > 0)
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(c));
        }

        return snake.ToString();
    }

    /// <summary>Text on one line: a message with line breaks would break scripts that read the last line.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static (string Type, int? Status, int Code) Classify(Exception error) => error switch
    {
        CliUsageException => ("usage_error", null, CliApp.UsageError),
        CliFailureException => ("failure", null, CliApp.Failed),
        OpenRouterException api => (TypeOf(api), api.StatusCode, CliApp.Failed),
        OperationCanceledException => ("cancelled", null, CliApp.Cancelled),
        _ => ("error", null, CliApp.Failed),
    };
}
