using System.Net;
using System.Text;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Errors;

/// <summary>The snippets of the README error section, compiled and run here (Readme/ReadmeSnippetTests checks they match).</summary>
public sealed class ReadmeErrorSnippetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChatCompletionRequest Request() => new() { Model = "openai/gpt-4o", Messages = { new UserMessage("hi") } };

    private static async Task<string> CaptureConsoleAsync(Func<Task> body)
    {
        TextWriter original = Console.Out;
        var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            await body();
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }

    private static async Task UnarySnippetAsync(OpenRouterClient client, ChatCompletionRequest request, CancellationToken cancellationToken)
    {
        try
        {
            ChatCompletion completion = await client.CreateChatCompletionAsync(request, cancellationToken);
            Console.WriteLine(completion.Choices[0].Message.Content);
        }
        catch (OpenRouterRateLimitException e)
        {
            // 429 from OpenRouter or from the provider behind it.
            Console.WriteLine($"Rate limited by {e.ProviderName ?? "OpenRouter"}; retry after {e.RetryAfter?.TotalSeconds ?? 1} s.");
            Console.WriteLine(e.ProviderRawError);
        }
        catch (OpenRouterException e)
        {
            Console.WriteLine($"HTTP {e.StatusCode}, code {e.ErrorCode}: {e.Message} (generation {e.GenerationId})");
        }
    }

    private static async Task StreamSnippetAsync(OpenRouterClient client, ChatCompletionRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(request, cancellationToken))
            {
                Console.Write(chunk.Choices.Count > 0 ? chunk.Choices[0].Delta?.Content : null);
            }
        }
        catch (OpenRouterStreamException e)
        {
            Console.WriteLine($"The stream failed after {e.ChunksReceived} chunks: {e.Message}");
            Console.WriteLine($"Received so far: {e.ReceivedContent} (reasoning: {e.ReceivedReasoning.Length} chars)");
        }
    }

    private static async Task ModerationSnippetAsync(OpenRouterClient client, ChatCompletionRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await client.CreateChatCompletionAsync(request, cancellationToken);
        }
        catch (OpenRouterModerationException e)
        {
            Console.WriteLine($"Flagged for {string.Join(", ", e.Reasons)}: {e.FlaggedInput}");
        }
    }

    [Fact]
    public async Task The_rate_limit_snippet_reports_the_provider_and_its_raw_error()
    {
        var handler = new StubHandler().Respond((HttpStatusCode)429, Fixture.Bytes("25-error-429-provider-rate-limited.json"), configure: r => r.Headers.Add("Retry-After", "3"));
        using var client = TestClients.Create(handler);

        string output = await CaptureConsoleAsync(() => UnarySnippetAsync(client, Request(), Ct));

        output.Should().Contain("Rate limited by Google; retry after 3 s.").And.Contain("temporarily rate-limited upstream");
    }

    [Fact]
    public async Task The_general_snippet_reports_status_code_and_generation()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.NotFound, Fixture.Bytes("33-error-404-no-endpoints-free-variant.json"), configure: r => r.Headers.Add("X-Generation-Id", "gen-42"));
        using var client = TestClients.Create(handler);

        string output = await CaptureConsoleAsync(() => UnarySnippetAsync(client, Request(), Ct));

        output.Should().Contain("HTTP 404, code 404:").And.Contain("No endpoints found").And.Contain("(generation gen-42)");
    }

    [Fact]
    public async Task The_stream_snippet_prints_text_then_the_failure()
    {
        var handler = new StubHandler().RespondStream(Fixture.Bytes("14-chat-stream-midstream-error-minimax.sse"));
        using var client = TestClients.Create(handler);

        string output = await CaptureConsoleAsync(() => StreamSnippetAsync(client, Request(), Ct));

        output.Should().Contain("The stream failed after 3 chunks:").And.Contain("Token limit reached");
        output.Should().Contain("(reasoning: " + "We need to respond to a greeting. The user".Length + " chars)");
    }

    [Fact]
    public async Task The_moderation_snippet_prints_reasons()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.Forbidden,
            """{"error":{"code":403,"message":"flagged","metadata":{"reasons":["violence"],"flagged_input":"abc"}}}""");
        using var client = TestClients.Create(handler);

        string output = await CaptureConsoleAsync(() => ModerationSnippetAsync(client, Request(), Ct));

        output.Should().Contain("Flagged for violence: abc");
    }
}
