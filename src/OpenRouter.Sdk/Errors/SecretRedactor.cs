using System.Text.RegularExpressions;

namespace OpenRouter.Sdk;

/// <summary>Removes anything that looks like an OpenRouter key or a bearer token from text bound for a message or log.</summary>
internal static class SecretRedactor
{
    private static readonly Regex KeyPattern = new(
        @"(sk-or-[A-Za-z0-9_\-]{4,}|Bearer\s+[A-Za-z0-9_\-\.=]{8,})",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static string Redact(string text, string? apiKey = null)
    {
        if (!string.IsNullOrEmpty(apiKey) && apiKey!.Length >= 4)
        {
            text = text.Replace(apiKey, "[redacted]");
        }

        return KeyPattern.Replace(text, "[redacted]");
    }
}
