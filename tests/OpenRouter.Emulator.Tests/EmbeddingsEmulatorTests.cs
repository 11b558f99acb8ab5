using System.Buffers.Binary;
using System.Net;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using OpenRouter.Sdk;
using Xunit;

namespace OpenRouter.Emulator.Tests;

/// <summary><c>POST /embeddings</c>: deterministic vectors, the two encodings, usage and cost, and the 400s.</summary>
public sealed class EmbeddingsEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient http, string json)
    {
        using HttpResponseMessage response = await http.PostAsync("embeddings", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return (response.StatusCode, document.RootElement.Clone());
    }

    [Fact]
    public async Task The_same_text_gives_the_same_unit_vector_and_different_texts_differ()
    {
        await using var session = await EmulatorSession.StartAsync();

        EmbeddingsResponse response = await session.Client.CreateEmbeddingsAsync(
            new EmbeddingsRequest { Model = EmulatorCatalog.EmbeddingModel, Input = new[] { "alpha beta", "gamma", "alpha beta" } }, Ct);

        response.Object.Should().Be("list");
        response.Model.Should().Be(EmulatorCatalog.EmbeddingModel);
        response.Id.Should().StartWith("gen-");
        response.Data.Select(d => d.Index).Should().Equal(0, 1, 2);
        response.Data.Should().AllSatisfy(d => d.Object.Should().Be("embedding"));
        response.Data[0].Vector.Should().HaveCount(EmbeddingsHandler.DefaultDimensions);
        response.Data[0].Vector.Should().Equal(response.Data[2].Vector);
        response.Data[0].Vector.Should().NotEqual(response.Data[1].Vector);
        Math.Sqrt(response.Data[1].Vector.Sum(v => (double)v * v)).Should().BeApproximately(1, 1e-5, "vectors have length 1, as real embeddings do");
        response.Data[0].Vector.Should().Equal(EmbeddingsHandler.VectorOf(EmulatorCatalog.EmbeddingModel, "alpha beta", EmbeddingsHandler.DefaultDimensions));
    }

    [Fact]
    public async Task Usage_counts_the_input_tokens_and_charges_the_models_prompt_price_to_the_account()
    {
        await using var session = await EmulatorSession.StartAsync();

        EmbeddingsResponse response = await session.Client.CreateEmbeddingsAsync(
            new EmbeddingsRequest { Model = EmulatorCatalog.EmbeddingModel, Input = new[] { "one two three", "four" }, User = "user-9" }, Ct);
        GenerationInfo generation = await session.Client.GetGenerationAsync(response.Id!, Ct);

        response.Usage!.PromptTokens.Should().Be(4);
        response.Usage.TotalTokens.Should().Be(4);
        response.Usage.Cost.Should().Be(4 * 0.00000002m);
        response.Usage.IsByok.Should().BeFalse();
        session.Emulator.State.TotalUsage.Should().Be(4 * 0.00000002m);
        generation.Model.Should().Be(EmulatorCatalog.EmbeddingModel);
        generation.TotalCost.Should().Be(4 * 0.00000002m);
        generation.ApiType.Should().Be(GenerationApiType.Embeddings);
    }

    [Fact]
    public async Task Dimensions_and_base64_encoding_give_the_same_floats_as_the_float_form()
    {
        await using var session = await EmulatorSession.StartAsync();

        EmbeddingsResponse floats = await session.Client.CreateEmbeddingsAsync(
            new EmbeddingsRequest { Model = EmulatorCatalog.EmbeddingModel, Input = "same text", Dimensions = 12 }, Ct);
        (HttpStatusCode status, JsonElement raw) = await PostAsync(session.Http,
            $$"""{"model":"{{EmulatorCatalog.EmbeddingModel}}","input":"same text","dimensions":12,"encoding_format":"base64"}""");

        status.Should().Be(HttpStatusCode.OK);
        byte[] bytes = Convert.FromBase64String(raw.GetProperty("data")[0].GetProperty("embedding").GetString()!);
        float[] decoded = Enumerable.Range(0, bytes.Length / 4).Select(i => BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * 4))).ToArray();
        floats.Data[0].Vector.Should().HaveCount(12);
        decoded.Should().Equal(floats.Data[0].Vector, "base64 carries the same little-endian float32 values");
    }

    [Fact]
    public async Task Token_ids_and_multimodal_inputs_are_embedded_and_emulator_ids_are_accepted()
    {
        await using var session = await EmulatorSession.StartAsync();

        (HttpStatusCode tokens, JsonElement tokenBody) = await PostAsync(session.Http, """{"model":"emulator/embed","input":[[1,2,3],[4,5]]}""");
        (HttpStatusCode multimodal, JsonElement multimodalBody) = await PostAsync(session.Http,
            """{"model":"openai/text-embedding-3-small","input":[{"content":[{"type":"text","text":"a cat"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AA=="}}]}]}""");

        tokens.Should().Be(HttpStatusCode.OK);
        tokenBody.GetProperty("data").GetArrayLength().Should().Be(2);
        tokenBody.GetProperty("model").GetString().Should().Be("emulator/embed");
        multimodal.Should().Be(HttpStatusCode.OK);
        multimodalBody.GetProperty("data")[0].GetProperty("embedding").GetArrayLength().Should().Be(EmbeddingsHandler.DefaultDimensions);
    }

    [Theory]
    [InlineData("""{"input":"x"}""", "'model'")]
    [InlineData("""{"model":"nobody/no-such-model","input":"x"}""", "nobody/no-such-model is not a valid model ID")]
    [InlineData("""{"model":"openai/gpt-4o-mini","input":"x"}""", "openai/gpt-4o-mini is not a valid model ID")]
    [InlineData("""{"model":"emulator/embed"}""", "'input'")]
    [InlineData("""{"model":"emulator/embed","input":[]}""", "'input'")]
    [InlineData("""{"model":"emulator/embed","input":"x","dimensions":0}""", "'dimensions'")]
    [InlineData("""{"model":"emulator/embed","input":"x","encoding_format":"int8"}""", "'encoding_format'")]
    public async Task Malformed_requests_and_models_that_make_no_embeddings_are_a_400_in_openrouters_shape(string json, string message)
    {
        await using var session = await EmulatorSession.StartAsync();

        (HttpStatusCode status, JsonElement body) = await PostAsync(session.Http, json);

        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetProperty("code").GetInt32().Should().Be(400);
        body.GetProperty("error").GetProperty("message").GetString().Should().Contain(message);
        session.Emulator.State.Generations.Should().BeEmpty("nothing was served");
    }
}
