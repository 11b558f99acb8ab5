namespace OpenRouter.Sdk.AI;

/// <summary>
/// The diagnostic of the Microsoft.Extensions.AI abstractions that are still experimental (<c>IImageGenerator</c>,
/// <c>ITextToSpeechClient</c>, <c>ISpeechToTextClient</c>). The adapters over them carry the same id, so callers see
/// the same warning they would see using the abstractions directly, and suppress it the same way.
/// </summary>
internal static class MeaiExperimental
{
    public const string DiagnosticId = "MEAI001";

    public const string UrlFormat = "https://aka.ms/dotnet-extensions-warnings/{0}";
}
