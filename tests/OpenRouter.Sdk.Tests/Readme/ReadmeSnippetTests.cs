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
        List<string> blocks = Regex.Matches(readme, "```(?:csharp|json)\\r?\\n(.*?)```", RegexOptions.Singleline)
            .Select(m => Normalize(m.Groups[1].Value))
            .ToList();
        blocks.Should().NotBeEmpty("the README shows C# usage");

        string sources = string.Join("\n", new[] { "tests", "samples" }
            .Select(dir => Path.Combine(root, dir))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(path => Normalize(File.ReadAllText(path))));

        var missing = blocks.Where(block => !sources.Contains(block, StringComparison.Ordinal)).ToList();
        missing.Should().BeEmpty("each README snippet must exist in a compiled test or sample");
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

    private static string Normalize(string code) =>
        string.Join("\n", code.Replace("\r\n", "\n").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
}
