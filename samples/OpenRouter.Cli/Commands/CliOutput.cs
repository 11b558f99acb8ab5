using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Cli.Commands;

/// <summary>How the commands print: aligned tables, label/value rows, money, and JSON.</summary>
public static class CliOutput
{
    /// <summary>Indented JSON without nulls, for <c>--json</c>.</summary>
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

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

    /// <summary>Server text with control characters replaced, so a name cannot move the cursor or break a row.</summary>
    private static string Printable(string text) =>
        text.Any(char.IsControl) ? new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray()) : text;
}
