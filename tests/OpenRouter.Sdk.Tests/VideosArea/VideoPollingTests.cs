using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.FilesArea;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.VideosArea.VideosTests;

namespace OpenRouter.Sdk.Tests.VideosArea;

/// <summary>
/// <see cref="OpenRouterVideosClient.WaitForCompletionAsync"/> on a clock that never waits: the schedule of waits is
/// recorded, so the backoff, its cap and the bound are asserted without sleeping.
/// </summary>
public sealed class VideoPollingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Job(string status, string extra = "") =>
        $$"""{"id":"job-abc123","polling_url":"/api/v1/videos/job-abc123","status":"{{status}}"{{extra}}}""";

    [Fact]
    public async Task Polls_with_growing_waits_until_the_job_completes_and_returns_it()
    {
        var handler = new ScriptHandler(
            ScriptHandler.Json(Job("pending")), ScriptHandler.Json(Job("in_progress")), ScriptHandler.Json(Job("in_progress")),
            ScriptHandler.Json(Job("in_progress")), ScriptHandler.Json(CompletedExample));
        var clock = new AutoAdvancingTimeProvider();
        using OpenRouterClient client = Client(handler, clock);

        VideoJob job = await client.Videos.WaitForCompletionAsync("job-abc123",
            new VideoWaitOptions { PollInterval = TimeSpan.FromSeconds(2), BackoffFactor = 2, MaxPollInterval = TimeSpan.FromSeconds(5) }, Ct);

        job.Status.Should().Be(VideoJobStatus.Completed);
        job.Usage!.Cost.Should().Be(0.5m);
        handler.Requests.Should().HaveCount(5).And.OnlyContain(r => r.Method == HttpMethod.Get && r.Uri.AbsoluteUri == Base + "videos/job-abc123");
        clock.Waits.Should().Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)],
            "each wait doubles from 2 s and stops growing at the 5 s cap; none follows the last poll");
    }

    [Fact]
    public async Task A_job_finished_at_the_first_poll_returns_without_waiting()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(CompletedExample));
        var clock = new AutoAdvancingTimeProvider();
        using OpenRouterClient client = Client(handler, clock);

        VideoJob job = await client.Videos.WaitForCompletionAsync("job-abc123", cancellationToken: Ct);

        job.UnsignedUrls.Should().Equal("https://storage.example.com/video.mp4");
        clock.Waits.Should().BeEmpty();
        handler.Requests.Should().ContainSingle();
    }

    [Theory]
    [InlineData("failed")]
    [InlineData("cancelled")]
    [InlineData("expired")]
    public async Task A_job_that_ends_without_a_video_throws_the_typed_error_with_the_job(string status)
    {
        var handler = new ScriptHandler(ScriptHandler.Json(Job("in_progress")),
            ScriptHandler.Json(Job(status, ""","error":"Content policy violation","generation_id":"gen-xyz789" """)));
        using OpenRouterClient client = Client(handler, new AutoAdvancingTimeProvider());

        var failure = (await FluentActions.Awaiting(() => client.Videos.WaitForCompletionAsync("job-abc123", cancellationToken: Ct))
            .Should().ThrowAsync<OpenRouterVideoJobException>()).Which;

        failure.Job.Status.Value.Should().Be(status);
        failure.Job.Error.Should().Be("Content policy violation");
        failure.Message.Should().Contain("job-abc123").And.Contain(status).And.Contain("Content policy violation");
        failure.GenerationId.Should().Be("gen-xyz789");
        handler.Requests.Should().HaveCount(2, "polling stops at the job's end");
    }

    [Fact]
    public async Task A_job_still_running_at_the_longest_wait_throws_a_timeout_naming_the_option()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(Job("in_progress")));
        var clock = new AutoAdvancingTimeProvider();
        using OpenRouterClient client = Client(handler, clock);

        var failure = (await FluentActions.Awaiting(() => client.Videos.WaitForCompletionAsync("job-abc123",
                new VideoWaitOptions { PollInterval = TimeSpan.FromSeconds(4), BackoffFactor = 1, MaxWait = TimeSpan.FromSeconds(10) }, Ct))
            .Should().ThrowAsync<OpenRouterTimeoutException>()).Which;

        failure.Timeout.Should().Be(TimeSpan.FromSeconds(10));
        failure.Message.Should().Contain("VideoWaitOptions.MaxWait").And.Contain("in_progress");
        clock.Waits.Should().Equal([TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(2)],
            "the last wait is cut to what is left of the 10 s, then one last poll decides");
        handler.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task Cancelling_during_a_wait_ends_with_the_callers_token_and_no_further_poll()
    {
        var handler = new ScriptHandler(ScriptHandler.Json(Job("pending")));
        var clock = new AutoAdvancingTimeProvider { Frozen = true };
        using OpenRouterClient client = Client(handler, clock);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        Task<VideoJob> waiting = client.Videos.WaitForCompletionAsync("job-abc123", cancellationToken: cts.Token);
        while (clock.Waits.Count == 0)
        {
            await Task.Yield();
        }

        waiting.IsCompleted.Should().BeFalse("the clock holds the wait");
        await cts.CancelAsync();

        var cancelled = (await FluentActions.Awaiting(() => waiting).Should().ThrowAsync<OperationCanceledException>()).Which;
        cancelled.CancellationToken.Should().Be(cts.Token);
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_failed_poll_ends_the_wait_with_its_error()
    {
        var handler = new ScriptHandler(ScriptHandler.Json("""{"error":{"code":404,"message":"Resource not found"}}""", HttpStatusCode.NotFound));
        using OpenRouterClient client = Client(handler, new AutoAdvancingTimeProvider());

        await FluentActions.Awaiting(() => client.Videos.WaitForCompletionAsync("job-gone", cancellationToken: Ct))
            .Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public async Task A_fake_of_the_area_waits_through_its_own_GetAsync()
    {
        var done = new ScriptedVideos(["completed"]);
        var failed = new ScriptedVideos(["failed"]);

        VideoJob job = await done.WaitForCompletionAsync("job", cancellationToken: Ct);

        job.Id.Should().Be("job");
        job.Status.Should().Be(VideoJobStatus.Completed);
        await FluentActions.Awaiting(() => failed.WaitForCompletionAsync("job", cancellationToken: Ct)).Should().ThrowAsync<OpenRouterVideoJobException>();
    }

    private sealed class ScriptedVideos(string[] statuses) : OpenRouterVideosClient
    {
        private int _next;

        public override Task<VideoJob> GetAsync(string jobId, CancellationToken cancellationToken = default) =>
            Task.FromResult(new VideoJob { Id = jobId, Status = statuses[Math.Min(_next++, statuses.Length - 1)] });
    }
}
