using FluentAssertions;
using OpenRouter.Sdk.Tests.GuardrailsArea;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;

namespace OpenRouter.Sdk.Tests.WorkspacesArea;

public sealed class WorkspaceCrudTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static void AssertManagementRequest(QueueHandler handler, int index, HttpMethod method, string url)
    {
        HttpRequestMessage request = handler.Requests[index];
        request.Method.Should().Be(method);
        request.RequestUri!.AbsoluteUri.Should().Be(url);
        request.Headers.Authorization!.Scheme.Should().Be("Bearer");
        request.Headers.Authorization.Parameter.Should().Be(ManagementKey, "workspace operations are sent with the management key, never the API key");
    }

    private static void AssertProductionWorkspace(Workspace w)
    {
        w.Id.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        w.Name.Should().Be("Production");
        w.Slug.Should().Be("production");
        w.Description.Should().Be("Production environment workspace");
        w.DefaultGuardrailId.Should().Be("595d5849-7e86-51fd-a7c0-705c34e4afff");
        w.DefaultTextModel.Should().Be("openai/gpt-4o");
        w.DefaultImageModel.Should().Be("openai/dall-e-3");
        w.DefaultProviderSort.Should().Be(ProviderSort.Price);
        w.IncludeByokInBudgets.Should().BeFalse();
        w.IOLoggingApiKeyIds.Should().BeNull("null means every key is logged");
        w.IOLoggingSamplingRate.Should().Be(1d);
        w.IsDataDiscountLoggingEnabled.Should().BeTrue();
        w.IsObservabilityBroadcastEnabled.Should().BeFalse();
        w.IsObservabilityIOLoggingEnabled.Should().BeFalse();
        w.CreatedBy.Should().Be("user_abc123");
        w.CreatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
        w.AdditionalProperties.Should().BeNullOrEmpty("every member of the spec's workspace is modelled");
    }

    [Fact]
    public async Task List_sends_a_GET_with_paging_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(WorkspacesSpecExamples.WorkspaceList);
        using OpenRouterClient client = Client(handler);

        List<Workspace> all = await CollectAsync(client.Workspaces.ListAsync(Ct));

        handler.Requests.Should().ContainSingle("a page shorter than the limit is the last one");
        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "workspaces?offset=0&limit=100");
        handler.Bodies.Single().Should().BeNull();
        Workspace w = all.Single();
        AssertProductionWorkspace(w);
        w.UpdatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 15, 45, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task List_fetches_the_next_page_only_when_the_enumeration_reaches_it()
    {
        string fullPage = "{\"data\":[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $"{{\"id\":\"w{i}\",\"name\":\"n\",\"slug\":\"s\"}}")) + "],\"total_count\":101}";
        const string lastPage = """{"data":[{"id":"w100","name":"last","slug":"last"}],"total_count":101}""";
        var handler = new QueueHandler(fullPage, lastPage);
        using OpenRouterClient client = Client(handler);

        Workspace first = await FirstAsync(client.Workspaces.ListAsync(Ct));
        handler.Requests.Should().ContainSingle("nothing past the first page is fetched until it is needed");
        first.Id.Should().Be("w0");

        var pages = new QueueHandler(fullPage, lastPage);
        using OpenRouterClient paged = Client(pages);
        List<Workspace> all = await CollectAsync(paged.Workspaces.ListAsync(Ct));

        all.Select(w => w.Id).Should().Equal(Enumerable.Range(0, 101).Select(i => "w" + i));
        pages.Requests.Select(r => r.RequestUri!.Query).Should().Equal("?offset=0&limit=100", "?offset=100&limit=100");
    }

    [Fact]
    public async Task Create_posts_every_setting_with_its_wire_name_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(WorkspacesSpecExamples.Created);
        using OpenRouterClient client = Client(handler);

        Workspace created = await client.Workspaces.CreateAsync(new CreateWorkspaceRequest
        {
            Name = "Production",
            Slug = "production",
            Description = "Production environment workspace",
            DefaultTextModel = "openai/gpt-4o",
            DefaultImageModel = "openai/dall-e-3",
            DefaultProviderSort = ProviderSort.Price,
            IsObservabilityIOLoggingEnabled = true,
            IsObservabilityBroadcastEnabled = false,
            IsDataDiscountLoggingEnabled = true,
            IOLoggingSamplingRate = 0.25,
            IOLoggingApiKeyIds = [12, 34],
        }, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Post, Base + "workspaces");
        JsonAssert.Equivalent("""
            {"name":"Production","slug":"production","description":"Production environment workspace","default_text_model":"openai/gpt-4o",
             "default_image_model":"openai/dall-e-3","default_provider_sort":"price","is_observability_io_logging_enabled":true,
             "is_observability_broadcast_enabled":false,"is_data_discount_logging_enabled":true,"io_logging_sampling_rate":0.25,
             "io_logging_api_key_ids":[12,34]}
            """, handler.Bodies[0]!);
        AssertProductionWorkspace(created);
        created.UpdatedAt.Should().BeNull("the example of a new workspace has updated_at null");
    }

    [Fact]
    public async Task Create_with_only_a_name_and_slug_sends_only_those()
    {
        var handler = new QueueHandler(WorkspacesSpecExamples.Created);
        using OpenRouterClient client = Client(handler);

        await client.Workspaces.CreateAsync(new CreateWorkspaceRequest { Name = "n", Slug = "s" }, Ct);

        handler.Bodies[0].Should().Be("""{"name":"n","slug":"s"}""");
    }

    [Theory]
    [InlineData("", "s")]
    [InlineData(" ", "s")]
    [InlineData("n", "")]
    [InlineData("n", "  ")]
    public async Task Create_without_a_name_or_slug_is_refused_before_any_request(string name, string slug)
    {
        var handler = new QueueHandler(WorkspacesSpecExamples.Created);
        using OpenRouterClient client = Client(handler);

        await FluentActions.Awaiting(() => client.Workspaces.CreateAsync(new CreateWorkspaceRequest { Name = name, Slug = slug }, Ct))
            .Should().ThrowAsync<ArgumentException>().WithParameterName("request");
        await FluentActions.Awaiting(() => client.Workspaces.CreateAsync(null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Get_sends_a_GET_to_the_escaped_id_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(WorkspacesSpecExamples.WorkspaceEnvelope);
        using OpenRouterClient client = Client(handler);

        Workspace w = await client.Workspaces.GetAsync(AwkwardId, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "workspaces/" + EscapedAwkwardId);
        handler.Bodies[0].Should().BeNull();
        AssertProductionWorkspace(w);
    }

    [Fact]
    public async Task Update_patches_only_the_members_set_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(WorkspacesSpecExamples.Updated);
        using OpenRouterClient client = Client(handler);

        Workspace w = await client.Workspaces.UpdateAsync(AwkwardId, new UpdateWorkspaceRequest
        {
            Name = "Updated Workspace",
            Slug = "updated-workspace",
            DefaultProviderSort = ProviderSort.Throughput,
            IOLoggingSamplingRate = 0.5,
        }, Ct);

        AssertManagementRequest(handler, 0, new HttpMethod("PATCH"), Base + "workspaces/" + EscapedAwkwardId);
        JsonAssert.Equivalent("""{"name":"Updated Workspace","slug":"updated-workspace","default_provider_sort":"throughput","io_logging_sampling_rate":0.5}""", handler.Bodies[0]!);
        w.Name.Should().Be("Updated Workspace");
        w.Slug.Should().Be("updated-workspace");
        w.UpdatedAt.Should().Be(new DateTimeOffset(2025, 8, 25, 10, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Update_with_every_setting_sends_each_with_its_wire_name()
    {
        var handler = new QueueHandler(WorkspacesSpecExamples.Updated);
        using OpenRouterClient client = Client(handler);

        await client.Workspaces.UpdateAsync("ws", new UpdateWorkspaceRequest
        {
            Description = "d",
            DefaultTextModel = "t",
            DefaultImageModel = "i",
            IsObservabilityIOLoggingEnabled = false,
            IsObservabilityBroadcastEnabled = true,
            IsDataDiscountLoggingEnabled = false,
            IOLoggingApiKeyIds = [7],
        }, Ct);

        JsonAssert.Equivalent("""
            {"description":"d","default_text_model":"t","default_image_model":"i","is_observability_io_logging_enabled":false,
             "is_observability_broadcast_enabled":true,"is_data_discount_logging_enabled":false,"io_logging_api_key_ids":[7]}
            """, handler.Bodies[0]!);
    }

    [Fact]
    public async Task Update_refuses_a_null_request_and_an_unusable_id_before_any_request()
    {
        var handler = new QueueHandler(WorkspacesSpecExamples.Updated);
        using OpenRouterClient client = Client(handler);

        await FluentActions.Awaiting(() => client.Workspaces.UpdateAsync("ws", null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => client.Workspaces.UpdateAsync("..", new UpdateWorkspaceRequest(), Ct)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => client.Workspaces.GetAsync(" ", Ct)).Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Delete_sends_a_DELETE_to_the_escaped_id_and_accepts_the_spec_confirmation()
    {
        var handler = new QueueHandler(WorkspacesSpecExamples.Deleted);
        using OpenRouterClient client = Client(handler);

        await client.Workspaces.DeleteAsync(AwkwardId, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Delete, Base + "workspaces/" + EscapedAwkwardId);
        handler.Bodies[0].Should().BeNull();
    }

    [Theory]
    [InlineData("""{"deleted":false}""")]
    [InlineData("{}")]
    public async Task Delete_without_a_confirmation_is_an_invalid_response(string body)
    {
        var handler = new QueueHandler(body);
        using OpenRouterClient client = Client(handler);

        OpenRouterInvalidResponseException e = (await FluentActions.Awaiting(() => client.Workspaces.DeleteAsync("ws", Ct))
            .Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which;
        e.Message.Should().Contain("deleted");
    }

    [Fact]
    public async Task A_not_found_answer_is_an_OpenRouterNotFoundException()
    {
        var handler = new QueueHandler("""{"error":{"code":404,"message":"Resource not found"}}""") { Status = System.Net.HttpStatusCode.NotFound };
        using OpenRouterClient client = Client(handler);

        await FluentActions.Awaiting(() => client.Workspaces.GetAsync("missing", Ct)).Should().ThrowAsync<OpenRouterNotFoundException>();
    }

    [Fact]
    public void The_area_is_one_instance_per_client()
    {
        using OpenRouterClient client = Client(new QueueHandler("{}"));

        client.Workspaces.Should().BeSameAs(client.Workspaces);
    }
}
