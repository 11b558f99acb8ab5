using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.IntegrationTests.Infrastructure;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>Speech audio read from a real socket as it arrives: never waiting for, nor buffering, the whole body.</summary>
public sealed class SpeechStreamingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] FirstPiece = Enumerable.Range(0, 4096).Select(i => (byte)i).ToArray();
    private static readonly byte[] SecondPiece = Enumerable.Range(0, 4096).Select(i => (byte)(255 - (i % 256))).ToArray();

    [Fact]
    public async Task The_first_audio_bytes_are_read_before_the_rest_of_the_body_is_sent()
    {
        await using var server = await ScriptedServer.StartAsync();
        var firstRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool restSentBeforeFirstRead = false;
        server.Then(async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "audio/mpeg";
            await context.Response.Body.WriteAsync(FirstPiece, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            // The rest waits until the client has read the first piece (or gives up after a while).
            Task first = firstRead.Task;
            restSentBeforeFirstRead = await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted)) != first;
            await context.Response.Body.WriteAsync(SecondPiece, context.RequestAborted);
        });
        using var client = TestClients.Standalone(server);

        using SpeechAudio speech = await client.Audio.CreateSpeechAsync(new SpeechRequest("openai/gpt-4o-mini-tts", "Hello") { ResponseFormat = SpeechFormat.Mp3 }, Ct);
        var head = new byte[FirstPiece.Length];
        int got = 0;
        while (got < head.Length)
        {
            int read = await speech.Stream.ReadAsync(head.AsMemory(got), Ct);
            read.Should().BePositive("the first piece was sent and flushed");
            got += read;
        }

        firstRead.SetResult();
        var rest = new MemoryStream();
        await speech.CopyToAsync(rest, Ct);

        restSentBeforeFirstRead.Should().BeFalse("the first bytes reached the caller while the server still held the rest");
        head.Should().Equal(FirstPiece);
        rest.ToArray().Should().Equal(SecondPiece);
        speech.ContentType.Should().Be("audio/mpeg");
        ReceivedRequest request = server.Requests.Single();
        request.Path.Should().Be("/api/v1/audio/speech");
    }

    [Fact]
    public async Task A_server_that_goes_silent_mid_audio_fails_the_read_with_the_idle_timeout()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "audio/pcm";
            await context.Response.Body.WriteAsync(FirstPiece, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        using var client = TestClients.Standalone(server, o => o.StreamIdleTimeout = TimeSpan.FromMilliseconds(300));

        using SpeechAudio speech = await client.Audio.CreateSpeechAsync(new SpeechRequest("m/tts", "Hello"), Ct);

        OpenRouterTimeoutException e = (await speech.Invoking(s => s.CopyToAsync(Stream.Null, Ct)).Should().ThrowAsync<OpenRouterTimeoutException>()).Which;
        e.Message.Should().Contain("StreamIdleTimeout");
    }

    [Fact]
    public async Task The_media_area_clients_resolve_from_DI_as_the_registered_clients_own()
    {
        var services = new ServiceCollection();
        services.AddOpenRouter(o => o.ApiKey = "sk-or-v1-inference-key-for-di-0000000000");
        services.AddOpenRouter("media", o => o.ApiKey = "sk-or-v1-inference-key-for-media-00000000");
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterClient client = provider.GetRequiredService<OpenRouterClient>();
        OpenRouterClient keyed = provider.GetRequiredKeyedService<OpenRouterClient>("media");
        provider.GetRequiredService<OpenRouterImagesClient>().Should().BeSameAs(client.Images);
        provider.GetRequiredService<OpenRouterAudioClient>().Should().BeSameAs(client.Audio);
        provider.GetRequiredService<OpenRouterRerankClient>().Should().BeSameAs(client.Rerank);
        provider.GetRequiredKeyedService<OpenRouterImagesClient>("media").Should().BeSameAs(keyed.Images);
        provider.GetRequiredKeyedService<OpenRouterAudioClient>("media").Should().BeSameAs(keyed.Audio);
        provider.GetRequiredKeyedService<OpenRouterRerankClient>("media").Should().BeSameAs(keyed.Rerank);
        keyed.Audio.Should().NotBeSameAs(client.Audio);
    }
}
