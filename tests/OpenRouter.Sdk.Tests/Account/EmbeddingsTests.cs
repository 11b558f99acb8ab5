using System.Net;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Account;

public sealed class EmbeddingsTests
{
    private const string FloatBody = """
        {"id":"gen-emb-1","object":"list","model":"openai/text-embedding-3-small","provider":"OpenAI",
         "data":[{"object":"embedding","index":0,"embedding":[0.5,-1.25,3,1e-3]},
                 {"object":"embedding","index":1,"embedding":[0.25,-2]}],
         "usage":{"prompt_tokens":8,"total_tokens":8,"cost":6e-7,"is_byok":false,"cost_details":{"upstream_inference_cost":null}}}
        """;

    // The same vectors as base64 of little-endian float32 (encoding_format: "base64").
    private const string Base64Body = """
        {"object":"list","model":"openai/text-embedding-3-small",
         "data":[{"object":"embedding","index":0,"embedding":"AAAAPwAAoL8AAEBAbxKDOg=="},
                 {"object":"embedding","index":1,"embedding":"AACAPgAAAMA="}],
         "usage":{"prompt_tokens":8,"total_tokens":8,"cost":0.0000006,
                  "prompt_tokens_details":{"text_tokens":5,"image_tokens":3,"audio_tokens":0,"video_tokens":null,"file_tokens":0}}}
        """;

    [Fact]
    public async Task Float_vectors_usage_and_cost_are_read()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, FloatBody);
        using var client = TestClients.Create(handler);

        EmbeddingsResponse response = await client.CreateEmbeddingsAsync(
            new EmbeddingsRequest("openai/text-embedding-3-small", new[] { "first", "second" }), TestContext.Current.CancellationToken);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/embeddings");
        sent.BodyText.Should().Be("""{"model":"openai/text-embedding-3-small","input":["first","second"]}""");
        response.Id.Should().Be("gen-emb-1");
        response.Object.Should().Be("list");
        response.Model.Should().Be("openai/text-embedding-3-small");
        response.Data.Should().HaveCount(2);
        response.Data[0].Object.Should().Be("embedding");
        response.Data[0].Index.Should().Be(0);
        response.Data[0].Vector.Should().Equal(0.5f, -1.25f, 3f, 0.001f);
        response.Data[1].Index.Should().Be(1);
        response.Data[1].Vector.Should().Equal(0.25f, -2f);
        response.Usage!.PromptTokens.Should().Be(8);
        response.Usage.TotalTokens.Should().Be(8);
        response.Usage.Cost.Should().Be(0.0000006m);
        response.Usage.IsByok.Should().BeFalse();
        response.Usage.CostDetails!.UpstreamInferenceCost.Should().BeNull();
        response.Usage.PromptTokensDetails.Should().BeNull();
        response.AdditionalProperties.Should().ContainKey("provider");
    }

    [Fact]
    public async Task Base64_vectors_decode_to_the_same_floats()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Base64Body);
        using var client = TestClients.Create(handler);

        EmbeddingsResponse response = await client.CreateEmbeddingsAsync(
            new EmbeddingsRequest("openai/text-embedding-3-small", new[] { "first", "second" }) { EncodingFormat = EmbeddingEncodingFormat.Base64 },
            TestContext.Current.CancellationToken);

        handler.Requests.Single().BodyText.Should().Be("""{"model":"openai/text-embedding-3-small","input":["first","second"],"encoding_format":"base64"}""");
        response.Data[0].Vector.Should().Equal(0.5f, -1.25f, 3f, 0.001f);
        response.Data[1].Vector.Should().Equal(0.25f, -2f);
        response.Usage!.Cost.Should().Be(0.0000006m);
        EmbeddingsPromptTokensDetails details = response.Usage.PromptTokensDetails!;
        (details.TextTokens, details.ImageTokens, details.AudioTokens, details.VideoTokens, details.FileTokens).Should().Be((5, 3, 0, (int?)null, 0));
    }

    [Fact]
    public async Task A_base64_vector_with_a_partial_float_is_an_invalid_response()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, """{"data":[{"index":0,"embedding":"AAAA"}]}""");
        using var client = TestClients.Create(handler);

        Func<Task> call = () => client.CreateEmbeddingsAsync(new EmbeddingsRequest("m/e", "x"), TestContext.Current.CancellationToken);

        await call.Should().ThrowAsync<OpenRouterInvalidResponseException>();
    }

    [Fact]
    public async Task Every_request_field_is_sent_as_documented()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, FloatBody);
        using var client = TestClients.Create(handler);
        var request = new EmbeddingsRequest
        {
            Model = "openai/text-embedding-3-large",
            Input = "hello",
            Dimensions = 256,
            EncodingFormat = EmbeddingEncodingFormat.Float,
            InputType = "search_query",
            Provider = new ProviderPreferences { Order = new List<string> { "OpenAI" }, AllowFallbacks = false },
            User = "user-42",
            AdditionalProperties = new Dictionary<string, JsonElement> { ["truncate"] = JsonSerializer.SerializeToElement("END") },
        };

        await client.CreateEmbeddingsAsync(request, TestContext.Current.CancellationToken);

        JsonAssert.Equivalent(
            """
            {"model":"openai/text-embedding-3-large","input":"hello","dimensions":256,"encoding_format":"float",
             "input_type":"search_query","provider":{"order":["OpenAI"],"allow_fallbacks":false},"user":"user-42","truncate":"END"}
            """,
            handler.Requests.Single().BodyText);
    }

    [Fact]
    public async Task Token_inputs_and_raw_multimodal_inputs_are_sent_as_given()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, FloatBody);
        using var client = TestClients.Create(handler);
        CancellationToken ct = TestContext.Current.CancellationToken;
        JsonElement multimodal = JsonDocument.Parse("""[{"content":[{"type":"text","text":"a cat"},{"type":"image_url","image_url":{"url":"https://example.com/cat.png"}}]}]""").RootElement;

        await client.CreateEmbeddingsAsync(new EmbeddingsRequest("m/e", EmbeddingInput.FromTokens(new[] { 1, 2, 3 })), ct);
        await client.CreateEmbeddingsAsync(new EmbeddingsRequest("m/e", EmbeddingInput.FromTokenBatches(new[] { new[] { 1, 2 }, new[] { 3 } })), ct);
        await client.CreateEmbeddingsAsync(new EmbeddingsRequest("m/e", EmbeddingInput.FromJson(multimodal)), ct);

        handler.Requests.Select(r => r.BodyText).Should().Equal(
            """{"model":"m/e","input":[1,2,3]}""",
            """{"model":"m/e","input":[[1,2],[3]]}""",
            """{"model":"m/e","input":[{"content":[{"type":"text","text":"a cat"},{"type":"image_url","image_url":{"url":"https://example.com/cat.png"}}]}]}""");
    }

    [Fact]
    public void Inputs_read_back_into_their_typed_form()
    {
        EmbeddingsRequest texts = JsonSerializer.Deserialize("""{"model":"m/e","input":["a","b"]}""", Serialization.OpenRouterJsonContext.Default.EmbeddingsRequest)!;
        EmbeddingsRequest tokens = JsonSerializer.Deserialize("""{"model":"m/e","input":[[1],[2,3]]}""", Serialization.OpenRouterJsonContext.Default.EmbeddingsRequest)!;

        texts.Input!.Texts.Should().Equal("a", "b");
        tokens.Input!.TokenBatches!.Select(b => b.ToArray()).Should().BeEquivalentTo(new[] { new[] { 1 }, new[] { 2, 3 } });
    }

    [Fact]
    public async Task A_provider_error_in_a_200_body_is_raised()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK,
            """{"error":{"code":502,"message":"Provider returned error","metadata":{"provider_name":"OpenAI","raw":"upstream exploded"}}}""");
        using var client = TestClients.Create(handler);

        Func<Task> call = () => client.CreateEmbeddingsAsync(new EmbeddingsRequest("m/e", "x"), TestContext.Current.CancellationToken);

        var thrown = (await call.Should().ThrowAsync<OpenRouterException>()).Which;
        thrown.StatusCode.Should().Be(502);
        thrown.ProviderName.Should().Be("OpenAI");
        thrown.ProviderRawError.Should().Be("upstream exploded");
    }

    [Fact]
    public void Invalid_requests_are_rejected_before_any_request()
    {
        var handler = new StubHandler();
        using var client = TestClients.Create(handler);
        CancellationToken ct = TestContext.Current.CancellationToken;

        ((Action)(() => client.CreateEmbeddingsAsync(null!, ct))).Should().Throw<ArgumentNullException>().WithParameterName("request");
        ((Action)(() => client.CreateEmbeddingsAsync(new EmbeddingsRequest { Input = "x" }, ct))).Should().Throw<ArgumentException>().WithMessage("*model*");
        ((Action)(() => client.CreateEmbeddingsAsync(new EmbeddingsRequest { Model = "m/e" }, ct))).Should().Throw<ArgumentException>().WithMessage("*input*");
        ((Action)(() => client.CreateEmbeddingsAsync(new EmbeddingsRequest("m/e", Array.Empty<string>()), ct))).Should().Throw<ArgumentException>().WithMessage("*input*");
        ((Action)(() => client.CreateEmbeddingsAsync(new EmbeddingsRequest("m/e", ""), ct))).Should().Throw<ArgumentException>().WithMessage("*input*");
        handler.Requests.Should().BeEmpty();
    }
}
