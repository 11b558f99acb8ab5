using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary>Video generation against the emulator through the SDK: submit, wait, download.</summary>
public sealed class VideosEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly VideoWaitOptions Quick = new() { PollInterval = TimeSpan.FromMilliseconds(1), MaxPollInterval = TimeSpan.FromMilliseconds(5), MaxWait = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task A_job_is_submitted_waited_for_and_its_video_streamed()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        OpenRouterVideosClient videos = session.Client.Videos;

        VideoJob submitted = await videos.CreateAsync(new VideoGenerationRequest { Model = "google/veo-3.1", Prompt = "A serene mountain landscape at sunset", Duration = 8 }, Ct);
        VideoJob done = await videos.WaitForCompletionAsync(submitted.Id, Quick, Ct);
        await using OpenRouterContent video = await videos.GetContentAsync(done.Id, cancellationToken: Ct);
        using var copy = new MemoryStream();
        await video.CopyToAsync(copy, Ct);

        submitted.Status.Should().Be(VideoJobStatus.Pending);
        submitted.PollingUrl.Should().Be("/api/v1/videos/" + submitted.Id);
        done.Status.Should().Be(VideoJobStatus.Completed);
        done.Usage!.Cost.Should().Be(VideosRoutes.Cost);
        done.UnsignedUrls.Should().ContainSingle().Which.Should().EndWith("/videos/" + submitted.Id + "/content?index=0");
        done.GenerationId.Should().StartWith("gen-");
        video.ContentType.Should().Be("video/mp4");
        video.ContentLength.Should().Be(VideosRoutes.VideoBytes.Length);
        copy.ToArray().Should().Equal(VideosRoutes.VideoBytes);
    }

    [Fact]
    public async Task The_job_runs_until_its_third_poll_and_its_video_is_refused_before()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        OpenRouterVideosClient videos = session.Client.Videos;
        VideoJob job = await videos.CreateAsync(new VideoGenerationRequest { Model = "google/veo-3.1", Prompt = "x" }, Ct);

        VideoJobStatus first = (await videos.GetAsync(job.Id, Ct)).Status;
        await FluentActions.Awaiting(() => videos.GetContentAsync(job.Id, cancellationToken: Ct)).Should().ThrowAsync<OpenRouterBadRequestException>();
        VideoJobStatus second = (await videos.GetAsync(job.Id, Ct)).Status;
        VideoJobStatus third = (await videos.GetAsync(job.Id, Ct)).Status;

        new[] { first, second, third }.Should().Equal(VideoJobStatus.InProgress, VideoJobStatus.InProgress, VideoJobStatus.Completed);
    }

    [Fact]
    public async Task A_failing_job_ends_the_wait_with_the_typed_error_and_an_unknown_job_is_404()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        OpenRouterVideosClient videos = session.Client.Videos;
        VideoJob job = await videos.CreateAsync(new VideoGenerationRequest { Model = "google/veo-3.1", Prompt = "please " + VideosRoutes.FailingPrompt }, Ct);

        var failure = (await FluentActions.Awaiting(() => videos.WaitForCompletionAsync(job.Id, Quick, Ct)).Should().ThrowAsync<OpenRouterVideoJobException>()).Which;
        failure.Job.Status.Should().Be(VideoJobStatus.Failed);
        failure.Job.Error.Should().Contain("fail");
        await FluentActions.Awaiting(() => videos.GetAsync("job-unknown", Ct)).Should().ThrowAsync<OpenRouterNotFoundException>();
        await FluentActions.Awaiting(() => videos.CreateAsync(new VideoGenerationRequest { Model = "m", AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["duration"] = System.Text.Json.JsonDocument.Parse("0").RootElement } }, Ct))
            .Should().ThrowAsync<OpenRouterBadRequestException>();
    }

    [Fact]
    public async Task The_video_models_are_listed()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();

        IReadOnlyList<VideoModel> models = await session.Client.Videos.ListModelsAsync(Ct);

        VideoModel veo = models.Single();
        veo.Id.Should().Be("google/veo-3.1");
        veo.SupportedDurations.Should().Equal(5, 8);
        veo.PricingSkus!["generate"].Should().Be(0.50m);
    }
}
