using System.Net;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.AI.Adapters;

/// <summary>The IEmbeddingGenerator adapter, driven through the interface only.</summary>
public sealed class EmbeddingGeneratorTests
{
    private const string Model = "openai/text-embedding-3-small";

    // The spec's example of POST /embeddings with two inputs, answered out of order, as a real server may.
    private const string FloatBody = """
        {"id":"gen-emb-1","object":"list","model":"openai/text-embedding-3-small","provider":"OpenAI",
         "data":[{"object":"embedding","index":1,"embedding":[0.25,-2]},
                 {"object":"embedding","index":0,"embedding":[0.5,-1.25,3,1e-3]}],
         "usage":{"prompt_tokens":8,"total_tokens":8,"cost":6e-7,"is_byok":false}}
        """;

    // The same vectors as base64 of little-endian float32, with usage by modality.
    private const string Base64Body = """
        {"object":"list","model":"openai/text-embedding-3-small",
         "data":[{"object":"embedding","index":0,"embedding":"AAAAPwAAoL8AAEBAbxKDOg=="},
                 {"object":"embedding","index":1,"embedding":"AACAPgAAAMA="}],
         "usage":{"prompt_tokens":8,"total_tokens":8,"cost":0.0000006,"is_byok":true,
                  "prompt_tokens_details":{"text_tokens":5,"image_tokens":3,"audio_tokens":0}}}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (IEmbeddingGenerator<string, Embedding<float>> Generator, StubHandler Handler, OpenRouterClient Client) Create(string body = FloatBody, string? defaultModel = Model)
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, body);
        OpenRouterClient client = TestClients.Create(handler);
        return (client.AsIEmbeddingGenerator(defaultModel), handler, client);
    }

    [Fact]
    public async Task The_values_are_sent_as_one_request_with_the_default_model()
    {
        var (generator, handler, client) = Create();
        using var _ = client;

        await generator.GenerateAsync(["first", "second"], cancellationToken: Ct);

        RecordedRequest sent = handler.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be("https://openrouter.ai/api/v1/embeddings");
        sent.Header("Authorization").Should().Be("Bearer " + TestClients.ApiKey);
        sent.BodyText.Should().Be("""{"model":"openai/text-embedding-3-small","input":["first","second"]}""");
    }

    [Fact]
    public async Task ModelId_and_Dimensions_are_sent_as_model_and_dimensions()
    {
        var (generator, handler, client) = Create();
        using var _ = client;

        await generator.GenerateAsync(["first"], new EmbeddingGenerationOptions { ModelId = "mistralai/mistral-embed-2312", Dimensions = 256 }, Ct);

        handler.Requests.Single().BodyText.Should().Be("""{"model":"mistralai/mistral-embed-2312","input":["first"],"dimensions":256}""");
    }

    [Fact]
    public async Task The_default_dimensions_apply_when_the_options_set_none()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, FloatBody).Respond(HttpStatusCode.OK, FloatBody);
        using OpenRouterClient client = TestClients.Create(handler);
        IEmbeddingGenerator<string, Embedding<float>> generator = client.AsIEmbeddingGenerator(Model, defaultDimensions: 512);

        await generator.GenerateAsync(["a"], cancellationToken: Ct);
        await generator.GenerateAsync(["a"], new EmbeddingGenerationOptions { Dimensions = 64 }, Ct);

        handler.Requests[0].BodyText.Should().Be("""{"model":"openai/text-embedding-3-small","input":["a"],"dimensions":512}""");
        handler.Requests[1].BodyText.Should().Be("""{"model":"openai/text-embedding-3-small","input":["a"],"dimensions":64}""");
        generator.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelDimensions.Should().Be(512);
    }

    [Fact]
    public async Task OpenRouter_fields_travel_in_AdditionalProperties()
    {
        var (generator, handler, client) = Create(Base64Body);
        using var _ = client;
        var options = new EmbeddingGenerationOptions
        {
            AdditionalProperties = new()
            {
                [OpenRouterPropertyNames.EncodingFormat] = "base64",
                [OpenRouterPropertyNames.InputType] = "search_query",
                [OpenRouterPropertyNames.User] = "user-42",
                [OpenRouterPropertyNames.Provider] = new ProviderPreferences { Only = ["openai"] },
                ["not_an_openrouter_field"] = "ignored",
            },
        };

        GeneratedEmbeddings<Embedding<float>> embeddings = await generator.GenerateAsync(["first", "second"], options, Ct);

        JsonAssert.Equivalent("""
            {"model":"openai/text-embedding-3-small","input":["first","second"],"encoding_format":"base64",
             "input_type":"search_query","provider":{"only":["openai"]},"user":"user-42"}
            """, handler.Requests.Single().BodyText);
        embeddings[0].Vector.ToArray().Should().Equal(0.5f, -1.25f, 3f, 0.001f);
        embeddings[1].Vector.ToArray().Should().Equal(0.25f, -2f);
    }

    [Fact]
    public async Task Provider_preferences_may_be_given_as_their_JSON()
    {
        var (generator, handler, client) = Create();
        using var _ = client;
        var options = new EmbeddingGenerationOptions
        {
            AdditionalProperties = new() { [OpenRouterPropertyNames.Provider] = JsonDocument.Parse("""{"sort":"price"}""").RootElement },
        };

        await generator.GenerateAsync(["a"], options, Ct);

        handler.Requests.Single().Body().GetProperty("provider").GetProperty("sort").GetString().Should().Be("price");
    }

    [Fact]
    public async Task A_request_from_RawRepresentationFactory_is_the_starting_point_and_is_not_changed()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, FloatBody).Respond(HttpStatusCode.OK, FloatBody);
        using OpenRouterClient client = TestClients.Create(handler);
        IEmbeddingGenerator<string, Embedding<float>> generator = client.AsIEmbeddingGenerator(Model);
        var template = new EmbeddingsRequest { Model = "qwen/qwen3-embedding-8b", InputType = "search_document", Dimensions = 1024 };
        var options = new EmbeddingGenerationOptions { ModelId = "ignored/model", Dimensions = 8, RawRepresentationFactory = _ => template };

        await generator.GenerateAsync(["a"], options, Ct);
        await generator.GenerateAsync(["b"], options, Ct);

        handler.Requests[0].BodyText.Should().Be("""{"model":"qwen/qwen3-embedding-8b","input":["a"],"dimensions":1024,"input_type":"search_document"}""");
        handler.Requests[1].BodyText.Should().Be("""{"model":"qwen/qwen3-embedding-8b","input":["b"],"dimensions":1024,"input_type":"search_document"}""");
        template.Input.Should().BeNull("the factory's instance is copied, not filled in");
    }

    [Fact]
    public async Task Vectors_come_back_in_input_order_with_usage_cost_and_provider()
    {
        var (generator, _, client) = Create();
        using var __ = client;

        GeneratedEmbeddings<Embedding<float>> embeddings = await generator.GenerateAsync(["first", "second"], cancellationToken: Ct);

        embeddings.Should().HaveCount(2);
        embeddings[0].Vector.ToArray().Should().Equal(0.5f, -1.25f, 3f, 0.001f);
        embeddings[0].Dimensions.Should().Be(4);
        embeddings[0].ModelId.Should().Be(Model);
        embeddings[1].Vector.ToArray().Should().Equal(0.25f, -2f);
        embeddings.Usage!.InputTokenCount.Should().Be(8);
        embeddings.Usage.TotalTokenCount.Should().Be(8);
        embeddings.Usage.OutputTokenCount.Should().BeNull();
        embeddings.AdditionalProperties![OpenRouterPropertyNames.Cost].Should().Be(0.0000006m);
        embeddings.AdditionalProperties[OpenRouterPropertyNames.IsByok].Should().Be(false);
        embeddings.AdditionalProperties[OpenRouterPropertyNames.ServedBy].Should().Be("OpenAI");
        embeddings.AdditionalProperties[OpenRouterPropertyNames.GenerationId].Should().Be("gen-emb-1");
    }

    [Fact]
    public async Task Input_tokens_by_modality_are_additional_counts()
    {
        var (generator, _, client) = Create(Base64Body);
        using var __ = client;

        GeneratedEmbeddings<Embedding<float>> embeddings = await generator.GenerateAsync(["first", "second"], cancellationToken: Ct);

        embeddings.Usage!.AdditionalCounts.Should().BeEquivalentTo(new Dictionary<string, long>
        {
            ["input_text_tokens"] = 5,
            ["input_image_tokens"] = 3,
            ["input_audio_tokens"] = 0,
        });
        embeddings.AdditionalProperties![OpenRouterPropertyNames.IsByok].Should().Be(true);
    }

    [Fact]
    public async Task GenerateVectorAsync_embeds_one_value()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, """{"data":[{"index":0,"embedding":[1,2,3]}],"usage":{"prompt_tokens":1,"total_tokens":1}}""");
        using OpenRouterClient client = TestClients.Create(handler);

        ReadOnlyMemory<float> vector = await client.AsIEmbeddingGenerator(Model).GenerateVectorAsync("hello", cancellationToken: Ct);

        vector.ToArray().Should().Equal(1f, 2f, 3f);
        handler.Requests.Single().BodyText.Should().Be("""{"model":"openai/text-embedding-3-small","input":["hello"]}""");
    }

    [Fact]
    public async Task No_values_means_no_request()
    {
        var (generator, handler, client) = Create();
        using var _ = client;

        GeneratedEmbeddings<Embedding<float>> embeddings = await generator.GenerateAsync([], cancellationToken: Ct);

        embeddings.Should().BeEmpty();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_sending()
    {
        var (generator, handler, client) = Create(defaultModel: null);
        using var _ = client;

        await generator.Invoking(g => g.GenerateAsync(null!, cancellationToken: Ct)).Should().ThrowAsync<ArgumentNullException>();
        await generator.Invoking(g => g.GenerateAsync(["a", null!], cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*null*");
        await generator.Invoking(g => g.GenerateAsync(["a"], cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*ModelId*");
        ((Action)(() => client.AsIEmbeddingGenerator(Model, defaultDimensions: 0))).Should().Throw<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_error_surfaces_as_the_SDK_typed_exception()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.Unauthorized, """{"error":{"code":401,"message":"No auth credentials found"}}""");
        using OpenRouterClient client = TestClients.Create(handler);

        var thrown = (await client.AsIEmbeddingGenerator(Model).Invoking(g => g.GenerateAsync(["a"], cancellationToken: Ct))
            .Should().ThrowAsync<OpenRouterAuthenticationException>()).Which;

        thrown.StatusCode.Should().Be(401);
        thrown.Message.Should().Contain("No auth credentials found");
    }

    [Fact]
    public async Task Cancelling_the_call_cancels_the_request()
    {
        var handler = new HoldingHandler();
        using OpenRouterClient client = TestClients.Create(handler);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        Task<GeneratedEmbeddings<Embedding<float>>> call = client.AsIEmbeddingGenerator(Model).GenerateAsync(["a"], cancellationToken: cts.Token);
        await handler.Arrived;
        await cts.CancelAsync();

        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void GetService_returns_metadata_and_the_underlying_client()
    {
        var (generator, _, client) = Create();
        using var __ = client;

        EmbeddingGeneratorMetadata metadata = generator.GetService<EmbeddingGeneratorMetadata>()!;
        metadata.ProviderName.Should().Be("openrouter");
        metadata.ProviderUri.Should().Be(new Uri("https://openrouter.ai/api/v1/"));
        metadata.DefaultModelId.Should().Be(Model);
        metadata.DefaultModelDimensions.Should().BeNull();
        generator.GetService<IOpenRouterClient>().Should().BeSameAs(client);
        generator.GetService<OpenRouterClient>().Should().BeSameAs(client);
        generator.GetService<IEmbeddingGenerator<string, Embedding<float>>>().Should().BeSameAs(generator);
        generator.GetService<EmbeddingGeneratorMetadata>("some-key").Should().BeNull();
        generator.GetService<string>().Should().BeNull();
    }

    [Fact]
    public async Task Disposing_the_generator_leaves_the_client_usable()
    {
        var (generator, handler, client) = Create();
        using var _ = client;
        generator.Dispose();

        await client.AsIEmbeddingGenerator(Model).GenerateAsync(["a"], cancellationToken: Ct);

        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task AddOpenRouterEmbeddingGenerator_builds_on_the_registered_client_and_supports_keys()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, FloatBody);
        using OpenRouterClient client = TestClients.Create(handler);
        var services = new ServiceCollection();
        services.AddSingleton<IOpenRouterClient>(client);
        IEmbeddingGenerator<string, Embedding<float>>? inner = null;
        services.AddOpenRouterEmbeddingGenerator(Model, (generator, sp) =>
        {
            inner = generator;
            return new CountingGenerator(generator);
        });
        services.AddKeyedOpenRouterEmbeddingGenerator("small", "mistralai/mistral-embed-2312");
        using ServiceProvider provider = services.BuildServiceProvider();

        var resolved = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        resolved.Should().BeOfType<CountingGenerator>();
        await resolved.GenerateAsync(["a"], cancellationToken: Ct);
        ((CountingGenerator)resolved).Calls.Should().Be(1);
        inner!.GetService<IOpenRouterClient>().Should().BeSameAs(client);
        handler.Requests.Single().Body().GetProperty("model").GetString().Should().Be(Model);

        var keyed = provider.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>("small");
        keyed.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelId.Should().Be("mistralai/mistral-embed-2312");
    }

    [Fact]
    public void AddOpenRouterEmbeddingGenerator_without_a_client_says_what_is_missing()
    {
        using ServiceProvider provider = new ServiceCollection().AddOpenRouterEmbeddingGenerator().BuildServiceProvider();

        Action resolve = () => provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        resolve.Should().Throw<InvalidOperationException>().WithMessage("*AddOpenRouter*");
    }

    private sealed class CountingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
    {
        public int Calls { get; private set; }

        public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return base.GenerateAsync(values, options, cancellationToken);
        }
    }
}
