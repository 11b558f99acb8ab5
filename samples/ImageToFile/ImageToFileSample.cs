using OpenRouter.Sdk;

namespace OpenRouter.Samples.ImageToFile;

/// <summary>Generates an image and saves it to a file (decoded from base64 only when saved).</summary>
public static class ImageToFileSample
{
    public static async Task<long> RunAsync(OpenRouterClient client, string path, TextWriter output, CancellationToken cancellationToken)
    {
        ImageGenerationResponse image = await client.Images.GenerateAsync(
            new ImageGenerationRequest("bytedance-seed/seedream-4.5", "a lighthouse on a cliff at dawn, watercolour")
            {
                AspectRatio = ImageAspectRatio.Landscape16x9,
            }, cancellationToken);

        await image.Data[0].SaveAsync(path, cancellationToken);
        long bytes = new FileInfo(path).Length;
        await output.WriteLineAsync($"Saved {path} ({bytes} bytes), ${image.Usage?.Cost}");
        return bytes;
    }
}
