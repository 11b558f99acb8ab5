using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace OpenRouter.Sdk.Tests.Readme;

/// <summary>
/// Every C# block of README.md must appear verbatim (indentation aside) in a compiled source file under tests/ or
/// samples/, so a snippet that stops compiling breaks the build instead of misleading readers. So must every
/// <c>json</c> block (the request bodies the README shows are asserted there); configuration files are shown as
/// <c>jsonc</c> and not checked.
/// </summary>
public sealed class ReadmeSnippetTests
{
    [Fact]
    public void Every_csharp_and_json_block_in_the_README_is_in_a_compiled_test_or_sample()
    {
        string root = RepositoryRoot();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        List<string> sourceFiles = new[] { "tests", "samples" }
            .Select(dir => Path.Combine(root, dir))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(File.ReadAllText)
            .ToList();

        // C# must appear as code, not inside a string or a comment, or it would prove nothing about compiling.
        string code = string.Join("\n", sourceFiles.Select(text => Normalize(WithoutStringsAndComments(text))));

        // JSON bodies are asserted as raw string literals, so they are looked for anywhere.
        string everything = string.Join("\n", sourceFiles.Select(Normalize));

        var missing = new List<string>();
        int blocks = 0;
        foreach (Match block in Regex.Matches(readme, "```(csharp|json)\\r?\\n(.*?)```", RegexOptions.Singleline))
        {
            blocks++;
            bool csharp = block.Groups[1].Value == "csharp";
            string snippet = Normalize(csharp ? WithoutStringsAndComments(block.Groups[2].Value) : block.Groups[2].Value);
            string corpus = csharp ? code : everything;
            if (!corpus.Contains(snippet, StringComparison.Ordinal))
            {
                missing.Add(snippet);
            }
        }

        blocks.Should().BeGreaterThan(10, "the README shows C# usage and the JSON it sends");
        missing.Should().BeEmpty("each README snippet must exist in a compiled test or sample");
    }

    [Fact]
    public void A_snippet_that_only_appears_in_a_string_or_comment_does_not_count()
    {
        string source = "var a = \"\"\"\n  client.Send();\n  \"\"\";\n// client.Send();\nCall();";

        Normalize(WithoutStringsAndComments(source)).Should().NotContain("client.Send();").And.Contain("Call();");
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenRouter.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("OpenRouter.Sdk.sln not found above " + AppContext.BaseDirectory);
    }

    private static string WithoutStringsAndComments(string source)
    {
        string withoutRawStrings = Regex.Replace(source, "\"\"\"[\\s\\S]*?\"\"\"", "\"\"");
        string withoutBlockComments = Regex.Replace(withoutRawStrings, @"/\*[\s\S]*?\*/", string.Empty);
        return string.Join("\n", withoutBlockComments.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
    }

    private static string Normalize(string code) =>
        string.Join("\n", code.Replace("\r\n", "\n").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
}
