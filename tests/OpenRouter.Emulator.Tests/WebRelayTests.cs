using System.Net;
using System.Net.ServerSentEvents;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Samples.WebRelay;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

public sealed class WebRelayTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<SseItem<string>>> RelayAsync(EmulatorSession session, string model, string prompt)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<IOpenRouterClient>(session.Client);
        await using WebApplication app = builder.Build();
        app.MapChatRelay(model);
        await app.StartAsync(Ct);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using HttpResponseMessage response = await http.GetAsync("/chat?prompt=" + Uri.EscapeDataString(prompt), HttpCompletionOption.ResponseHeadersRead, Ct);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        var events = new List<SseItem<string>>();
        await foreach (SseItem<string> item in SseParser.Create(await response.Content.ReadAsStreamAsync(Ct)).EnumerateAsync(Ct))
        {
            events.Add(item);
        }

        await app.StopAsync(Ct);
        return events;
    }

    [Fact]
    public async Task Relays_each_token_as_an_event_then_a_done_event_with_model_and_cost()
    {
        await using var session = await EmulatorSession.StartAsync();

        List<SseItem<string>> events = await RelayAsync(session, EmulatedModels.Echo, "relay this please");

        events.Where(e => e.EventType == "token").Select(e => e.Data).Should().Equal("relay", " this", " please");
        events[^1].EventType.Should().Be("done");
        events[^1].Data.Should().MatchRegex(@"^emulator/echo via Emulator, \$0\.\d+$");
    }

    [Fact]
    public async Task A_failure_after_the_stream_began_arrives_as_an_error_event()
    {
        await using var session = await EmulatorSession.StartAsync();

        List<SseItem<string>> events = await RelayAsync(session, EmulatedModels.MidStreamError, "one two three four");

        events.Select(e => e.EventType).Should().Equal("token", "token", "error");
        events[^1].Data.Should().Contain("disconnected mid-stream");
    }
}
