using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.AI;

/// <summary>
/// An <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over <see cref="IOpenRouterClient.CreateEmbeddingsAsync"/>:
/// maps <see cref="EmbeddingGenerationOptions"/> to an <see cref="EmbeddingsRequest"/> and the vectors, usage and cost
/// back, keeping the SDK's error types.
/// </summary>
internal sealed class OpenRouterEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private const string OptionsName = nameof(EmbeddingGenerationOptions);

    private readonly IOpenRouterClient _client;
    private readonly string? _defaultModel;
    private readonly int? _defaultDimensions;
    private readonly EmbeddingGeneratorMetadata _metadata;

    public OpenRouterEmbeddingGenerator(IOpenRouterClient client, string? defaultModel, int? defaultDimensions)
    {
        _client = Argument.NotNull(client);
        Argument.Requires(defaultDimensions is null or > 0, $"The default dimensions must be greater than 0; got {defaultDimensions}.", nameof(defaultDimensions));
        _defaultModel = string.IsNullOrWhiteSpace(defaultModel) ? null : defaultModel;
        _defaultDimensions = defaultDimensions;
        Uri endpoint = client is OpenRouterClient concrete ? concrete.Endpoint : OpenRouterClientOptions.DefaultBaseUrl;
        _metadata = new EmbeddingGeneratorMetadata(OpenRouterTelemetry.ProviderName, endpoint, _defaultModel, _defaultDimensions);
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Argument.NotNull(values);
        List<string> texts = values.ToList();
        Argument.Requires(texts.All(t => t is not null), "A value to embed is null.", nameof(values));
        if (texts.Count == 0)
        {
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>());
        }

        EmbeddingsRequest request = ToRequest(texts, options);
        Argument.Requires(!string.IsNullOrWhiteSpace(request.Model),
            "No embedding model: set EmbeddingGenerationOptions.ModelId or pass a default model to AsIEmbeddingGenerator.", nameof(options));
        return GenerateCoreAsync(request, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        Argument.NotNull(serviceType);

        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(EmbeddingGeneratorMetadata))
        {
            return _metadata;
        }

        if (serviceType.IsInstanceOfType(_client))
        {
            return _client;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
        // The IOpenRouterClient belongs to whoever created it (often a DI singleton); it is not disposed here.
    }

    private EmbeddingsRequest ToRequest(List<string> texts, EmbeddingGenerationOptions? options)
    {
        // A request from the factory is the starting point: what it already sets wins over the options. It is copied,
        // since a factory may hand out one shared instance.
        EmbeddingsRequest request = options?.RawRepresentationFactory?.Invoke(this) is EmbeddingsRequest template
            ? Copy(template)
            : new EmbeddingsRequest();
        request.Input = EmbeddingInput.FromTexts(texts);
        if (string.IsNullOrWhiteSpace(request.Model))
        {
            request.Model = options?.ModelId ?? _defaultModel ?? string.Empty;
        }

        request.Dimensions ??= options?.Dimensions ?? _defaultDimensions;

        AdditionalPropertiesDictionary? extra = options?.AdditionalProperties;
        if (AdapterProperties.ReadString(extra, OpenRouterPropertyNames.EncodingFormat) is { } format)
        {
            request.EncodingFormat ??= new EmbeddingEncodingFormat(format);
        }

        request.InputType ??= AdapterProperties.ReadString(extra, OpenRouterPropertyNames.InputType);
        request.User ??= AdapterProperties.ReadString(extra, OpenRouterPropertyNames.User);
        request.Provider ??= AdapterProperties.Read(extra, OpenRouterPropertyNames.Provider, OpenRouterJsonContext.Default.ProviderPreferences, OptionsName);
        return request;
    }

    private async Task<GeneratedEmbeddings<Embedding<float>>> GenerateCoreAsync(EmbeddingsRequest request, CancellationToken cancellationToken)
    {
        EmbeddingsResponse response = await _client.CreateEmbeddingsAsync(request, cancellationToken).ConfigureAwait(false);
        return ToGeneratedEmbeddings(response);
    }

    private static GeneratedEmbeddings<Embedding<float>> ToGeneratedEmbeddings(EmbeddingsResponse response)
    {
        // The vectors come back in input order by index; the list is sorted so a reordered answer still lines up.
        var embeddings = new GeneratedEmbeddings<Embedding<float>>(response.Data.Count);
        foreach (EmbeddingData data in response.Data.OrderBy(d => d.Index))
        {
            embeddings.Add(new Embedding<float>(data.Vector) { ModelId = response.Model });
        }

        if (response.Usage is { } usage)
        {
            embeddings.Usage = ToUsageDetails(usage);
        }

        AdditionalPropertiesDictionary? properties = null;
        AdapterProperties.AddCost(ref properties, response.Usage?.Cost, response.Usage?.IsByok);
        AdapterProperties.AddServedBy(ref properties, response.AdditionalProperties);
        if (response.Id is { Length: > 0 } id)
        {
            (properties ??= new())[OpenRouterPropertyNames.GenerationId] = id;
        }

        embeddings.AdditionalProperties = properties;
        return embeddings;
    }

    private static UsageDetails ToUsageDetails(EmbeddingsUsage usage)
    {
        var details = new UsageDetails
        {
            InputTokenCount = usage.PromptTokens,
            TotalTokenCount = usage.TotalTokens,
        };

        AdditionalPropertiesDictionary<long>? counts = null;
        AddCount(ref counts, "input_text_tokens", usage.PromptTokensDetails?.TextTokens);
        AddCount(ref counts, "input_audio_tokens", usage.PromptTokensDetails?.AudioTokens);
        AddCount(ref counts, "input_image_tokens", usage.PromptTokensDetails?.ImageTokens);
        AddCount(ref counts, "input_video_tokens", usage.PromptTokensDetails?.VideoTokens);
        AddCount(ref counts, "input_file_tokens", usage.PromptTokensDetails?.FileTokens);
        details.AdditionalCounts = counts;
        return details;
    }

    private static void AddCount(ref AdditionalPropertiesDictionary<long>? counts, string key, int? value)
    {
        if (value is { } v)
        {
            (counts ??= new())[key] = v;
        }
    }

    private static EmbeddingsRequest Copy(EmbeddingsRequest source) => new()
    {
        Model = source.Model,
        Dimensions = source.Dimensions,
        EncodingFormat = source.EncodingFormat,
        InputType = source.InputType,
        Provider = source.Provider,
        User = source.User,
        AdditionalProperties = source.AdditionalProperties is null ? null : new Dictionary<string, System.Text.Json.JsonElement>(source.AdditionalProperties),
    };
}
