using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using RichardSzalay.MockHttp;
using Xunit;

namespace OpenRouter.Sdk.Tests.Catalog;

public sealed class ModelEndpointsTests
{
    [Fact]
    public async Task The_recorded_endpoint_list_is_read()
    {
        using var api = new MockApi();
        api.ExpectGet("models/google/gemini-2.5-pro-preview/endpoints")
            .Respond(HttpStatusCode.OK, "application/json", _ => new MemoryStream(Fixture.Bytes("29-model-endpoints-gemini-2.5-pro-preview-2025-05.json")));
        using var client = api.Client();

        ModelEndpoints model = await client.ListModelEndpointsAsync("google/gemini-2.5-pro-preview", TestContext.Current.CancellationToken);

        api.Verify();
        model.Id.Should().Be("google/gemini-2.5-pro-preview");
        model.Name.Should().Be("Google: Gemini 2.5 Pro Preview");
        model.Created.Should().Be(new DateTimeOffset(2025, 5, 7, 0, 41, 53, TimeSpan.Zero));
        model.Description.Should().StartWith("Gemini 2.5 Pro is Google’s state-of-the-art AI model");
        model.Architecture!.Tokenizer.Should().Be("Gemini");
        model.Architecture.InstructType.Should().BeNull();
        model.Architecture.InputModalities.Should().Equal(Modality.Text, Modality.Image, Modality.File);
        model.Endpoints.Select(e => e.ProviderName).Should().Equal("Google", "Google AI Studio");

        ModelEndpoint google = model.Endpoints[0];
        google.Name.Should().Be("Google | google/gemini-2.5-pro-preview-03-25");
        google.ContextLength.Should().Be(1_048_576);
        google.Pricing.Prompt.Should().Be(0.00000125m);
        google.Pricing.PromptPerMillionTokens.Should().Be(1.25m);
        google.Pricing.Completion.Should().Be(0.00001m);
        google.Pricing.Request.Should().Be(0m);
        google.Pricing.Image.Should().Be(0.00516m);
        google.Pricing.InputCacheRead.Should().Be(0.00000031m);
        google.Pricing.InputCacheWrite.Should().Be(0.000001625m);
        google.Pricing.Discount.Should().Be(0m, "discount is a JSON number, unlike the string prices");
        google.Quantization.Should().BeNull();
        google.MaxCompletionTokens.Should().Be(65535);
        google.MaxPromptTokens.Should().BeNull();
        google.SupportedParameters.Should().Contain("structured_outputs").And.HaveCount(9);
        google.SupportsParameter("tools").Should().BeTrue();
        google.Status.Should().Be(0);
        google.IsAvailable.Should().BeTrue();
        google.Tag.Should().BeNull("the 2025 recording predates tag");
        google.UptimeLast30m.Should().BeNull();
        model.Endpoints[1].MaxCompletionTokens.Should().Be(65536);
    }

    [Fact]
    public async Task The_2026_endpoint_members_are_read_and_unknown_ones_kept()
    {
        using var api = new MockApi();
        api.ExpectGet("models/openai/gpt-4/endpoints").Respond(HttpStatusCode.OK, "application/json", """
            {"data":{"id":"openai/gpt-4","name":"GPT-4","created":1692901234,"description":"d",
              "architecture":{"input_modalities":["text"],"instruct_type":"chatml","modality":"text->text","output_modalities":["text"],"tokenizer":"GPT"},
              "endpoints":[{"name":"OpenAI: GPT-4","model_id":"openai/gpt-4","model_name":"GPT-4","context_length":8192,
                "pricing":{"prompt":"0.00003","completion":"0.00006","discount":0.1},
                "provider_name":"OpenAI","tag":"openai/fp8","quantization":"fp8","max_completion_tokens":4096,"max_prompt_tokens":8192,
                "supported_parameters":["temperature"],"status":-2,"uptime_last_5m":99.5,"uptime_last_30m":98.25,"uptime_last_1d":null,
                "supports_implicit_caching":true,
                "latency_last_30m":{"p50":0.25,"p75":0.35,"p90":0.48,"p99":0.85},
                "throughput_last_30m":{"p50":45,"p75":55,"p90":65,"p99":80},
                "supports_voice_cloning":false,"region":"us"}]}}
            """);
        using var client = api.Client();

        ModelEndpoints model = await client.ListModelEndpointsAsync("openai/gpt-4", TestContext.Current.CancellationToken);

        api.Verify();

        model.Architecture!.InstructType.Should().Be("chatml");
        ModelEndpoint e = model.Endpoints.Single();
        e.ModelId.Should().Be("openai/gpt-4");
        e.ModelName.Should().Be("GPT-4");
        e.Tag.Should().Be("openai/fp8");
        e.Quantization.Should().Be(Quantization.Fp8);
        e.MaxPromptTokens.Should().Be(8192);
        e.Pricing.Discount.Should().Be(0.1m);
        e.Status.Should().Be(-2);
        e.IsAvailable.Should().BeFalse();
        e.UptimeLast5m.Should().Be(99.5);
        e.UptimeLast30m.Should().Be(98.25);
        e.UptimeLast1d.Should().BeNull();
        e.SupportsImplicitCaching.Should().BeTrue();
        (e.LatencyLast30m!.P50, e.LatencyLast30m.P75, e.LatencyLast30m.P90, e.LatencyLast30m.P99).Should().Be((0.25, 0.35, 0.48, 0.85));
        (e.ThroughputLast30m!.P50, e.ThroughputLast30m.P99).Should().Be((45d, 80d));
        e.SupportsVoiceCloning.Should().BeFalse();
        e.AdditionalProperties.Should().ContainKey("region");
    }

    [Theory]
    [InlineData("google/gemini-2.5-flash:free", "models/google/gemini-2.5-flash%3Afree/endpoints")]
    [InlineData("meta-llama/llama-3.1-8b-instruct", "models/meta-llama/llama-3.1-8b-instruct/endpoints")]
    [InlineData("odd/slug?x=1#y", "models/odd/slug%3Fx%3D1%23y/endpoints")]
    public async Task The_model_id_is_escaped_segment_by_segment(string modelId, string expectedPath)
    {
        using var api = new MockApi();
        api.ExpectGet(expectedPath).Respond(HttpStatusCode.OK, "application/json", """{"data":{"id":"x","created":0,"endpoints":[]}}""");
        using var client = api.Client();

        await client.ListModelEndpointsAsync(modelId, TestContext.Current.CancellationToken);

        api.Verify();
    }

    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("openai/")]
    [InlineData("/gpt-4o")]
    [InlineData("a/b/c")]
    [InlineData("openai/..")]
    [InlineData("open ai/gpt-4o")]
    [InlineData("")]
    public void Ids_that_are_not_author_slug_are_rejected_before_any_request(string modelId)
    {
        using var api = new MockApi();
        using var client = api.Client();

        Action call = () => client.ListModelEndpointsAsync(modelId, TestContext.Current.CancellationToken);

        call.Should().Throw<ArgumentException>().WithParameterName("modelId").WithMessage("*author/slug*");
        api.Verify();
    }

    [Fact]
    public void A_null_id_is_rejected()
    {
        using var api = new MockApi();
        using var client = api.Client();

        Action call = () => client.ListModelEndpointsAsync(null!, TestContext.Current.CancellationToken);

        call.Should().Throw<ArgumentNullException>().WithParameterName("modelId");
        api.Verify();
    }

    [Fact]
    public async Task An_unknown_model_raises_not_found()
    {
        using var api = new MockApi();
        api.ExpectGet("models/nobody/nothing/endpoints").Respond(HttpStatusCode.NotFound, "application/json", """{"error":{"code":404,"message":"Model not found"}}""");
        using var client = api.Client();

        Func<Task> call = () => client.ListModelEndpointsAsync("nobody/nothing", TestContext.Current.CancellationToken);

        (await call.Should().ThrowAsync<OpenRouterNotFoundException>()).Which.Message.Should().Contain("Model not found");
        api.Verify();
    }
}
