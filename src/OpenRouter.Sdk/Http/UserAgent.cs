using System;
using System.Reflection;
using System.Runtime.InteropServices;

namespace OpenRouter.Sdk.Http;

/// <summary>The <c>User-Agent</c> the SDK sends: <c>OpenRouter.Sdk/&lt;version&gt; (&lt;framework&gt;; &lt;os&gt;)</c>.</summary>
internal static class UserAgent
{
    public static string Version { get; } = ReadVersion();

    public static string Value { get; } = $"OpenRouter.Sdk/{Version} ({Sanitize(RuntimeInformation.FrameworkDescription)}; {Sanitize(RuntimeInformation.OSDescription)})";

    private static string ReadVersion()
    {
        string? informational = typeof(UserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(UserAgent).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        // Drop the "+<commit>" build metadata that SourceLink appends.
        int plus = informational!.IndexOf('+');
        return plus >= 0 ? informational.Substring(0, plus) : informational;
    }

    // Parentheses and control characters would break the comment syntax of the header.
    private static string Sanitize(string text)
    {
        var chars = text.Trim().ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '(' or ')' or ';' || char.IsControl(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }
}
