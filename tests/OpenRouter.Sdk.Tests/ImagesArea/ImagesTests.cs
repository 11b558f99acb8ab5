using System.Net;
using FluentAssertions;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.ImagesArea;

public sealed class ImagesTests
{
    private const string Base = "https://openrouter.ai/api/v1/";

    // A 1x1 transparent PNG.
    private const string TinyPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The spec's example of POST /images, with a real image in place of its placeholder.
    private const string GenerateAnswer = """
        {"created":1748372400,"data":[{"b64_json":"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==","media_type":"image/png"}],
         "usage":{"completion_tokens":4175,"cost":0.04,"prompt_tokens":0,"total_tokens":4175}}
        """;

    // The spec's example of GET /images/models, with a range and a boolean capability as in its schema examples.
    private const string ModelsAnswer = """
        {"data":[{"architecture":{"input_modalities":["text","image"],"output_modalities":["image"]},"created":1692901234,
          "description":"A text-to-image model.","endpoints":"/api/v1/images/models/bytedance-seed/seedream-4.5/endpoints",
          "id":"bytedance-seed/seedream-4.5","name":"Seedream 4.5",
          "supported_parameters":{"resolution":{"type":"enum","values":["1K","2K","4K"]},"output_compression":{"max":100,"min":0,"type":"range"},"seed":{"type":"boolean"}},
          "supports_streaming":false}]}
        """;

    // The spec's example of GET /images/models/{author}/{slug}/endpoints.
    private const string EndpointsAnswer = """
        {"endpoints":[{"allowed_passthrough_parameters":[],"pricing":[{"billable":"output_image","cost_usd":0.05,"unit":"image"}],
          "provider_name":"Bytedance","provider_slug":"bytedance","provider_tag":"bytedance",
          "supported_parameters":{"resolution":{"type":"enum","values":["1K","2K","4K"]}},"supports_streaming":false}],
         "id":"bytedance-seed/seedream-4.5"}
        """;

    [Fact]
    public async Task Generate_posts_the_spec_example_with_the_api_key_and_reads_the_images_lazily()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, GenerateAnswer);
        using OpenRouterClient client = TestClients.Create(handler);

        ImageGenerationResponse response = await client.Images.GenerateAsync(
            new ImageGenerationRequest("bytedance-seed/seedream-4.5", "a red panda astronaut floating in space, studio lighting"), Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be(Base + "images");
        sent.Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        sent.Header("Accept").Should().Be("application/json");
        sent.BodyText.Should().Be("""{"model":"bytedance-seed/seedream-4.5","prompt":"a red panda astronaut floating in space, studio lighting"}""");

        response.Created.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1748372400));
        GeneratedImageData image = response.Data.Should().ContainSingle().Subject;
        image.Base64.Should().Be(TinyPng, "the base64 is kept as received, not decoded until asked");
        image.MediaType.Should().Be("image/png");
        byte[] bytes = image.GetBytes();
        bytes.Should().HaveCount(70);
        bytes.Take(8).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A);
        image.ToDataUrl().Should().Be("data:image/png;base64," + TinyPng);
        response.Usage!.Cost.Should().Be(0.04m);
        response.Usage.CompletionTokens.Should().Be(4175);
        response.Usage.PromptTokens.Should().Be(0);
        response.Usage.TotalTokens.Should().Be(4175);
    }

    [Fact]
    public async Task Every_generation_option_is_sent_under_its_wire_name()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, GenerateAnswer);
        using OpenRouterClient client = TestClients.Create(handler);

        await client.Images.GenerateAsync(new ImageGenerationRequest("openai/gpt-image-1", "a logo")
        {
            AspectRatio = ImageAspectRatio.Landscape16x9,
            Background = ImageBackground.Transparent,
            InputReferences = [new ImageReference("https://example.com/image.png"), ImageReference.FromBytes(new byte[] { 1, 2, 3 }, "image/png")],
            Count = 2,
            OutputCompression = 80,
            OutputFormat = ImageOutputFormat.Webp,
            Provider = new ProviderPreferences { Only = ["openai"], AllowFallbacks = false },
            Quality = ImageQuality.High,
            Resolution = ImageResolution.Tier2K,
            Seed = 42,
            Size = "2048x2048",
        }, Ct);

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-image-1","prompt":"a logo","aspect_ratio":"16:9","background":"transparent",
             "input_references":[{"type":"image_url","image_url":{"url":"https://example.com/image.png"}},
                                 {"type":"image_url","image_url":{"url":"data:image/png;base64,AQID"}}],
             "n":2,"output_compression":80,"output_format":"webp","provider":{"allow_fallbacks":false,"only":["openai"]},
             "quality":"high","resolution":"2K","seed":42,"size":"2048x2048"}
            """, handler.Requests.Single().BodyText);
    }

    [Fact]
    public async Task Generate_records_the_cost_in_the_budget()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, GenerateAnswer);
        using OpenRouterClient client = TestClients.Create(handler, o => o.Budget = new OpenRouterBudget { Limit = 1m });

        await client.Images.GenerateAsync(new ImageGenerationRequest("m/x", "p"), Ct);

        client.Budget!.Spent.Should().Be(0.04m);
    }

    [Fact]
    public async Task ListModels_gets_the_models_and_reads_their_capabilities()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, ModelsAnswer);
        using OpenRouterClient client = TestClients.Create(handler);

        IReadOnlyList<ImageModel> models = await client.Images.ListModelsAsync(Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Get);
        sent.Uri.AbsoluteUri.Should().Be(Base + "images/models");
        sent.Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        sent.Body.Should().BeEmpty();
        ImageModel model = models.Should().ContainSingle().Subject;
        model.Id.Should().Be("bytedance-seed/seedream-4.5");
        model.Name.Should().Be("Seedream 4.5");
        model.Description.Should().Be("A text-to-image model.");
        model.Created.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1692901234));
        model.Architecture!.InputModalities.Should().Equal(Modality.Text, Modality.Image);
        model.Architecture.OutputModalities.Should().Equal(Modality.Image);
        model.EndpointsUrl.Should().Be("/api/v1/images/models/bytedance-seed/seedream-4.5/endpoints");
        model.SupportsStreaming.Should().BeFalse();
        model.SupportedParameters["resolution"].Kind.Should().Be(ImageParameterKind.Enum);
        model.SupportedParameters["resolution"].Values.Should().Equal("1K", "2K", "4K");
        model.SupportedParameters["output_compression"].Kind.Should().Be(ImageParameterKind.Range);
        (model.SupportedParameters["output_compression"].Min, model.SupportedParameters["output_compression"].Max).Should().Be((0d, 100d));
        model.SupportedParameters["seed"].Kind.Should().Be(ImageParameterKind.Boolean);
        model.AdditionalProperties.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task ListModelEndpoints_escapes_author_and_slug_and_reads_the_prices()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, EndpointsAnswer).Respond(HttpStatusCode.OK, EndpointsAnswer);
        using OpenRouterClient client = TestClients.Create(handler);

        ImageModelEndpoints result = await client.Images.ListModelEndpointsAsync("bytedance-seed/seedream-4.5", Ct);
        await client.Images.ListModelEndpointsAsync("odd author/a?b", Ct);

        handler.Requests[0].Method.Should().Be(HttpMethod.Get);
        handler.Requests[0].Uri.AbsoluteUri.Should().Be(Base + "images/models/bytedance-seed/seedream-4.5/endpoints");
        handler.Requests[0].Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        handler.Requests[1].Uri.AbsoluteUri.Should().Be(Base + "images/models/odd%20author/a%3Fb/endpoints");
        result.Id.Should().Be("bytedance-seed/seedream-4.5");
        ImageEndpoint endpoint = result.Endpoints.Should().ContainSingle().Subject;
        endpoint.ProviderName.Should().Be("Bytedance");
        endpoint.ProviderSlug.Should().Be("bytedance");
        endpoint.ProviderTag.Should().Be("bytedance");
        endpoint.AllowedPassthroughParameters.Should().BeEmpty();
        endpoint.SupportsStreaming.Should().BeFalse();
        endpoint.SupportedParameters["resolution"].Values.Should().Equal("1K", "2K", "4K");
        ImagePricing price = endpoint.Pricing.Should().ContainSingle().Subject;
        price.Billable.Should().Be(ImagePricingBillable.OutputImage);
        price.Unit.Should().Be(ImagePricingUnit.Image);
        price.CostUsd.Should().Be(0.05m);
        price.Variant.Should().BeNull();
    }

    public static TheoryData<string> BadModelIds { get; } = ["seedream", "a/b/c", "/slug", "author/", "./x", "author/..", " /x"];

    [Theory]
    [MemberData(nameof(BadModelIds))]
    public async Task A_model_id_that_is_not_author_slug_is_refused_before_any_request(string modelId)
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, EndpointsAnswer);
        using OpenRouterClient client = TestClients.Create(handler);

        (await client.Images.Invoking(i => i.ListModelEndpointsAsync(modelId, Ct)).Should().ThrowAsync<ArgumentException>())
            .Which.ParamName.Should().Be("modelId");
        handler.Requests.Should().BeEmpty();
    }

    public static TheoryData<string, Func<ImageGenerationRequest>> BadRequests { get; } = new()
    {
        { "model", () => new ImageGenerationRequest(" ", "p") },
        { "prompt", () => new ImageGenerationRequest("m/x", "") },
        { "from 1 to 10", () => new ImageGenerationRequest("m/x", "p") { Count = 0 } },
        { "from 1 to 10", () => new ImageGenerationRequest("m/x", "p") { Count = 11 } },
        { "from 0 to 100", () => new ImageGenerationRequest("m/x", "p") { OutputCompression = 101 } },
        { "At most 16", () => new ImageGenerationRequest("m/x", "p") { InputReferences = Enumerable.Range(0, 17).Select(_ => new ImageReference("https://x/y.png")).ToList() } },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_generation_request_is_refused_before_any_request(string expected, Func<ImageGenerationRequest> request)
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, GenerateAnswer);
        using OpenRouterClient client = TestClients.Create(handler);

        (await client.Images.Invoking(i => i.GenerateAsync(request(), Ct)).Should().ThrowAsync<ArgumentException>())
            .Which.Message.Should().Contain(expected);
        await client.Images.Invoking(i => i.GenerateAsync(null!, Ct)).Should().ThrowAsync<ArgumentNullException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_image_is_saved_to_a_file_decoded()
    {
        var image = new GeneratedImageData { Base64 = TinyPng, MediaType = "image/png" };
        string path = Path.Combine(Path.GetTempPath(), "openrouter-image-" + Guid.NewGuid().ToString("N") + ".png");
        try
        {
            await image.SaveAsync(path, Ct);

            (await File.ReadAllBytesAsync(path, Ct)).Should().Equal(Convert.FromBase64String(TinyPng));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task An_error_answer_becomes_the_sdk_exception()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.PaymentRequired, """{"error":{"code":402,"message":"Insufficient credits"}}""");
        using OpenRouterClient client = TestClients.Create(handler);

        (await client.Images.Invoking(i => i.GenerateAsync(new ImageGenerationRequest("m/x", "p"), Ct)).Should().ThrowAsync<OpenRouterException>())
            .Which.StatusCode.Should().Be(402);
    }

    [Fact]
    public void Images_is_one_instance_per_client()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler());

        client.Images.Should().BeSameAs(client.Images);
    }
}
