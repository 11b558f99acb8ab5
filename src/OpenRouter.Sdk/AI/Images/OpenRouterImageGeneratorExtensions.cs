using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.AI;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Exposes <see cref="OpenRouterImagesClient"/> as a Microsoft.Extensions.AI <see cref="IImageGenerator"/>, which is
/// experimental in Microsoft.Extensions.AI: using it reports the same diagnostic (<c>MEAI001</c>).
/// </summary>
[Experimental(MeaiExperimental.DiagnosticId, UrlFormat = MeaiExperimental.UrlFormat)]
public static class OpenRouterImageGeneratorExtensions
{
    /// <summary>
    /// Returns an <see cref="IImageGenerator"/> that generates images through
    /// <see cref="OpenRouterImagesClient.GenerateAsync"/>. The prompt is sent as <c>prompt</c> and the original images
    /// (<see cref="DataContent"/> or <see cref="UriContent"/>) as <c>input_references</c>;
    /// <c>ImageGenerationOptions.ModelId</c>, <c>Count</c>, <c>ImageSize</c> and <c>MediaType</c> as <c>model</c>,
    /// <c>n</c>, <c>size</c> (<c>WIDTHxHEIGHT</c>) and <c>output_format</c>. <c>aspect_ratio</c>, <c>resolution</c>,
    /// <c>quality</c>, <c>background</c>, <c>seed</c>, <c>output_compression</c> and <c>provider</c> travel in
    /// <c>ImageGenerationOptions.AdditionalProperties</c> (see <see cref="OpenRouterPropertyNames"/>), anything else
    /// in an <see cref="ImageGenerationRequest"/> returned by <c>RawRepresentationFactory</c>. Each image comes back
    /// as a <see cref="DataContent"/> (OpenRouter returns the bytes, so <c>ResponseFormat</c> can only be
    /// <c>Data</c>); the cost is on the SDK answer in <c>RawRepresentation</c>
    /// (<see cref="ImageGenerationResponse.Usage"/>).
    /// </summary>
    /// <param name="images">The images client (<see cref="OpenRouterClient.Images"/>); it is not disposed with the generator.</param>
    /// <param name="defaultModel">The model used when <c>ImageGenerationOptions.ModelId</c> is not set, for example <c>bytedance-seed/seedream-4.5</c>.</param>
    /// <returns>
    /// The generator. <c>GetService&lt;ImageGeneratorMetadata&gt;()</c> reports provider <c>openrouter</c>, the
    /// endpoint and the default model; <c>GetService&lt;OpenRouterImagesClient&gt;()</c> returns <paramref name="images"/>.
    /// </returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="images"/> is null.</exception>
    public static IImageGenerator AsIImageGenerator(this OpenRouterImagesClient images, string? defaultModel = null)
    {
        Argument.NotNull(images);

        return new OpenRouterImageGenerator(images, defaultModel);
    }
}
