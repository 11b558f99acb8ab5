using System.Net;
using System.Text.Json;
using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.PresetsArea.PresetsTestSupport;

namespace OpenRouter.Sdk.Tests.PresetsArea;

public sealed class PresetReadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset April20 = new(2026, 4, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task List_sends_a_GET_with_paging_and_reads_the_spec_example()
    {
        var handler = new PresetsHandler(PresetsSpecExamples.PresetList);
        using OpenRouterClient client = Client(handler);

        List<Preset> all = await CollectAsync(client.Presets.ListAsync(Ct));

        handler.Requests.Should().ContainSingle("a page shorter than the limit is the last one");
        AssertManagementGet(handler, 0, Base + "presets?offset=0&limit=100");
        Preset p = all.Single();
        p.Id.Should().Be("650e8400-e29b-41d4-a716-446655440001");
        p.Name.Should().Be("my-preset");
        p.Slug.Should().Be("my-preset");
        p.Description.Should().BeNull();
        p.Status.Should().Be(PresetStatus.Active);
        p.StatusUpdatedAt.Should().BeNull();
        p.DesignatedVersionId.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        p.DesignatedVersion.Should().BeNull("the list answer carries no version inline");
        p.CreatorUserId.Should().Be("user_2dHFtVWx2n56w6HkM0000000000");
        p.WorkspaceId.Should().Be("750e8400-e29b-41d4-a716-446655440002");
        p.CreatedAt.Should().Be(April20);
        p.UpdatedAt.Should().Be(April20);
        p.AdditionalProperties.Should().BeNullOrEmpty("every member of the example is modelled");
    }

    [Fact]
    public async Task List_fetches_the_next_page_only_when_the_enumeration_reaches_it()
    {
        string fullPage = "{\"data\":[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $"{{\"id\":\"p{i}\",\"slug\":\"s{i}\"}}")) + "],\"total_count\":101}";
        const string lastPage = """{"data":[{"id":"p100","slug":"s100"}],"total_count":101}""";

        var first = new PresetsHandler(fullPage, lastPage);
        using OpenRouterClient client = Client(first);
        Preset head = await FirstAsync(client.Presets.ListAsync(Ct));
        first.Requests.Should().ContainSingle("nothing past the first page is fetched until it is needed");
        head.Id.Should().Be("p0");

        var pages = new PresetsHandler(fullPage, lastPage);
        using OpenRouterClient paged = Client(pages);
        List<Preset> all = await CollectAsync(paged.Presets.ListAsync(Ct));

        all.Select(p => p.Id).Should().Equal(Enumerable.Range(0, 101).Select(i => "p" + i));
        pages.Requests.Select(r => r.RequestUri!.Query).Should().Equal("?offset=0&limit=100", "?offset=100&limit=100");
    }

    [Fact]
    public async Task Get_sends_a_GET_to_the_escaped_slug_and_reads_the_designated_version_of_the_spec_example()
    {
        var handler = new PresetsHandler(PresetsSpecExamples.PresetEnvelope);
        using OpenRouterClient client = Client(handler);

        Preset p = await client.Presets.GetAsync(AwkwardSlug, Ct);

        handler.Requests.Should().ContainSingle();
        AssertManagementGet(handler, 0, Base + "presets/" + EscapedAwkwardSlug);
        p.Slug.Should().Be("my-preset");
        p.Status.Should().Be(PresetStatus.Active);
        p.DesignatedVersionId.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        p.DesignatedVersion.Should().NotBeNull();
        AssertSpecVersion(p.DesignatedVersion!);
        p.DesignatedVersion!.Id.Should().Be(p.DesignatedVersionId, "the inline version is the designated one");
    }

    [Fact]
    public async Task ListVersions_sends_a_GET_with_paging_to_the_escaped_slug_and_reads_the_spec_example()
    {
        var handler = new PresetsHandler(PresetsSpecExamples.VersionList);
        using OpenRouterClient client = Client(handler);

        List<PresetVersion> versions = await CollectAsync(client.Presets.ListVersionsAsync(AwkwardSlug, Ct));

        handler.Requests.Should().ContainSingle();
        AssertManagementGet(handler, 0, Base + "presets/" + EscapedAwkwardSlug + "/versions?offset=0&limit=100");
        AssertSpecVersion(versions.Single());
    }

    [Fact]
    public async Task GetVersion_sends_a_GET_to_the_escaped_slug_and_version_and_reads_the_spec_example()
    {
        var handler = new PresetsHandler(PresetsSpecExamples.VersionEnvelope);
        using OpenRouterClient client = Client(handler);

        PresetVersion version = await client.Presets.GetVersionAsync(AwkwardSlug, "1/2 ?", Ct);

        handler.Requests.Should().ContainSingle();
        AssertManagementGet(handler, 0, Base + "presets/" + EscapedAwkwardSlug + "/versions/1%2F2%20%3F");
        AssertSpecVersion(version);
    }

    [Fact]
    public async Task An_open_config_and_an_unknown_status_are_kept_as_the_server_sent_them()
    {
        const string answer = """
            {"data":{"id":"p1","slug":"s","name":"n","status":"paused","extra_member":{"a":1},
             "designated_version":{"id":"v","version":3,"system_prompt":null,
              "config":{"model":"anthropic/claude-sonnet-4","provider":{"order":["anthropic"]},"max_tokens":512,"stop":null}}}}
            """;
        var handler = new PresetsHandler(answer);
        using OpenRouterClient client = Client(handler);

        Preset p = await client.Presets.GetAsync("s", Ct);

        p.Status.Value.Should().Be("paused");
        p.Status.Should().NotBe(PresetStatus.Active).And.NotBe(PresetStatus.Disabled).And.NotBe(PresetStatus.Archived);
        p.AdditionalProperties!["extra_member"].GetProperty("a").GetInt32().Should().Be(1);
        PresetVersion v = p.DesignatedVersion!;
        v.Version.Should().Be(3);
        v.SystemPrompt.Should().BeNull();
        v.Config!.Keys.Should().BeEquivalentTo(["model", "provider", "max_tokens", "stop"]);
        v.Config["model"].GetString().Should().Be("anthropic/claude-sonnet-4");
        v.Config["provider"].GetProperty("order")[0].GetString().Should().Be("anthropic");
        v.Config["max_tokens"].GetInt32().Should().Be(512);
        v.Config["stop"].ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Archived_and_disabled_statuses_and_a_missing_designated_version_read_as_such()
    {
        var handler = new PresetsHandler(
            """{"data":[{"id":"a","slug":"a","status":"archived","status_updated_at":"2026-05-01T08:30:00Z","designated_version_id":null},{"id":"d","slug":"d","status":"disabled"}],"total_count":2}""");
        using OpenRouterClient client = Client(handler);

        List<Preset> all = await CollectAsync(client.Presets.ListAsync(Ct));

        all[0].Status.Should().Be(PresetStatus.Archived);
        all[0].StatusUpdatedAt.Should().Be(new DateTimeOffset(2026, 5, 1, 8, 30, 0, TimeSpan.Zero));
        all[0].DesignatedVersionId.Should().BeNull();
        all[1].Status.Should().Be(PresetStatus.Disabled);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task A_blank_or_dot_slug_or_version_is_refused_before_any_request(string bad)
    {
        var handler = new PresetsHandler("""{"data":[]}""");
        using OpenRouterClient client = Client(handler);

        await client.Presets.Invoking(p => p.GetAsync(bad, Ct)).Should().ThrowAsync<ArgumentException>();
        await client.Presets.Invoking(p => CollectAsync(p.ListVersionsAsync(bad, Ct))).Should().ThrowAsync<ArgumentException>();
        await client.Presets.Invoking(p => p.GetVersionAsync(bad, "1", Ct)).Should().ThrowAsync<ArgumentException>();
        await client.Presets.Invoking(p => p.GetVersionAsync("my-preset", bad, Ct)).Should().ThrowAsync<ArgumentException>();

        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_preset_is_a_not_found_error()
    {
        var handler = new PresetsHandler("""{"error":{"code":404,"message":"Resource not found"}}""") { Status = HttpStatusCode.NotFound };
        using OpenRouterClient client = Client(handler);

        Func<Task> call = () => client.Presets.GetVersionAsync("my-preset", "9", Ct);

        (await call.Should().ThrowAsync<OpenRouterNotFoundException>()).Which.Message.Should().Contain("Resource not found");
    }

    [Fact]
    public async Task A_mock_overrides_what_it_needs_and_the_rest_say_so()
    {
        var mock = new FakePresets();

        Preset p = await mock.GetAsync("x", Ct);

        p.Slug.Should().Be("x");
        await mock.Invoking(m => m.GetVersionAsync("x", "1", Ct)).Should().ThrowAsync<NotSupportedException>().WithMessage("*protected constructor*");
    }

    private static void AssertSpecVersion(PresetVersion v)
    {
        v.Id.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        v.PresetId.Should().Be("650e8400-e29b-41d4-a716-446655440001");
        v.CreatorId.Should().Be("user_2dHFtVWx2n56w6HkM0000000000");
        v.Version.Should().Be(1);
        v.SystemPrompt.Should().Be("You are a helpful assistant.");
        v.Config!.Keys.Should().BeEquivalentTo(["model", "temperature"]);
        v.Config["model"].GetString().Should().Be("openai/gpt-4o");
        v.Config["temperature"].GetDouble().Should().Be(0.7);
        v.CreatedAt.Should().Be(April20);
        v.UpdatedAt.Should().Be(April20);
        v.AdditionalProperties.Should().BeNullOrEmpty("every member of the example is modelled");
    }

    private sealed class FakePresets : OpenRouterPresetsClient
    {
        public override Task<Preset> GetAsync(string slug, CancellationToken cancellationToken = default) => Task.FromResult(new Preset { Slug = slug });
    }
}
