#pragma warning disable MEAI001 // IImageGenerator is experimental in Microsoft.Extensions.AI, and so is the adapter.
using System.Drawing;
using System.Net;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;
using MeaiImageRequest = Microsoft.Extensions.AI.ImageGenerationRequest;
using MeaiImageResponse = Microsoft.Extensions.AI.ImageGenerationResponse;

namespace OpenRouter.Sdk.Tests.AI.Adapters;

/// <summary>The IImageGenerator adapter, driven through the interface only.</summary>
public sealed class ImageGeneratorTests
{
    private const string Model = "bytedance-seed/seedream-4.5";

    // A 1x1 transparent PNG.
    private const string TinyPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    // The spec's example of POST /images, with real images in place of its placeholder: a PNG and a JPEG without media type.
    private const string Answer = """
        {"created":1748372400,"data":[{"b64_json":"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==","media_type":"image/png"},
                                     {"b64_json":"/9j/4AAQSkZJRgABAQ=="}],
         "usage":{"completion_tokens":4175,"cost":0.04,"prompt_tokens":12,"total_tokens":4187}}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (IImageGenerator Generator, StubHandler Handler, OpenRouterClient Client) Create(string? defaultModel = Model)
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        OpenRouterClient client = TestClients.Create(handler);
        return (client.Images.AsIImageGenerator(defaultModel), handler, client);
    }

    [Fact]
    public async Task The_prompt_is_sent_with_the_default_model()
    {
        var (generator, handler, client) = Create();
        using var _ = client;

        await generator.GenerateImagesAsync("a red panda astronaut", cancellationToken: Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/images");
        sent.Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        sent.BodyText.Should().Be("""{"model":"bytedance-seed/seedream-4.5","prompt":"a red panda astronaut"}""");
    }

    [Fact]
    public async Task Every_option_is_sent_under_its_wire_name()
    {
        var (generator, handler, client) = Create();
        using var _ = client;
        var options = new ImageGenerationOptions
        {
            ModelId = "openai/gpt-image-1",
            Count = 2,
            ImageSize = new Size(1536, 1024),
            MediaType = "image/webp",
            ResponseFormat = ImageGenerationResponseFormat.Data,
            AdditionalProperties = new()
            {
                [OpenRouterPropertyNames.AspectRatio] = ImageAspectRatio.Landscape3x2,
                [OpenRouterPropertyNames.Resolution] = "2K",
                [OpenRouterPropertyNames.Quality] = ImageQuality.High,
                [OpenRouterPropertyNames.Background] = "transparent",
                [OpenRouterPropertyNames.Seed] = 42,
                [OpenRouterPropertyNames.OutputCompression] = JsonDocument.Parse("80").RootElement,
                [OpenRouterPropertyNames.Provider] = new ProviderPreferences { Only = ["openai"] },
                ["unknown"] = "not sent",
            },
        };

        await generator.GenerateImagesAsync("a logo", options, Ct);

        JsonAssert.Equivalent("""
            {"model":"openai/gpt-image-1","prompt":"a logo","n":2,"size":"1536x1024","output_format":"webp","aspect_ratio":"3:2",
             "resolution":"2K","quality":"high","background":"transparent","seed":42,"output_compression":80,"provider":{"only":["openai"]}}
            """, handler.Requests.Single().BodyText);
    }

    [Theory]
    [InlineData("image/png", "png")]
    [InlineData("image/jpeg", "jpeg")]
    [InlineData("image/jpg", "jpeg")]
    [InlineData("image/svg+xml", "svg")]
    [InlineData("image/avif", "avif")]
    public async Task MediaType_is_sent_as_output_format(string mediaType, string outputFormat)
    {
        var (generator, handler, client) = Create();
        using var _ = client;

        await generator.GenerateImagesAsync("p", new ImageGenerationOptions { MediaType = mediaType }, Ct);

        handler.Requests.Single().Body().GetProperty("output_format").GetString().Should().Be(outputFormat);
    }

    [Fact]
    public async Task Original_images_are_sent_as_input_references()
    {
        var (generator, handler, client) = Create();
        using var _ = client;
        var request = new MeaiImageRequest("make it blue",
            [new DataContent(new byte[] { 1, 2, 3 }, "image/png"), new UriContent("https://example.com/cat.jpg", "image/jpeg")]);

        await generator.GenerateAsync(request, cancellationToken: Ct);

        JsonAssert.Equivalent("""
            {"model":"bytedance-seed/seedream-4.5","prompt":"make it blue",
             "input_references":[{"type":"image_url","image_url":{"url":"data:image/png;base64,AQID"}},
                                 {"type":"image_url","image_url":{"url":"https://example.com/cat.jpg"}}]}
            """, handler.Requests.Single().BodyText);
    }

    [Fact]
    public async Task A_request_from_RawRepresentationFactory_is_the_starting_point_and_is_not_changed()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer).Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);
        IImageGenerator generator = client.Images.AsIImageGenerator(Model);
        var template = new OpenRouter.Sdk.ImageGenerationRequest { Model = "google/gemini-2.5-flash-image", Count = 1, Size = "4K" };
        var options = new ImageGenerationOptions { ModelId = "ignored/model", Count = 3, ImageSize = new Size(8, 8), RawRepresentationFactory = _ => template };

        await generator.GenerateImagesAsync("first", options, Ct);
        await generator.GenerateImagesAsync("second", options, Ct);

        handler.Requests[0].BodyText.Should().Be("""{"model":"google/gemini-2.5-flash-image","prompt":"first","n":1,"size":"4K"}""");
        handler.Requests[1].BodyText.Should().Be("""{"model":"google/gemini-2.5-flash-image","prompt":"second","n":1,"size":"4K"}""");
        template.Prompt.Should().BeEmpty("the factory's instance is copied, not filled in");
    }

    [Fact]
    public async Task Images_come_back_as_DataContent_with_usage_and_the_raw_answer()
    {
        var (generator, _, client) = Create();
        using var __ = client;

        MeaiImageResponse response = await generator.GenerateImagesAsync("a red panda astronaut", cancellationToken: Ct);

        response.Contents.Should().HaveCount(2);
        DataContent png = response.Contents[0].Should().BeOfType<DataContent>().Subject;
        png.MediaType.Should().Be("image/png");
        png.Data.ToArray().Should().Equal(Convert.FromBase64String(TinyPng));
        png.Uri.Should().Be("data:image/png;base64," + TinyPng);
        png.RawRepresentation.Should().BeOfType<GeneratedImageData>();
        DataContent jpeg = response.Contents[1].Should().BeOfType<DataContent>().Subject;
        jpeg.MediaType.Should().Be("image/jpeg", "an image without a media type is recognized by its bytes");
        jpeg.Data.ToArray().Take(3).Should().Equal(0xFF, 0xD8, 0xFF);
        response.Usage!.InputTokenCount.Should().Be(12);
        response.Usage.OutputTokenCount.Should().Be(4175);
        response.Usage.TotalTokenCount.Should().Be(4187);
        var raw = response.RawRepresentation.Should().BeOfType<OpenRouter.Sdk.ImageGenerationResponse>().Subject;
        raw.Usage!.Cost.Should().Be(0.04m);
        raw.Created.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1748372400));
    }

    [Fact]
    public async Task An_image_of_unknown_kind_takes_the_requested_media_type()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, """{"created":1,"data":[{"b64_json":"AAEC"}]}""");
        using OpenRouterClient client = TestClients.Create(handler);

        MeaiImageResponse response = await client.Images.AsIImageGenerator(Model)
            .GenerateImagesAsync("p", new ImageGenerationOptions { MediaType = "image/avif" }, Ct);

        response.Contents.OfType<DataContent>().Single().MediaType.Should().Be("image/avif");
        response.Usage.Should().BeNull();
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_sending()
    {
        var (generator, handler, client) = Create(defaultModel: null);
        using var _ = client;

        await generator.Invoking(g => g.GenerateAsync(null!, cancellationToken: Ct)).Should().ThrowAsync<ArgumentNullException>();
        await generator.Invoking(g => g.GenerateImagesAsync("p", cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*ModelId*");
        IImageGenerator withModel = client.Images.AsIImageGenerator(Model);
        await withModel.Invoking(g => g.GenerateImagesAsync("p", new ImageGenerationOptions { ResponseFormat = ImageGenerationResponseFormat.Uri }, Ct))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*ResponseFormat*");
        await withModel.Invoking(g => g.GenerateImagesAsync("", cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*prompt*");
        await withModel.Invoking(g => g.GenerateAsync(new MeaiImageRequest("p", [new TextContent("not an image")]), cancellationToken: Ct))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*DataContent*");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_error_surfaces_as_the_SDK_typed_exception()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.PaymentRequired, """{"error":{"code":402,"message":"Insufficient credits"}}""");
        using OpenRouterClient client = TestClients.Create(handler);

        var thrown = (await client.Images.AsIImageGenerator(Model).Invoking(g => g.GenerateImagesAsync("p", cancellationToken: Ct))
            .Should().ThrowAsync<OpenRouterPaymentRequiredException>()).Which;

        thrown.StatusCode.Should().Be(402);
        thrown.Message.Should().Contain("Insufficient credits");
    }

    [Fact]
    public async Task Cancelling_the_call_cancels_the_request()
    {
        var handler = new HoldingHandler();
        using OpenRouterClient client = TestClients.Create(handler);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        Task<MeaiImageResponse> call = client.Images.AsIImageGenerator(Model).GenerateImagesAsync("p", cancellationToken: cts.Token);
        await handler.Arrived;
        await cts.CancelAsync();

        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void GetService_returns_metadata_and_the_images_client()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler(), o => o.BaseUrl = new Uri("http://127.0.0.1:5050/api/v1/"));
        IImageGenerator generator = client.Images.AsIImageGenerator(Model);

        ImageGeneratorMetadata metadata = generator.GetService<ImageGeneratorMetadata>()!;
        metadata.ProviderName.Should().Be("openrouter");
        metadata.ProviderUri.Should().Be(new Uri("http://127.0.0.1:5050/api/v1/"));
        metadata.DefaultModelId.Should().Be(Model);
        generator.GetService<OpenRouterImagesClient>().Should().BeSameAs(client.Images);
        generator.GetService<IImageGenerator>().Should().BeSameAs(generator);
        generator.GetService<ImageGeneratorMetadata>("some-key").Should().BeNull();
        generator.GetService<string>().Should().BeNull();
    }

    [Fact]
    public async Task A_fake_images_client_is_used_as_given()
    {
        var fake = new FakeImagesClient();
        IImageGenerator generator = fake.AsIImageGenerator(Model);

        MeaiImageResponse response = await generator.GenerateImagesAsync("p", cancellationToken: Ct);

        fake.Requests.Single().Prompt.Should().Be("p");
        response.Contents.OfType<DataContent>().Single().MediaType.Should().Be("image/png");
        generator.GetService<ImageGeneratorMetadata>()!.ProviderUri.Should().Be(OpenRouterClientOptions.DefaultBaseUrl);
    }

    [Fact]
    public async Task AddOpenRouterImageGenerator_builds_on_the_registered_images_client_and_supports_keys()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, Answer);
        using OpenRouterClient client = TestClients.Create(handler);
        var services = new ServiceCollection();
        services.AddSingleton(client.Images);
        IImageGenerator? inner = null;
        services.AddOpenRouterImageGenerator(Model, (generator, sp) =>
        {
            inner = generator;
            return new CountingImageGenerator(generator);
        });
        services.AddKeyedOpenRouterImageGenerator("fast", "google/gemini-2.5-flash-image");
        using ServiceProvider provider = services.BuildServiceProvider();

        IImageGenerator resolved = provider.GetRequiredService<IImageGenerator>();
        resolved.Should().BeOfType<CountingImageGenerator>();
        await resolved.GenerateImagesAsync("p", cancellationToken: Ct);
        ((CountingImageGenerator)resolved).Calls.Should().Be(1);
        inner!.GetService<OpenRouterImagesClient>().Should().BeSameAs(client.Images);
        handler.Requests.Single().Body().GetProperty("model").GetString().Should().Be(Model);
        provider.GetRequiredKeyedService<IImageGenerator>("fast").GetService<ImageGeneratorMetadata>()!.DefaultModelId.Should().Be("google/gemini-2.5-flash-image");
    }

    [Fact]
    public void AddOpenRouterImageGenerator_without_a_client_says_what_is_missing()
    {
        using ServiceProvider provider = new ServiceCollection().AddOpenRouterImageGenerator().BuildServiceProvider();

        Action resolve = () => provider.GetRequiredService<IImageGenerator>();

        resolve.Should().Throw<InvalidOperationException>().WithMessage("*AddOpenRouter*");
    }

    private sealed class FakeImagesClient : OpenRouterImagesClient
    {
        public List<OpenRouter.Sdk.ImageGenerationRequest> Requests { get; } = new();

        public override Task<OpenRouter.Sdk.ImageGenerationResponse> GenerateAsync(OpenRouter.Sdk.ImageGenerationRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Add(request);
            return Task.FromResult(new OpenRouter.Sdk.ImageGenerationResponse { Data = [new GeneratedImageData { Base64 = TinyPng, MediaType = "image/png" }] });
        }
    }

    private sealed class CountingImageGenerator(IImageGenerator inner) : DelegatingImageGenerator(inner)
    {
        public int Calls { get; private set; }

        public override Task<MeaiImageResponse> GenerateAsync(MeaiImageRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return base.GenerateAsync(request, options, cancellationToken);
        }
    }
}
