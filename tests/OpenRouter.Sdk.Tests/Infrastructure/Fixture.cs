using System.Text;

namespace OpenRouter.Sdk.Tests.Infrastructure;

/// <summary>Reads the recorded OpenRouter responses in Fixtures/ (provenance in Fixtures/SOURCES.md).</summary>
public static class Fixture
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name), Encoding.UTF8);

    /// <summary>The full file name of the fixture whose name starts with the given number, e.g. "04" and ".sse".</summary>
    public static string Named(string number, string extension) =>
        System.IO.Directory.GetFiles(Directory, number + "-*" + extension)
            .Select(Path.GetFileName)
            .Single(n => !n!.EndsWith(".request.json", StringComparison.Ordinal) || extension == ".request.json")!;

    public static IEnumerable<string> All(string pattern) =>
        System.IO.Directory.GetFiles(Directory, pattern).Select(p => Path.GetFileName(p)!).OrderBy(n => n, StringComparer.Ordinal);
}
