using System.Text;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>Files against the emulator through the SDK: a multipart upload of a stream, listing, download and deletion.</summary>
public sealed class FilesEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<OpenRouterFile>> ListAsync(OpenRouterFilesClient files, FileListQuery? query = null)
    {
        var list = new List<OpenRouterFile>();
        await foreach (OpenRouterFile file in files.ListAsync(query, Ct))
        {
            list.Add(file);
        }

        return list;
    }

    [Fact]
    public async Task An_uploaded_stream_is_stored_with_its_detected_type_listed_read_and_deleted()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        OpenRouterFilesClient files = session.Client.Files;
        byte[] pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 300_000));

        using var source = new MemoryStream(pdf);
        OpenRouterFile uploaded = await files.UploadAsync(source, "document.pdf", new FileUploadOptions { ContentType = "text/plain" }, Ct);
        OpenRouterFile fetched = await files.GetAsync(uploaded.Id, cancellationToken: Ct);
        List<OpenRouterFile> listed = await ListAsync(files);

        uploaded.Id.Should().StartWith("or_file_");
        uploaded.Filename.Should().Be("document.pdf");
        uploaded.MimeType.Should().Be("application/pdf", "the type comes from the contents, not the declared type");
        uploaded.SizeBytes.Should().Be(pdf.Length);
        uploaded.Downloadable.Should().BeFalse();
        uploaded.Shape.Should().Be("openrouter");
        fetched.Id.Should().Be(uploaded.Id);
        listed.Select(f => f.Id).Should().Equal(FilesRoutes.SeededFileId, uploaded.Id);
        await FluentActions.Awaiting(() => files.GetContentAsync(uploaded.Id, cancellationToken: Ct))
            .Should().ThrowAsync<OpenRouterBadRequestException>("uploaded files are not downloadable");

        await files.DeleteAsync(uploaded.Id, cancellationToken: Ct);

        await FluentActions.Awaiting(() => files.GetAsync(uploaded.Id, cancellationToken: Ct)).Should().ThrowAsync<OpenRouterNotFoundException>();
        (await ListAsync(files)).Select(f => f.Id).Should().Equal(FilesRoutes.SeededFileId);
    }

    [Fact]
    public async Task Listing_pages_through_the_cursor()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        OpenRouterFilesClient files = session.Client.Files;
        for (int i = 0; i < 4; i++)
        {
            await files.UploadAsync(new MemoryStream(Encoding.UTF8.GetBytes("note " + i)), $"note{i}.txt", cancellationToken: Ct);
        }

        List<OpenRouterFile> listed = await ListAsync(files, new FileListQuery { PageSize = 2 });

        listed.Should().HaveCount(5, "the seeded file and four uploads, in three pages of two");
        listed.Select(f => f.Id).Should().OnlyHaveUniqueItems();
        listed.Skip(1).Select(f => f.MimeType).Should().OnlyContain(m => m == "text/plain");
    }

    [Fact]
    public async Task A_server_side_file_is_downloaded_and_an_empty_upload_is_refused()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        OpenRouterFilesClient files = session.Client.Files;

        await using OpenRouterContent content = await files.GetContentAsync(FilesRoutes.SeededFileId, cancellationToken: Ct);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, Ct);

        copy.ToArray().Should().Equal(FilesRoutes.SeededFileBytes);
        content.ContentType.Should().Be("application/octet-stream");
        await FluentActions.Awaiting(() => files.UploadAsync(new MemoryStream(), "empty.txt", cancellationToken: Ct))
            .Should().ThrowAsync<OpenRouterBadRequestException>().WithMessage("*Empty*");
    }
}
