using System.Net;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.GenerationsArea;

/// <summary><see cref="OpenRouterGenerationsClient"/>: stored content and feedback.</summary>
public sealed class GenerationsTests
{
    private const string ManagementKey = "sk-or-v1-management-fedcba9876543210fedcba9876543210";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetContentAsync_sends_the_escaped_id_and_reads_the_spec_example()
    {
        const string Answer = """
            {"data":{"error":null,"input":{"messages":[{"content":"What is the meaning of life?","role":"user"}]},
             "output":{"completion":"The meaning of life is a philosophical question...","reasoning":null}}}
            """;
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler, o => o.ManagementKey = ManagementKey);

        GenerationContent content = await client.Generations.GetContentAsync("gen-123 abc", Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Get);
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/generation/content?id=gen-123%20abc");
        sent.Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        content.Error.Should().BeNull();
        content.Input!.Prompt.Should().BeNull();
        JsonElement message = content.Input.Messages!.Single();
        message.GetProperty("role").GetString().Should().Be("user");
        message.GetProperty("content").GetString().Should().Be("What is the meaning of life?");
        content.Output!.Completion.Should().Be("The meaning of life is a philosophical question...");
        content.Output.Reasoning.Should().BeNull();
    }

    [Fact]
    public async Task A_failed_generation_reads_its_error_and_earlier_attempts()
    {
        const string Answer = """
            {"data":{"input":{"prompt":"Say hi"},"output":{"completion":null,"reasoning":null},
             "error":{"status":502,"message":"Provider returned error","provider_name":"Together","raw":"{\"error\":\"overloaded\"}",
                      "previous_errors":[{"code":429,"message":"Rate limited","provider_name":"Fireworks","raw":null}]}}}
            """;
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);

        GenerationContent content = await client.Generations.GetContentAsync("gen-1", Ct);

        content.Input!.Prompt.Should().Be("Say hi");
        content.Input.Messages.Should().BeNull();
        content.Output!.Completion.Should().BeNull();
        GenerationContentError error = content.Error!;
        error.Status.Should().Be(502);
        error.Message.Should().Be("Provider returned error");
        error.ProviderName.Should().Be("Together");
        error.Raw.Should().Be("{\"error\":\"overloaded\"}");
        GenerationContentErrorAttempt earlier = error.PreviousErrors.Single();
        earlier.Code.Should().Be(429);
        earlier.ProviderName.Should().Be("Fireworks");
        earlier.Raw.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task GetContentAsync_refuses_a_blank_id_before_sending(string id)
    {
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler);

        await FluentActions.Awaiting(() => client.Generations.GetContentAsync(id, Ct)).Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task SubmitFeedbackAsync_posts_the_feedback_with_the_management_key()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, """{"data":{"success":true}}""");
        using OpenRouterClient client = TestClients.Create(handler, o => o.ManagementKey = ManagementKey);

        await client.Generations.SubmitFeedbackAsync(
            new GenerationFeedback("gen-1234567890-abcdef", GenerationFeedbackCategory.IncorrectResponse, "The capital of France is Paris, not Lyon."), Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/generation/feedback");
        sent.Header("Authorization").Should().Be("Bearer " + ManagementKey);
        sent.BodyText.Should().Be("""{"generation_id":"gen-1234567890-abcdef","category":"incorrect_response","comment":"The capital of France is Paris, not Lyon."}""");
    }

    [Fact]
    public async Task Feedback_without_a_comment_sends_no_comment()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, """{"data":{"success":true}}""");
        using OpenRouterClient client = TestClients.Create(handler, o => o.ManagementKey = ManagementKey);

        await client.Generations.SubmitFeedbackAsync(new GenerationFeedback { GenerationId = "gen-1", Category = GenerationFeedbackCategory.Latency }, Ct);

        handler.Requests.Single().BodyText.Should().Be("""{"generation_id":"gen-1","category":"latency"}""");
    }

    [Fact]
    public async Task Feedback_needs_a_management_key_and_sends_nothing_without_one()
    {
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler);

        Func<Task> act = () => client.Generations.SubmitFeedbackAsync(new GenerationFeedback("gen-1", GenerationFeedbackCategory.Other), Ct);

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("ManagementKey");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Feedback_missing_its_id_or_category_or_with_a_long_comment_is_refused_before_sending()
    {
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler, o => o.ManagementKey = ManagementKey);

        await FluentActions.Awaiting(() => client.Generations.SubmitFeedbackAsync(new GenerationFeedback { Category = GenerationFeedbackCategory.Billing }, Ct))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*GenerationId*");
        await FluentActions.Awaiting(() => client.Generations.SubmitFeedbackAsync(new GenerationFeedback { GenerationId = "gen-1" }, Ct))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*Category*");
        await FluentActions.Awaiting(() => client.Generations.SubmitFeedbackAsync(new GenerationFeedback("gen-1", GenerationFeedbackCategory.Other, new string('x', 1001)), Ct))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*1000*");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_404_for_feedback_is_a_not_found_error()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.NotFound, """{"error":{"code":404,"message":"Generation not found"}}""");
        using OpenRouterClient client = TestClients.Create(handler, o => { o.ManagementKey = ManagementKey; o.EnableRetries = false; });

        await FluentActions.Awaiting(() => client.Generations.SubmitFeedbackAsync(new GenerationFeedback("gen-missing", GenerationFeedbackCategory.Other), Ct))
            .Should().ThrowAsync<OpenRouterNotFoundException>();
    }
}
