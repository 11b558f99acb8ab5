using System.Text;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using static OpenRouter.Sdk.Tests.GuardrailsArea.GuardrailsTestSupport;

namespace OpenRouter.Sdk.Tests.GuardrailsArea;

public sealed class GuardrailCrudTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void AssertManagementRequest(QueueHandler handler, int index, HttpMethod method, string url)
    {
        HttpRequestMessage request = handler.Requests[index];
        request.Method.Should().Be(method);
        request.RequestUri!.AbsoluteUri.Should().Be(url);
        request.Headers.Authorization!.Scheme.Should().Be("Bearer");
        request.Headers.Authorization.Parameter.Should().Be(ManagementKey, "guardrail operations are sent with the management key, never the API key");
    }

    [Fact]
    public async Task List_sends_a_GET_with_paging_and_the_escaped_workspace_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(GuardrailsSpecExamples.GuardrailList);
        using OpenRouterClient client = Client(handler);

        List<Guardrail> all = await CollectAsync(client.Guardrails.ListAsync("ws 1&x", Ct));

        handler.Requests.Should().ContainSingle("a page shorter than the limit is the last one");
        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "guardrails?offset=0&limit=100&workspace_id=ws%201%26x");
        handler.Bodies.Single().Should().BeNull();
        Guardrail g = all.Single();
        AssertProductionGuardrail(g);
    }

    [Fact]
    public async Task List_fetches_the_next_page_only_when_the_enumeration_reaches_it()
    {
        string fullPage = "{\"data\":[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $"{{\"id\":\"g{i}\",\"name\":\"n\"}}")) + "],\"total_count\":101}";
        var handler = new QueueHandler(fullPage, """{"data":[{"id":"g100","name":"last"}],"total_count":101}""");
        using OpenRouterClient client = Client(handler);

        Guardrail first = await FirstAsync(client.Guardrails.ListAsync(cancellationToken: Ct));
        handler.Requests.Should().ContainSingle("nothing past the first page is fetched until it is needed");
        first.Id.Should().Be("g0");

        var pages = new QueueHandler(fullPage, """{"data":[{"id":"g100","name":"last"}],"total_count":101}""");
        using OpenRouterClient paged = Client(pages);
        List<Guardrail> all = await CollectAsync(paged.Guardrails.ListAsync(cancellationToken: Ct));

        all.Select(g => g.Id).Should().Equal(Enumerable.Range(0, 101).Select(i => "g" + i));
        pages.Requests.Select(r => r.RequestUri!.Query).Should().Equal("?offset=0&limit=100", "?offset=100&limit=100");
    }

    [Fact]
    public async Task Create_posts_every_setting_with_its_wire_name_and_omits_nulls()
    {
        var handler = new QueueHandler(GuardrailsSpecExamples.Created);
        using OpenRouterClient client = Client(handler);

        Guardrail created = await client.Guardrails.CreateAsync(new CreateGuardrailRequest
        {
            Name = "My New Guardrail",
            Description = "A guardrail for limiting API usage",
            LimitUsd = 50.25m,
            ResetInterval = LimitResetInterval.Monthly,
            IncludeByokInBudgets = true,
            AllowedModels = ["openai/gpt-5.2"],
            AllowedProviders = ["openai", "anthropic", "deepseek"],
            IgnoredModels = ["openai/gpt-4o-mini"],
            IgnoredProviders = ["azure"],
            ContentFilterBuiltins = [new BuiltinContentFilter { Slug = ContentFilterBuiltinSlug.RegexPromptInjection, Action = ContentFilterAction.Block, ScanScope = PromptInjectionScanScope.UserOnly, Label = "[IGNORED]" }],
            ContentFilters = [new ContentFilter { Pattern = "\\bsecret\\b", Action = ContentFilterAction.Redact, Label = "[SECRET]" }],
            EnableFreeModelPublication = false,
            EnableFreeModelTraining = true,
            EnablePaidModelTraining = false,
            EnforceZdrAnthropic = true,
            EnforceZdrOpenAI = true,
            EnforceZdrGoogle = false,
            EnforceZdrXai = false,
            EnforceZdrOther = true,
            WorkspaceId = "0df9e665-d932-5740-b2c7-b52af166bc11",
        }, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Post, Base + "guardrails");
        JsonAssert.Equivalent("""
            {"name":"My New Guardrail","description":"A guardrail for limiting API usage","limit_usd":50.25,"reset_interval":"monthly",
             "include_byok_in_budgets":true,"allowed_models":["openai/gpt-5.2"],"allowed_providers":["openai","anthropic","deepseek"],
             "ignored_models":["openai/gpt-4o-mini"],"ignored_providers":["azure"],
             "content_filter_builtins":[{"slug":"regex-prompt-injection","action":"block","scan_scope":"user_only"}],
             "content_filters":[{"pattern":"\\bsecret\\b","action":"redact","label":"[SECRET]"}],
             "enable_free_model_publication":false,"enable_free_model_training":true,"enable_paid_model_training":false,
             "enforce_zdr_anthropic":true,"enforce_zdr_openai":true,"enforce_zdr_google":false,"enforce_zdr_xai":false,"enforce_zdr_other":true,
             "workspace_id":"0df9e665-d932-5740-b2c7-b52af166bc11"}
            """, handler.Bodies[0]!);
        handler.Bodies[0].Should().NotContain("[IGNORED]", "a builtin filter's label is assigned by the server and never sent");
        created.Name.Should().Be("My New Guardrail");
        created.LimitUsd.Should().Be(50m);
        created.UpdatedAt.Should().BeNull("the example of a new guardrail has updated_at null");
        created.ContentFilters.Should().BeNull();
    }

    [Fact]
    public async Task Create_with_only_a_name_sends_only_the_name()
    {
        var handler = new QueueHandler(GuardrailsSpecExamples.Created);
        using OpenRouterClient client = Client(handler);

        await client.Guardrails.CreateAsync(new CreateGuardrailRequest { Name = "n" }, Ct);

        handler.Bodies[0].Should().Be("""{"name":"n"}""");
    }

    [Fact]
    public async Task Create_without_a_name_is_refused_before_any_request()
    {
        var handler = new QueueHandler(GuardrailsSpecExamples.Created);
        using OpenRouterClient client = Client(handler);

        Func<Task> call = () => client.Guardrails.CreateAsync(new CreateGuardrailRequest(), Ct);

        (await call.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("CreateGuardrailRequest.Name");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Get_sends_a_GET_to_the_escaped_id_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(GuardrailsSpecExamples.GuardrailEnvelope);
        using OpenRouterClient client = Client(handler);

        Guardrail g = await client.Guardrails.GetAsync(AwkwardId, Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Get, Base + "guardrails/" + EscapedAwkwardId);
        handler.Bodies[0].Should().BeNull();
        AssertProductionGuardrail(g);
    }

    [Fact]
    public async Task Update_sends_a_PATCH_with_only_the_changes_and_reads_the_spec_example()
    {
        var handler = new QueueHandler(GuardrailsSpecExamples.Updated);
        using OpenRouterClient client = Client(handler);

        Guardrail g = await client.Guardrails.UpdateAsync(AwkwardId, new UpdateGuardrailRequest
        {
            Name = "Updated Guardrail Name",
            Description = "Updated description",
            LimitUsd = 75m,
            ResetInterval = LimitResetInterval.Weekly,
        }, Ct);

        AssertManagementRequest(handler, 0, new HttpMethod("PATCH"), Base + "guardrails/" + EscapedAwkwardId);
        handler.Bodies[0].Should().Be("""{"name":"Updated Guardrail Name","description":"Updated description","limit_usd":75,"reset_interval":"weekly"}""");
        g.Name.Should().Be("Updated Guardrail Name");
        g.ResetInterval.Should().Be(LimitResetInterval.Weekly);
        g.LimitUsd.Should().Be(75m);
        g.IncludeByokInBudgets.Should().BeTrue();
        g.AllowedProviders.Should().Equal("openai");
        g.EnforceZdrGoogle.Should().BeTrue();
        g.UpdatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 16, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Delete_sends_a_DELETE_to_the_escaped_id_and_needs_the_confirmation()
    {
        var handler = new QueueHandler("""{"deleted":true}""", """{"deleted":false}""");
        using OpenRouterClient client = Client(handler);

        await client.Guardrails.DeleteAsync(AwkwardId, Ct);
        Func<Task> unconfirmed = () => client.Guardrails.DeleteAsync("g1", Ct);

        AssertManagementRequest(handler, 0, HttpMethod.Delete, Base + "guardrails/" + EscapedAwkwardId);
        handler.Bodies[0].Should().BeNull();
        (await unconfirmed.Should().ThrowAsync<OpenRouterInvalidResponseException>()).Which.Message.Should().Contain("DELETE /guardrails/g1").And.Contain("'deleted'");
    }

    [Fact]
    public async Task Unknown_values_and_members_are_kept()
    {
        var handler = new QueueHandler("""
            {"data":{"id":"g","name":"n","reset_interval":"hourly","include_byok_in_budgets":false,"created_at":"2025-08-24T10:30:00Z","workspace_id":null,
             "content_filter_builtins":[{"slug":"passport","action":"quarantine","label":"[PASSPORT]","scan_scope":"system_only","extra":1}],"enforce_zdr":true,"future":"x"}}
            """);
        using OpenRouterClient client = Client(handler);

        Guardrail g = await client.Guardrails.GetAsync("g", Ct);

        g.ResetInterval!.Value.Value.Should().Be("hourly");
        BuiltinContentFilter f = g.ContentFilterBuiltins!.Single();
        f.Slug.Value.Should().Be("passport");
        f.Action.Value.Should().Be("quarantine");
        f.ScanScope!.Value.Value.Should().Be("system_only");
        f.Label.Should().Be("[PASSPORT]");
        f.AdditionalProperties!["extra"].GetInt32().Should().Be(1);
        g.AdditionalProperties!["enforce_zdr"].GetBoolean().Should().BeTrue("the deprecated member is kept, not modelled");
        g.AdditionalProperties["future"].GetString().Should().Be("x");
        g.WorkspaceId.Should().BeNull();
    }

    [Fact]
    public async Task A_403_on_a_write_says_a_management_key_is_needed()
    {
        var handler = new QueueHandler("""{"error":{"code":403,"message":"Only management keys can perform this operation"}}""") { Status = System.Net.HttpStatusCode.Forbidden };
        using OpenRouterClient client = Client(handler);

        Func<Task> call = () => client.Guardrails.CreateAsync(new CreateGuardrailRequest { Name = "n" }, Ct);

        OpenRouterPermissionDeniedException e = (await call.Should().ThrowAsync<OpenRouterPermissionDeniedException>()).Which;
        e.Message.Should().StartWith("POST /guardrails was refused (HTTP 403)").And.Contain("management key").And.Contain("Only management keys can perform this operation");
        e.Message.Should().NotContain(ManagementKey);
    }

    internal static void AssertProductionGuardrail(Guardrail g)
    {
        g.Id.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        g.Name.Should().Be("Production Guardrail");
        g.Description.Should().Be("Guardrail for production environment");
        g.LimitUsd.Should().Be(100m, "money is an exact decimal");
        g.ResetInterval.Should().Be(LimitResetInterval.Monthly);
        g.IncludeByokInBudgets.Should().BeFalse();
        g.AllowedModels.Should().BeNull("null allows every model");
        g.AllowedProviders.Should().Equal("openai", "anthropic", "google");
        g.IgnoredModels.Should().BeNull();
        g.IgnoredProviders.Should().BeNull();
        g.ContentFilterBuiltins.Should().HaveCount(2);
        g.ContentFilterBuiltins![0].Slug.Should().Be(ContentFilterBuiltinSlug.Email);
        g.ContentFilterBuiltins[0].Action.Should().Be(ContentFilterAction.Redact);
        g.ContentFilterBuiltins[0].Label.Should().Be("[EMAIL]");
        g.ContentFilterBuiltins[0].ScanScope.Should().BeNull();
        g.ContentFilterBuiltins[1].Slug.Should().Be(ContentFilterBuiltinSlug.RegexPromptInjection);
        g.ContentFilterBuiltins[1].ScanScope.Should().Be(PromptInjectionScanScope.UserOnly);
        g.ContentFilters!.Single().Pattern.Should().Be("\\b(sk-[a-zA-Z0-9]{48})\\b");
        g.ContentFilters![0].Label.Should().Be("[API_KEY]");
        g.EnableFreeModelPublication.Should().BeFalse();
        g.EnableFreeModelTraining.Should().BeTrue();
        g.EnablePaidModelTraining.Should().BeTrue();
        g.EnforceZdrAnthropic.Should().BeTrue();
        g.EnforceZdrOpenAI.Should().BeTrue();
        g.EnforceZdrGoogle.Should().BeFalse();
        g.EnforceZdrXai.Should().BeFalse();
        g.EnforceZdrOther.Should().BeFalse();
        g.WorkspaceId.Should().Be("0df9e665-d932-5740-b2c7-b52af166bc11");
        g.CreatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 10, 30, 0, TimeSpan.Zero));
        g.UpdatedAt.Should().Be(new DateTimeOffset(2025, 8, 24, 15, 45, 0, TimeSpan.Zero));
    }
}
