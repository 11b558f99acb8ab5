using System.Text.RegularExpressions;
using System.Xml.Linq;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.Tests.Infrastructure;

/// <summary>
/// The SDK's XML documentation file (built with the library and copied next to it), so contract tests can assert
/// that behaviour matches what the docs promise. Members are looked up by documentation id (<c>T:</c>, <c>P:</c>, <c>M:</c>).
/// </summary>
public static class XmlDocs
{
    private static readonly Lazy<IReadOnlyDictionary<string, XElement>> Members = new(Load);

    /// <summary>The summary of a member as plain text, whitespace collapsed (<c>&lt;c&gt;x&lt;/c&gt;</c> reads as <c>x</c>).</summary>
    public static string Summary(string id) => Collapse(SummaryElement(id).Value);

    /// <summary>The summary of a member as XML (its inner markup), whitespace collapsed.</summary>
    public static string SummaryXml(string id) => Collapse(string.Concat(SummaryElement(id).Nodes().Select(n => n.ToString())));

    private static XElement SummaryElement(string id)
    {
        if (!Members.Value.TryGetValue(id, out XElement? member))
        {
            throw new InvalidOperationException($"The SDK's XML documentation has no entry for {id}.");
        }

        return member.Element("summary") ?? throw new InvalidOperationException($"{id} has no <summary>.");
    }

    private static IReadOnlyDictionary<string, XElement> Load()
    {
        string path = Path.ChangeExtension(typeof(IOpenEnum).Assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The SDK's XML documentation was not copied next to its assembly.", path);
        }

        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .ToDictionary(m => m.Attribute("name")!.Value, StringComparer.Ordinal);
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
