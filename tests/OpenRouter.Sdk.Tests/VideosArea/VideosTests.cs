using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk.Tests.FilesArea;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.VideosArea;

public sealed class VideosTests
{
    public const string ApiKey = "sk-or-v1-inference-0123456789abcdef0123456789abcdef";
    public const string Base = "https://openrouter.ai/api/v1/";

    // The 202 example of POST /videos.
    public const string PendingExample = """{"generation_id":"gen-xyz789","id":"job-abc123","polling_url":"/api/v1/videos/job-abc123","status":"pending"}""";

    // The 200 example of GET /videos/{jobId}.
    public const string CompletedExample = """
        {"generation_id":"gen-xyz789","id":"job-abc123","polling_url":"/api/v1/videos/job-abc123","status":"completed",
         "unsigned_urls":["https://storage.example.com/video.mp4"],"usage":{"cost":0.5}}
        """;

    // The 200 example of GET /videos/models.
    private const string ModelsExample = """
        {"data":[{"allowed_passthrough_parameters":[],"canonical_slug":"google/veo-3.1","created":1700000000,"description":"Google video generation model",
          "generate_audio":true,"id":"google/veo-3.1","name":"Veo 3.1","pricing_skus":{"generate":"0.50"},"seed":null,"supported_aspect_ratios":["16:9"],
          "supported_durations":[5,8],"supported_frame_images":["first_frame","last_frame"],"supported_resolutions":["720p"],"supported_sizes":null}]}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static OpenRouterClient Client(HttpMessageHandler handler, TimeProvider? time = null) =>
        new(new HttpClient(handler), new OpenRouterClientOptions
        {
            ApiKey = ApiKey,
            EnableRetries = false,
            TimeProvider = time ?? TimeProvider.System,
            RequestTimeout = time is null ? TimeSpan.FromSeconds(300) : Timeout.InfiniteTimeSpan,
            StreamIdleTimeout = time is null ? TimeSpan.FromSeconds(120) : Timeout.InfiniteTimeSpan,
        });

    private static void AssertApiKeyRequest(SentRequest request, HttpMethod method, string url)
    {
        request.Method.Should().Be(method);
        request.Uri.AbsoluteUri.Should().Be(url);
        request.Authorization!.Scheme.Should().Be("Bearer");
        request.Authorization.Parameter.Should().Be(ApiKey, "video generation is sent with the API key");
    }

    [Fact]
    public async Task Create_posts_the_spec_example_and_reads_the_accepted_job()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(PendingExample, HttpStatusCode.Accepted));
        using OpenRouterClient client = Client(handler);

        VideoJob job = await client.Videos.CreateAsync(new VideoGenerationRequest
        {
            Model = "google/veo-3.1",
            Prompt = "A serene mountain landscape at sunset",
            Duration = 8,
            AspectRatio = "16:9",
            Resolution = "720p",
        }, Ct);

        AssertApiKeyRequest(handler.Requests.Single(), HttpMethod.Post, Base + "videos");
        handler.Requests[0].ContentType.Should().StartWith("application/json");
        JsonAssert.Equivalent("""
            {"aspect_ratio":"16:9","duration":8,"model":"google/veo-3.1","prompt":"A serene mountain landscape at sunset","resolution":"720p"}
            """, handler.Requests[0].BodyText!);
        job.Id.Should().Be("job-abc123");
        job.GenerationId.Should().Be("gen-xyz789");
        job.PollingUrl.Should().Be("/api/v1/videos/job-abc123");
        job.Status.Should().Be(VideoJobStatus.Pending);
        job.IsFinished.Should().BeFalse("a pending job is still running");
        job.UnsignedUrls.Should().BeEmpty();
        job.Usage.Should().BeNull("the cost is known once the job completed");
        job.AdditionalProperties.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task Create_sends_every_member_of_the_request_in_the_spec_shape()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(PendingExample, HttpStatusCode.Accepted));
        using OpenRouterClient client = Client(handler);

        await client.Videos.CreateAsync(new VideoGenerationRequest
        {
            Model = "bytedance/seedance-2",
            Prompt = "A cat",
            Size = "1280x720",
            GenerateAudio = true,
            Seed = 42,
            CallbackUrl = "https://example.com/webhook",
            FrameImages = [VideoFrameImage.First("https://example.com/first.png"), VideoFrameImage.Last("https://example.com/last.png")],
            InputReferences = [VideoInputReference.Image("https://example.com/image.png"), VideoInputReference.Audio("https://example.com/audio.mp3"), VideoInputReference.Video("https://example.com/clip.mp4")],
            Creativity = 1,
            UpscaleFactor = 2,
            Provider = new JsonObject { ["options"] = new JsonObject { ["google-vertex"] = new JsonObject { ["output_config"] = new JsonObject { ["effort"] = "low" } } } },
            AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["future_flag"] = System.Text.Json.JsonDocument.Parse("true").RootElement },
        }, Ct);

        JsonAssert.Equivalent("""
            {"model":"bytedance/seedance-2","prompt":"A cat","size":"1280x720","generate_audio":true,"seed":42,"callback_url":"https://example.com/webhook",
             "frame_images":[{"type":"image_url","image_url":{"url":"https://example.com/first.png"},"frame_type":"first_frame"},
                             {"type":"image_url","image_url":{"url":"https://example.com/last.png"},"frame_type":"last_frame"}],
             "input_references":[{"type":"image_url","image_url":{"url":"https://example.com/image.png"}},
                                 {"type":"audio_url","audio_url":{"url":"https://example.com/audio.mp3"}},
                                 {"type":"video_url","video_url":{"url":"https://example.com/clip.mp4"}}],
             "creativity":1,"upscale_factor":2,"provider":{"options":{"google-vertex":{"output_config":{"effort":"low"}}}},"future_flag":true}
            """, handler.Requests.Single().BodyText!);
    }

    [Fact]
    public async Task Get_escapes_the_job_id_and_reads_the_completed_example()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(CompletedExample));
        using OpenRouterClient client = Client(handler);

        VideoJob job = await client.Videos.GetAsync("job/1 a?b", Ct);

        AssertApiKeyRequest(handler.Requests.Single(), HttpMethod.Get, Base + "videos/job%2F1%20a%3Fb");
        handler.Requests[0].Body.Should().BeNull();
        job.Status.Should().Be(VideoJobStatus.Completed);
        job.IsFinished.Should().BeTrue();
        job.UnsignedUrls.Should().Equal("https://storage.example.com/video.mp4");
        job.Usage!.Cost.Should().Be(0.5m, "money is an exact decimal");
        job.Usage.IsByok.Should().BeNull();
        job.Error.Should().BeNull();
    }

    [Fact]
    public async Task A_status_the_SDK_does_not_know_is_kept_and_not_finished()
    {
        using OpenRouterClient client = Client(new ScriptHandler(ScriptHandler.Json("""{"id":"j","polling_url":"/p","status":"queued_upstream","eta_seconds":30}""")));

        VideoJob job = await client.Videos.GetAsync("j", Ct);

        job.Status.Value.Should().Be("queued_upstream");
        job.IsFinished.Should().BeFalse();
        job.AdditionalProperties!["eta_seconds"].GetInt32().Should().Be(30);
    }

    [Fact]
    public async Task ListModels_reads_the_spec_example()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(ModelsExample));
        using OpenRouterClient client = Client(handler);

        IReadOnlyList<VideoModel> models = await client.Videos.ListModelsAsync(Ct);

        AssertApiKeyRequest(handler.Requests.Single(), HttpMethod.Get, Base + "videos/models");
        VideoModel veo = models.Single();
        veo.Id.Should().Be("google/veo-3.1");
        veo.CanonicalSlug.Should().Be("google/veo-3.1");
        veo.Name.Should().Be("Veo 3.1");
        veo.Description.Should().Be("Google video generation model");
        veo.Created.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1700000000));
        veo.GenerateAudio.Should().BeTrue();
        veo.Seed.Should().BeNull("the spec example says null: not stated");
        veo.SupportedAspectRatios.Should().Equal("16:9");
        veo.SupportedDurations.Should().Equal(5, 8);
        veo.SupportedFrameImages.Should().Equal(VideoFrameType.FirstFrame, VideoFrameType.LastFrame);
        veo.SupportedResolutions.Should().Equal("720p");
        veo.SupportedSizes.Should().BeNull();
        veo.PricingSkus!["generate"].Should().Be(0.50m, "prices arrive as strings and are read as exact decimals");
        veo.AllowedPassthroughParameters.Should().BeEmpty();
        veo.UpscaleFactor.Should().BeNull();
        veo.Creativity.Should().BeNull();
        veo.AdditionalProperties.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task GetContent_streams_the_video_with_its_media_type_from_the_escaped_path_and_index()
    {
        byte[] video = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        var handler = new ScriptHandler(ScriptHandler.Bytes(video, "video/mp4"));
        using OpenRouterClient client = Client(handler);

        await using OpenRouterContent content = await client.Videos.GetContentAsync("job/1", 2, Ct);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, Ct);

        AssertApiKeyRequest(handler.Requests.Single(), HttpMethod.Get, Base + "videos/job%2F1/content?index=2");
        content.ContentType.Should().Be("video/mp4");
        content.ContentLength.Should().Be(video.Length);
        copy.ToArray().Should().Equal(video);
        content.Stream.CanSeek.Should().BeFalse("the content is read as it arrives");
    }

    [Fact]
    public async Task GetContent_without_an_index_sends_no_query_and_a_404_is_typed()
    {
        var handler = new ScriptHandler(ScriptHandler.Json("""{"error":{"code":404,"message":"Resource not found"}}""", HttpStatusCode.NotFound));
        using OpenRouterClient client = Client(handler);

        await FluentActions.Awaiting(() => client.Videos.GetContentAsync("job-abc123", cancellationToken: Ct))
            .Should().ThrowAsync<OpenRouterNotFoundException>().WithMessage("*Resource not found*");
        handler.Requests.Single().Uri.AbsoluteUri.Should().Be(Base + "videos/job-abc123/content");
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_any_request()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(PendingExample));
        using OpenRouterClient client = Client(handler);
        OpenRouterVideosClient videos = client.Videos;

        await FluentActions.Awaiting(() => videos.CreateAsync(null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => videos.CreateAsync(new VideoGenerationRequest { Model = " " }, Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*VideoGenerationRequest.Model*");
        await FluentActions.Awaiting(() => videos.CreateAsync(new VideoGenerationRequest { Model = "m", Duration = 0 }, Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*Duration*");
        await FluentActions.Awaiting(() => videos.GetAsync(" ", Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => videos.GetAsync("..", Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => videos.GetContentAsync("", cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => videos.GetContentAsync("job", -1, Ct)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => videos.WaitForCompletionAsync("..", null, Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => videos.WaitForCompletionAsync("job", new VideoWaitOptions { PollInterval = TimeSpan.Zero }, Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*PollInterval*");
        await FluentActions.Awaiting(() => videos.WaitForCompletionAsync("job", new VideoWaitOptions { BackoffFactor = 0.5 }, Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*BackoffFactor*");
        await FluentActions.Awaiting(() => videos.WaitForCompletionAsync("job", new VideoWaitOptions { MaxWait = TimeSpan.FromSeconds(-5) }, Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*MaxWait*");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Without_an_api_key_nothing_is_sent()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(PendingExample));
        using var client = new OpenRouterClient(new HttpClient(handler), new OpenRouterClientOptions { ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210" });

        await FluentActions.Awaiting(() => client.Videos.GetAsync("job", Ct)).Should().ThrowAsync<InvalidOperationException>().WithMessage("*API key*");
        await FluentActions.Awaiting(() => client.Videos.GetContentAsync("job", cancellationToken: Ct)).Should().ThrowAsync<InvalidOperationException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void The_area_is_one_instance_per_client()
    {
        using OpenRouterClient client = Client(new ScriptHandler(ScriptHandler.Json("{}")));

        client.Videos.Should().BeSameAs(client.Videos);
    }
}
