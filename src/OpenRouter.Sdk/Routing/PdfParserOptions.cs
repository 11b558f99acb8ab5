using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>PDF options of the file parser plugin.</summary>
public sealed class PdfParserOptions
{
    /// <summary>The PDF engine.</summary>
    [JsonPropertyName("engine")]
    public PdfEngine? Engine { get; set; }
}
