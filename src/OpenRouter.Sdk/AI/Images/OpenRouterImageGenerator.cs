using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;
using MeaiImageRequest = Microsoft.Extensions.AI.ImageGenerationRequest;
using MeaiImageResponse = Microsoft.Extensions.AI.ImageGenerationResponse;
using SdkImageRequest = OpenRouter.Sdk.ImageGenerationRequest;
using SdkImageResponse = OpenRouter.Sdk.ImageGenerationResponse;

namespace OpenRouter.Sdk.AI;

/// <summary>
/// An <see cref="IImageGenerator"/> over <see cref="OpenRouterImagesClient.GenerateAsync"/>: maps the prompt, the
/// original images and <see cref="ImageGenerationOptions"/> to an OpenRouter image request, and each generated image
/// back as a <see cref="DataContent"/>, keeping the SDK's error types.
/// </summary>
[Experimental(MeaiExperimental.DiagnosticId, UrlFormat = MeaiExperimental.UrlFormat)]
internal sealed class OpenRouterImageGenerator : IImageGenerator
{
    private const string OptionsName = nameof(ImageGenerationOptions);

    private readonly OpenRouterImagesClient _images;
    private readonly string? _defaultModel;
    private readonly ImageGeneratorMetadata _metadata;

    public OpenRouterImageGenerator(OpenRouterImagesClient images, string? defaultModel)
    {
        _images = Argument.NotNull(images);
        _defaultModel = string.IsNullOrWhiteSpace(defaultModel) ? null : defaultModel;
        _metadata = new ImageGeneratorMetadata(OpenRouterTelemetry.ProviderName, images.Endpoint ?? OpenRouterClientOptions.DefaultBaseUrl, _defaultModel);
    }

    public Task<MeaiImageResponse> GenerateAsync(MeaiImageRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request);

        SdkImageRequest sdkRequest = ToRequest(request, options);
        Argument.Requires(!string.IsNullOrWhiteSpace(sdkRequest.Model),
            "No image model: set ImageGenerationOptions.ModelId or pass a default model to AsIImageGenerator.", nameof(options));
        Argument.Requires(options?.ResponseFormat is null or ImageGenerationResponseFormat.Data,
            "OpenRouter returns the image bytes: ImageGenerationOptions.ResponseFormat can only be Data (or unset).", nameof(options));
        return GenerateCoreAsync(sdkRequest, options?.MediaType, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        Argument.NotNull(serviceType);

        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(ImageGeneratorMetadata))
        {
            return _metadata;
        }

        if (serviceType.IsInstanceOfType(_images))
        {
            return _images;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
        // The images client belongs to its OpenRouterClient; it is not disposed here.
    }

    private SdkImageRequest ToRequest(MeaiImageRequest request, ImageGenerationOptions? options)
    {
        // A request from the factory is the starting point: what it already sets wins over the options. It is copied,
        // since a factory may hand out one shared instance.
        SdkImageRequest sdkRequest = options?.RawRepresentationFactory?.Invoke(this) is SdkImageRequest template
            ? Copy(template)
            : new SdkImageRequest();
        if (request.Prompt is { Length: > 0 } prompt)
        {
            sdkRequest.Prompt = prompt;
        }

        if (string.IsNullOrWhiteSpace(sdkRequest.Model))
        {
            sdkRequest.Model = options?.ModelId ?? _defaultModel ?? string.Empty;
        }

        if (request.OriginalImages is { } originals)
        {
            foreach (AIContent original in originals)
            {
                (sdkRequest.InputReferences ??= new List<ImageReference>()).Add(ToReference(original));
            }
        }

        if (options is null)
        {
            return sdkRequest;
        }

        sdkRequest.Count ??= options.Count;
        if (sdkRequest.Size is null && options.ImageSize is { } size)
        {
            Argument.Requires(size.Width > 0 && size.Height > 0, $"ImageGenerationOptions.ImageSize must be positive; got {size.Width}x{size.Height}.", nameof(options));
            sdkRequest.Size = size.Width.ToString(CultureInfo.InvariantCulture) + "x" + size.Height.ToString(CultureInfo.InvariantCulture);
        }

        if (sdkRequest.OutputFormat is null && options.MediaType is { Length: > 0 } mediaType)
        {
            sdkRequest.OutputFormat = ToOutputFormat(mediaType);
        }

        AdditionalPropertiesDictionary? extra = options.AdditionalProperties;
        if (sdkRequest.AspectRatio is null && AdapterProperties.ReadString(extra, OpenRouterPropertyNames.AspectRatio) is { } ratio)
        {
            sdkRequest.AspectRatio = new ImageAspectRatio(ratio);
        }

        if (sdkRequest.Background is null && AdapterProperties.ReadString(extra, OpenRouterPropertyNames.Background) is { } background)
        {
            sdkRequest.Background = new ImageBackground(background);
        }

        if (sdkRequest.Quality is null && AdapterProperties.ReadString(extra, OpenRouterPropertyNames.Quality) is { } quality)
        {
            sdkRequest.Quality = new ImageQuality(quality);
        }

        if (sdkRequest.Resolution is null && AdapterProperties.ReadString(extra, OpenRouterPropertyNames.Resolution) is { } resolution)
        {
            sdkRequest.Resolution = new ImageResolution(resolution);
        }

        sdkRequest.Seed ??= AdapterProperties.ReadInt64(extra, OpenRouterPropertyNames.Seed, OptionsName);
        if (sdkRequest.OutputCompression is null && AdapterProperties.ReadInt64(extra, OpenRouterPropertyNames.OutputCompression, OptionsName) is { } compression)
        {
            sdkRequest.OutputCompression = checked((int)compression);
        }

        sdkRequest.Provider ??= AdapterProperties.Read(extra, OpenRouterPropertyNames.Provider, OpenRouterJsonContext.Default.ProviderPreferences, OptionsName);
        return sdkRequest;
    }

    private async Task<MeaiImageResponse> GenerateCoreAsync(SdkImageRequest request, string? requestedMediaType, CancellationToken cancellationToken)
    {
        SdkImageResponse response = await _images.GenerateAsync(request, cancellationToken).ConfigureAwait(false);

        var contents = new List<AIContent>(response.Data.Count);
        foreach (GeneratedImageData image in response.Data)
        {
            // The data URL keeps the base64 as received; DataContent decodes it only when its bytes are read.
            string mediaType = image.MediaType is { Length: > 0 } known ? known : SniffMediaType(image.Base64) ?? requestedMediaType ?? "application/octet-stream";
            contents.Add(new DataContent("data:" + mediaType + ";base64," + image.Base64, mediaType) { RawRepresentation = image });
        }

        return new MeaiImageResponse(contents)
        {
            RawRepresentation = response,
            Usage = ChatResponseMapper.ToUsageDetails(response.Usage),
        };
    }

    private static ImageReference ToReference(AIContent content) => content switch
    {
        DataContent data => new ImageReference(data.Uri),
        UriContent uri => new ImageReference(uri.Uri.AbsoluteUri),
        _ => throw new ArgumentException(
            $"An original image must be a DataContent or a UriContent, not {content?.GetType().Name ?? "null"}.", nameof(content)),
    };

    private static ImageOutputFormat ToOutputFormat(string mediaType)
    {
        string subtype = mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ? mediaType.Substring("image/".Length) : mediaType;
        return subtype.ToUpperInvariant() switch
        {
            "JPG" or "JPEG" => ImageOutputFormat.Jpeg,
            "SVG+XML" or "SVG" => ImageOutputFormat.Svg,
            _ => new ImageOutputFormat(subtype.ToLowerInvariant()),
        };
    }

    // The server names the media type; an answer without one is recognized by its first bytes, as base64.
    private static string? SniffMediaType(string base64) =>
        base64.StartsWith("iVBORw0KGgo", StringComparison.Ordinal) ? "image/png"
        : base64.StartsWith("/9j/", StringComparison.Ordinal) ? "image/jpeg"
        : base64.StartsWith("R0lGOD", StringComparison.Ordinal) ? "image/gif"
        : base64.StartsWith("UklGR", StringComparison.Ordinal) && base64.Length >= 16 && base64.Substring(8, 8) == "V0VCUFZQ" ? "image/webp"
        : base64.StartsWith("PHN2Zy", StringComparison.Ordinal) || base64.StartsWith("PD94bWwg", StringComparison.Ordinal) ? "image/svg+xml"
        : null;

    private static SdkImageRequest Copy(SdkImageRequest source) => new()
    {
        Model = source.Model,
        Prompt = source.Prompt,
        AspectRatio = source.AspectRatio,
        Background = source.Background,
        InputReferences = source.InputReferences is null ? null : new List<ImageReference>(source.InputReferences),
        Count = source.Count,
        OutputCompression = source.OutputCompression,
        OutputFormat = source.OutputFormat,
        Provider = source.Provider,
        Quality = source.Quality,
        Resolution = source.Resolution,
        Seed = source.Seed,
        Size = source.Size,
        AdditionalProperties = source.AdditionalProperties is null ? null : new Dictionary<string, System.Text.Json.JsonElement>(source.AdditionalProperties),
    };
}
