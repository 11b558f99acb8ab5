using System.Net;
using System.Text;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.FilesArea;

public sealed class FilesTests
{
    private const string ApiKey = "sk-or-v1-inference-0123456789abcdef0123456789abcdef";
    private const string Base = "https://openrouter.ai/api/v1/";

    // The 200 example of POST /files and GET /files/{file_id}.
    private const string FileExample = """
        {"created_at":"2025-01-01T00:00:00Z","downloadable":false,"filename":"document.pdf","id":"or_file_011CNha8iCJcU1wXNR6q4V8w",
         "mime_type":"application/pdf","size_bytes":1024000,"type":"file"}
        """;

    // The 200 example of GET /files.
    private const string ListExample = """
        {"cursor":null,"data":[{"created_at":"2025-01-01T00:00:00Z","downloadable":false,"filename":"document.pdf","id":"or_file_011CNha8iCJcU1wXNR6q4V8w",
          "mime_type":"application/pdf","size_bytes":1024000,"type":"file"}],
         "first_id":"or_file_011CNha8iCJcU1wXNR6q4V8w","has_more":false,"last_id":"or_file_011CNha8iCJcU1wXNR6q4V8w"}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenRouterClient Client(HttpMessageHandler handler) =>
        new(new HttpClient(handler), new OpenRouterClientOptions { ApiKey = ApiKey, EnableRetries = false });

    private static void AssertApiKeyRequest(SentRequest request, HttpMethod method, string url)
    {
        request.Method.Should().Be(method);
        request.Uri.AbsoluteUri.Should().Be(url);
        request.Authorization!.Scheme.Should().Be("Bearer");
        request.Authorization.Parameter.Should().Be(ApiKey, "files are stored under the API key's workspace");
    }

    private static void AssertSpecFile(OpenRouterFile file)
    {
        file.Id.Should().Be("or_file_011CNha8iCJcU1wXNR6q4V8w");
        file.Filename.Should().Be("document.pdf");
        file.MimeType.Should().Be("application/pdf");
        file.SizeBytes.Should().Be(1024000);
        file.Size.Should().Be(1024000);
        file.CreatedAt.Should().Be(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        file.Downloadable.Should().BeFalse("an uploaded file cannot be downloaded");
        file.Type.Should().Be("file");
        file.AdditionalProperties.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task Upload_sends_the_stream_as_a_multipart_file_part_and_reads_the_spec_example()
    {
        byte[] pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(Enumerable.Range(0, 200_000).Select(i => (byte)i)).ToArray();
        var handler = new ScriptHandler(ScriptHandler.Json(FileExample));
        using OpenRouterClient client = Client(handler);
        using var source = new MemoryStream(pdf);

        OpenRouterFile file = await client.Files.UploadAsync(source, "report 1.pdf", new FileUploadOptions
        {
            ContentType = "application/pdf",
            Purpose = FilePurpose.UserData,
            WorkspaceId = "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7",
            Provider = FileProvider.OpenAI,
        }, Ct);

        SentRequest sent = handler.Requests.Single();
        AssertApiKeyRequest(sent, HttpMethod.Post, Base + "files?workspace_id=a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7&provider=openai");
        sent.ContentType.Should().StartWith("multipart/form-data; boundary=");
        sent.ContentLength.Should().Be(sent.Body!.Length, "a seekable stream's length is known, so the body is not chunked");
        List<MultipartPart> parts = Multipart.Parse(sent.ContentType!, sent.Body!);
        parts.Should().HaveCount(2);
        parts[0].Headers["Content-Disposition"].Should().Be("form-data; name=purpose");
        parts[0].BodyText.Should().Be("user_data");
        parts[1].Headers["Content-Disposition"].Should().Be("form-data; name=\"file\"; filename=\"report 1.pdf\"");
        parts[1].Headers["Content-Type"].Should().Be("application/pdf");
        parts[1].Body.Should().Equal(pdf, "the part carries the stream's bytes unchanged");
        AssertSpecFile(file);
    }

    [Fact]
    public async Task Upload_without_options_sends_only_the_file_part_as_octet_stream_from_where_the_stream_stands()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(FileExample));
        using OpenRouterClient client = Client(handler);
        using var source = new MemoryStream(Encoding.UTF8.GetBytes("skip-this|hello, file"));
        source.Position = "skip-this|".Length;

        await client.Files.UploadAsync(source, "notes.txt", cancellationToken: Ct);

        SentRequest sent = handler.Requests.Single();
        sent.Uri.AbsoluteUri.Should().Be(Base + "files");
        MultipartPart part = Multipart.Parse(sent.ContentType!, sent.Body!).Single();
        part.Headers["Content-Disposition"].Should().Be("form-data; name=\"file\"; filename=\"notes.txt\"");
        part.Headers["Content-Type"].Should().Be("application/octet-stream");
        part.BodyText.Should().Be("hello, file");
    }

    [Fact]
    public async Task Upload_reports_progress_and_never_disposes_the_callers_stream()
    {
        byte[] bytes = new byte[250_000];
        var handler = new ScriptHandler(ScriptHandler.Json(FileExample));
        using OpenRouterClient client = Client(handler);
        var source = new ForwardOnlyStream(bytes);
        var reports = new List<long>();

        await client.Files.UploadAsync(source, "data.bin", new FileUploadOptions { Progress = new SyncProgress(reports.Add) }, Ct);

        source.Disposed.Should().BeFalse("the stream belongs to the caller");
        reports.Should().NotBeEmpty().And.BeInAscendingOrder();
        reports[^1].Should().Be(bytes.Length);
        handler.Requests.Single().ContentLength.Should().BeNull("a stream that cannot seek has no known length and is sent chunked");
        Multipart.Parse(handler.Requests[0].ContentType!, handler.Requests[0].Body!).Single().Body.Should().HaveCount(bytes.Length);
    }

    [Fact]
    public async Task A_non_seekable_upload_is_never_retried_but_a_seekable_one_is_resent_whole()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("retry me");
        Func<HttpRequestMessage, HttpResponseMessage> busy = ScriptHandler.Json("""{"error":{"code":503,"message":"Service temporarily unavailable"}}""",
            HttpStatusCode.ServiceUnavailable, ("retry-after-ms", "0"));
        var once = new ScriptHandler(busy, ScriptHandler.Json(FileExample));
        var twice = new ScriptHandler(busy, ScriptHandler.Json(FileExample));
        var options = new OpenRouterClientOptions { ApiKey = ApiKey, EnableRetries = true, MaxRetries = 2 };
        using var forwardOnly = new OpenRouterClient(new HttpClient(new OpenRouterResilienceHandler(options) { InnerHandler = once }), options);
        using var seekable = new OpenRouterClient(new HttpClient(new OpenRouterResilienceHandler(options) { InnerHandler = twice }), options);

        var failure = (await FluentActions.Awaiting(() => forwardOnly.Files.UploadAsync(new ForwardOnlyStream(bytes), "a.txt", cancellationToken: Ct))
            .Should().ThrowAsync<OpenRouterException>()).Which;
        OpenRouterFile file = await seekable.Files.UploadAsync(new MemoryStream(bytes), "a.txt", cancellationToken: Ct);

        failure.StatusCode.Should().Be(503);
        once.Requests.Should().ContainSingle("the bytes of a stream that cannot seek were sent once and cannot be sent again");
        twice.Requests.Should().HaveCount(2);
        twice.Requests.Select(r => Multipart.Parse(r.ContentType!, r.Body!).Single().BodyText).Should().Equal("retry me", "retry me");
        file.Id.Should().Be("or_file_011CNha8iCJcU1wXNR6q4V8w");
    }

    [Fact]
    public async Task A_file_name_outside_ascii_is_sent_in_both_forms()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(FileExample));
        using OpenRouterClient client = Client(handler);

        await client.Files.UploadAsync(new MemoryStream([1, 2, 3]), "résumé.pdf", cancellationToken: Ct);

        string disposition = Multipart.Parse(handler.Requests[0].ContentType!, handler.Requests[0].Body!).Single().Headers["Content-Disposition"];
        disposition.Should().Contain("name=\"file\"").And.Contain("filename*=utf-8''r%C3%A9sum%C3%A9.pdf");
    }

    [Fact]
    public async Task List_reads_the_spec_example_in_one_request_with_the_query()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(ListExample));
        using OpenRouterClient client = Client(handler);

        var files = new List<OpenRouterFile>();
        await foreach (OpenRouterFile f in client.Files.ListAsync(new FileListQuery { PageSize = 100, WorkspaceId = "ws 1", Provider = FileProvider.Anthropic }, Ct))
        {
            files.Add(f);
        }

        AssertApiKeyRequest(handler.Requests.Single(), HttpMethod.Get, Base + "files?workspace_id=ws%201&provider=anthropic&limit=100");
        AssertSpecFile(files.Single());
    }

    [Fact]
    public async Task List_follows_the_cursor_lazily_and_continues_openai_pages_after_the_last_id()
    {
        Func<HttpRequestMessage, HttpResponseMessage>[] pages =
        [
            ScriptHandler.Json("""{"cursor":"c/1","data":[{"id":"f1","filename":"a"}],"has_more":true,"first_id":"f1","last_id":"f1"}"""),
            ScriptHandler.Json("""{"cursor":null,"data":[{"id":"f2","filename":"b"},null],"has_more":false,"first_id":"f2","last_id":"f2"}"""),
        ];
        var early = new ScriptHandler(pages);
        var handler = new ScriptHandler(pages);
        var openAi = new ScriptHandler(
            ScriptHandler.Json("""{"_shape":"openai","object":"list","data":[{"_shape":"openai","id":"f1","object":"file","bytes":3,"created_at":1735689600,"filename":"a","purpose":"user_data","status":"processed"}],"has_more":true,"first_id":"f1","last_id":"f1"}"""),
            ScriptHandler.Json("""{"_shape":"openai","object":"list","data":[],"has_more":false,"first_id":null,"last_id":null}"""));
        using OpenRouterClient earlyClient = Client(early);
        using OpenRouterClient client = Client(handler);
        using OpenRouterClient openAiClient = Client(openAi);

        await foreach (OpenRouterFile first in earlyClient.Files.ListAsync(cancellationToken: Ct))
        {
            first.Id.Should().Be("f1");
            break;
        }

        early.Requests.Should().ContainSingle("stopping after the first item fetches no second page");
        var all = new List<string>();
        await foreach (OpenRouterFile f in client.Files.ListAsync(cancellationToken: Ct))
        {
            all.Add(f.Id);
        }

        var openAiFiles = new List<OpenRouterFile>();
        await foreach (OpenRouterFile f in openAiClient.Files.ListAsync(new FileListQuery { Provider = FileProvider.OpenAI }, Ct))
        {
            openAiFiles.Add(f);
        }

        all.Should().Equal("f1", "f2");
        handler.Requests.Select(r => r.Uri.AbsoluteUri).Should().Equal(Base + "files", Base + "files?cursor=c%2F1");
        openAi.Requests.Select(r => r.Uri.AbsoluteUri).Should().Equal(Base + "files?provider=openai", Base + "files?provider=openai&after=f1");
        OpenRouterFile file = openAiFiles.Single();
        file.Shape.Should().Be("openai");
        file.Object.Should().Be("file");
        file.Bytes.Should().Be(3);
        file.Size.Should().Be(3);
        file.Purpose.Should().Be(FilePurpose.UserData);
        file.Status.Should().Be("processed");
        file.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1735689600), "OpenAI's shape sends unix seconds");
    }

    [Fact]
    public async Task Get_escapes_the_id_and_reads_the_spec_example()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(FileExample));
        using OpenRouterClient client = Client(handler);

        OpenRouterFile file = await client.Files.GetAsync("or_file/1 a?b", new FileScope { Provider = FileProvider.OpenAI }, Ct);

        AssertApiKeyRequest(handler.Requests.Single(), HttpMethod.Get, Base + "files/or_file%2F1%20a%3Fb?provider=openai");
        AssertSpecFile(file);
    }

    [Theory]
    [InlineData("""{"id":"or_file_011CNha8iCJcU1wXNR6q4V8w","type":"file_deleted"}""")]
    [InlineData("""{"_shape":"openai","deleted":true,"id":"or_file_011CNha8iCJcU1wXNR6q4V8w","object":"file"}""")]
    public async Task Delete_sends_DELETE_and_accepts_each_shape_of_confirmation(string answer)
    {
        var handler = new ScriptHandler(ScriptHandler.Json(answer));
        using OpenRouterClient client = Client(handler);

        await client.Files.DeleteAsync("or_file_011CNha8iCJcU1wXNR6q4V8w", new FileScope { WorkspaceId = "ws" }, Ct);

        AssertApiKeyRequest(handler.Requests.Single(), HttpMethod.Delete, Base + "files/or_file_011CNha8iCJcU1wXNR6q4V8w?workspace_id=ws");
    }

    [Fact]
    public async Task Delete_without_a_confirmation_is_an_invalid_response()
    {
        using OpenRouterClient client = Client(new ScriptHandler(ScriptHandler.Json("""{"id":"f"}""")));

        await FluentActions.Awaiting(() => client.Files.DeleteAsync("f", cancellationToken: Ct))
            .Should().ThrowAsync<OpenRouterInvalidResponseException>().WithMessage("*DELETE /files/f*");
    }

    [Fact]
    public async Task GetContent_streams_the_bytes_and_saves_them_to_a_file()
    {
        byte[] bytes = Enumerable.Range(0, 100_000).Select(i => (byte)(i % 251)).ToArray();
        var handler = new ScriptHandler(ScriptHandler.Bytes(bytes, "application/octet-stream"));
        using OpenRouterClient client = Client(handler);
        string path = Path.Combine(Path.GetTempPath(), "openrouter-files-" + Guid.NewGuid().ToString("N") + ".bin");

        try
        {
            using (OpenRouterContent content = await client.Files.GetContentAsync("or_file_1", cancellationToken: Ct))
            {
                content.ContentType.Should().Be("application/octet-stream");
                await content.SaveAsync(path, Ct);
            }

            AssertApiKeyRequest(handler.Requests.Single(), HttpMethod.Get, Base + "files/or_file_1/content");
            (await File.ReadAllBytesAsync(path, Ct)).Should().Equal(bytes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task GetContent_of_an_uploaded_file_is_a_typed_400()
    {
        using OpenRouterClient client = Client(new ScriptHandler(ScriptHandler.Json("""{"error":{"code":400,"message":"File is not downloadable"}}""", HttpStatusCode.BadRequest)));

        await FluentActions.Awaiting(() => client.Files.GetContentAsync("or_file_1", cancellationToken: Ct))
            .Should().ThrowAsync<OpenRouterBadRequestException>().WithMessage("*not downloadable*");
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_any_request()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(FileExample));
        using OpenRouterClient client = Client(handler);
        OpenRouterFilesClient files = client.Files;
        using var unreadable = new MemoryStream();
        unreadable.Dispose();

        await FluentActions.Awaiting(() => files.UploadAsync(null!, "a.pdf", cancellationToken: Ct)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => files.UploadAsync(unreadable, "a.pdf", cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*cannot be read*");
        await FluentActions.Awaiting(() => files.UploadAsync(new MemoryStream([1]), " ", cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => files.UploadAsync(new MemoryStream([1]), "a\".pdf", cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*quote*");
        await FluentActions.Awaiting(() => files.UploadAsync(new MemoryStream([1]), "a\r\n.pdf", cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => files.UploadAsync(new MemoryStream([1]), "a.pdf", new FileUploadOptions { ContentType = "not a type" }, Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*media type*");
        await FluentActions.Awaiting(() => files.UploadAsync(new MemoryStream([1]), "a.pdf", new FileUploadOptions { WorkspaceId = " " }, Ct)).Should().ThrowAsync<ArgumentException>();
        FluentActions.Invoking(() => files.ListAsync(new FileListQuery { PageSize = 0 }, Ct)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => files.ListAsync(new FileListQuery { PageSize = 1001 }, Ct)).Should().Throw<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => files.GetAsync("", cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => files.DeleteAsync("..", cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => files.GetContentAsync(" ", cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; posts to the thread pool, which would race the assertions).</summary>
    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
