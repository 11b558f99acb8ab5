using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>The README's "Video generation and files" blocks, run against the emulator.</summary>
[Collection("Console output")]
public sealed class ReadmeVideosFilesTests
{
    [Fact]
    public async Task The_video_snippet_generates_waits_for_and_saves_a_video()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        string videoPath = Path.Combine(Path.GetTempPath(), "openrouter-readme-" + Guid.NewGuid().ToString("N") + ".mp4");
        try
        {
            await GenerateVideoAsync(session.Client, videoPath, ct);

            (await File.ReadAllBytesAsync(videoPath, ct)).Should().Equal(VideosRoutes.VideoBytes);
        }
        finally
        {
            File.Delete(videoPath);
        }
    }

    [Fact]
    public async Task The_files_snippet_uploads_lists_and_deletes_a_file()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        string pdfPath = Path.Combine(Path.GetTempPath(), "openrouter-readme-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllTextAsync(pdfPath, "%PDF-1.7\nreadme", ct);
        try
        {
            await UploadListDeleteAsync(session.Client, pdfPath, ct);

            var left = new List<string>();
            await foreach (OpenRouterFile file in session.Client.Files.ListAsync(cancellationToken: ct))
            {
                left.Add(file.Filename);
            }

            left.Should().NotContain("report.pdf", "the snippet deletes what it uploaded");
        }
        finally
        {
            File.Delete(pdfPath);
        }
    }

    private static async Task GenerateVideoAsync(OpenRouterClient client, string videoPath, CancellationToken ct)
    {
        VideoJob job = await client.Videos.CreateAsync(new VideoGenerationRequest
        {
            Model = "google/veo-3.1",
            Prompt = "A serene mountain landscape at sunset",
            Duration = 8,
            Resolution = "720p",
        }, ct);
        VideoJob done = await client.Videos.WaitForCompletionAsync(job.Id, new VideoWaitOptions { MaxWait = TimeSpan.FromMinutes(10) }, ct);
        Console.WriteLine($"Cost: ${done.Usage?.Cost}");
        await using OpenRouterContent video = await client.Videos.GetContentAsync(done.Id, cancellationToken: ct);
        await video.SaveAsync(videoPath, ct);
    }

    private static async Task UploadListDeleteAsync(OpenRouterClient client, string pdfPath, CancellationToken ct)
    {
        await using FileStream pdf = File.OpenRead(pdfPath);
        OpenRouterFile uploaded = await client.Files.UploadAsync(pdf, "report.pdf", new FileUploadOptions { ContentType = "application/pdf" }, ct);
        await foreach (OpenRouterFile file in client.Files.ListAsync(cancellationToken: ct))
        {
            Console.WriteLine($"{file.Id} {file.Filename} {file.MimeType} {file.Size} bytes");
        }

        await client.Files.DeleteAsync(uploaded.Id, cancellationToken: ct);
    }
}
