using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// One generated image of <see cref="ImageGenerationResponse.Data"/>: its base64 text as received, decoded only when
/// asked for (<see cref="GetBytes"/>, <see cref="SaveAsync"/>), so a caller that forwards the base64 or a data URL
/// never pays for decoding.
/// </summary>
public sealed class GeneratedImageData
{
    private string _b64Json = string.Empty;

    /// <summary>The image bytes, base64-encoded (<c>b64_json</c>); for SVG output, the UTF-8 markup. Never null.</summary>
    [JsonPropertyName("b64_json")]
    public string Base64 { get => _b64Json; set => _b64Json = value ?? string.Empty; }

    /// <summary>The media type, for example <c>image/png</c>; null when the server could not tell.</summary>
    [JsonPropertyName("media_type")]
    public string? MediaType { get; set; }

    /// <summary>Members the server sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Decodes the image bytes (each call decodes again; keep the result if you need it twice).</summary>
    /// <returns>The image bytes.</returns>
    /// <exception cref="FormatException"><see cref="Base64"/> is not valid base64.</exception>
    public byte[] GetBytes() => Convert.FromBase64String(Base64);

    /// <summary>The image as a <c>data:</c> URL (<see cref="MediaType"/>, or <c>application/octet-stream</c> when unknown), for HTML or a later request.</summary>
    /// <returns>The data URL.</returns>
    public string ToDataUrl() => "data:" + (string.IsNullOrEmpty(MediaType) ? "application/octet-stream" : MediaType) + ";base64," + Base64;

    /// <summary>Decodes the image and writes it to a file, replacing any file there.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="FormatException"><see cref="Base64"/> is not valid base64.</exception>
    public async Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        Argument.NotBlank(path);
        byte[] bytes = GetBytes();
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        await file.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
    }
}
