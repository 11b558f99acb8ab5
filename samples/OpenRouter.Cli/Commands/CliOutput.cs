using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

/// <summary>How the commands print: aligned tables, label/value rows, money, and JSON.</summary>
public static class CliOutput
{
    /// <summary>
    /// The SDK's types as the API writes them (<see cref="OpenRouterJson"/>: no nulls, unknown members kept), indented.
    /// Source-generated, like <see cref="CliResults"/>, so that the NativeAOT build, where reflection-based
    /// serialization is off, prints the same JSON. Text is written as is (no <c>\u00E9</c> escapes).
    /// </summary>
    private static readonly JsonSerializerOptions SdkIndented = Freeze(new JsonSerializerOptions(OpenRouterJson.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>As <see cref="SdkIndented"/>, on one line (streamed chunks, one per line).</summary>
    private static readonly JsonSerializerOptions SdkOneLine = Freeze(new JsonSerializerOptions(OpenRouterJson.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The CLI's own results (<c>compare</c>, <c>models compare</c>), indented, with their nulls: scripts read every member.</summary>
    private static readonly JsonSerializerOptions CliResults = Freeze(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Indented JSON of a CLI result or of an SDK type (a completion, a list of models...), for <c>--json</c>.</summary>
    public static string Json<T>(T value) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)(CliResults.TryGetTypeInfo(typeof(T), out JsonTypeInfo? result) ? result : SdkIndented.GetTypeInfo(typeof(T))));

    /// <summary>The JSON of an SDK type on one line (a streamed chunk under <c>--json --stream</c>).</summary>
    public static string JsonLine<T>(T value) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)SdkOneLine.GetTypeInfo(typeof(T)));

    /// <summary>Writes a table whose first row is the header; the columns in <paramref name="rightAligned"/> are numbers, aligned right.</summary>
    public static async Task WriteTableAsync(TextWriter output, List<string[]> rows, params int[] rightAligned)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        List<string[]> cells = rows.Select(r => r.Select(Printable).ToArray()).ToList();
        int[] widths = Enumerable.Range(0, cells[0].Length).Select(c => cells.Max(r => r[c].Length)).ToArray();
        foreach (string[] row in cells)
        {
            await output.WriteLineAsync(string.Join("  ", row.Select((cell, c) => rightAligned.Contains(c) ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
        }
    }

    /// <summary>Prints "Label  value" rows, skipping values the server did not send.</summary>
    public static async Task WriteRowsAsync(TextWriter output, params (string Label, string? Value)[] rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        int width = rows.Max(r => r.Label.Length);
        foreach ((string label, string? value) in rows)
        {
            if (value is not null)
            {
                await output.WriteLineAsync($"{label.PadRight(width)}  {Printable(value)}");
            }
        }
    }

    /// <summary>An amount of USD without trailing zeros.</summary>
    public static string Money(decimal value) => value.ToString("0.########", CultureInfo.InvariantCulture);

    /// <summary>A count with thousands separators.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A UTC time to the minute, for example <c>2026-12-31 18:00Z</c>.</summary>
    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    private static JsonSerializerOptions Freeze(JsonSerializerOptions options)
    {
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Server text with control characters replaced, so a name cannot move the cursor or break a row.</summary>
    private static string Printable(string text) =>
        text.Any(char.IsControl) ? new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray()) : text;
}
