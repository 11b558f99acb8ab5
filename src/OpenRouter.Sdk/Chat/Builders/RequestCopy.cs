using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace OpenRouter.Sdk;

/// <summary>
/// Copies of the mutable request types, so a built request never shares state that a builder changes later.
/// Immutable values (<see cref="ResponseFormat"/>, <see cref="ToolChoice"/>, <see cref="PerformanceThreshold"/>,
/// <see cref="ProviderSortPreference"/>, JSON elements, open enums) are shared; messages are shared too, since no
/// builder changes a message once added.
/// </summary>
internal static class RequestCopy
{
    public static ChatCompletionRequest Of(ChatCompletionRequest source) => new()
    {
        Model = source.Model,
        Models = List(source.Models),
        Messages = new List<Message>(source.Messages),
        Prompt = source.Prompt,
        Stream = source.Stream,
        StreamOptions = source.StreamOptions is { } streamOptions ? new StreamOptions { IncludeUsage = streamOptions.IncludeUsage } : null,
        Usage = source.Usage is { } usage ? new UsageOptions { Include = usage.Include } : null,
        MaxTokens = source.MaxTokens,
        MaxCompletionTokens = source.MaxCompletionTokens,
        Temperature = source.Temperature,
        TopP = source.TopP,
        TopK = source.TopK,
        FrequencyPenalty = source.FrequencyPenalty,
        PresencePenalty = source.PresencePenalty,
        RepetitionPenalty = source.RepetitionPenalty,
        MinP = source.MinP,
        TopA = source.TopA,
        Seed = source.Seed,
        Stop = List(source.Stop),
        LogitBias = source.LogitBias is null ? null : new Dictionary<string, double>(source.LogitBias),
        Logprobs = source.Logprobs,
        TopLogprobs = source.TopLogprobs,
        Prediction = source.Prediction is { } prediction ? new Prediction(prediction.Content) { Type = prediction.Type } : null,
        ResponseFormat = source.ResponseFormat,
        StructuredOutputs = source.StructuredOutputs,
        Tools = ListOf(source.Tools, Of),
        ToolChoice = source.ToolChoice,
        ParallelToolCalls = source.ParallelToolCalls,
        Reasoning = source.Reasoning is null ? null : Of(source.Reasoning),
        ReasoningEffort = source.ReasoningEffort,
        IncludeReasoning = source.IncludeReasoning,
        Verbosity = source.Verbosity,
        WebSearchOptions = source.WebSearchOptions is { } web
            ? new WebSearchOptions { SearchContextSize = web.SearchContextSize, AdditionalProperties = Json(web.AdditionalProperties) }
            : null,
        Modalities = List(source.Modalities),
        ImageConfig = Json(source.ImageConfig),
        Provider = source.Provider is null ? null : Of(source.Provider),
        Plugins = ListOf(source.Plugins, Of),
        Transforms = List(source.Transforms),
        Route = source.Route,
        User = source.User,
        SessionId = source.SessionId,
        Metadata = source.Metadata is null ? null : new Dictionary<string, string>(source.Metadata),
        Trace = source.Trace is { } trace ? Of(trace) : null,
        CacheControl = source.CacheControl is null ? null : Of(source.CacheControl),
        PromptCacheKey = source.PromptCacheKey,
        PromptCacheOptions = source.PromptCacheOptions is { } cacheOptions
            ? new PromptCacheOptions { Mode = cacheOptions.Mode, Ttl = cacheOptions.Ttl }
            : null,
        ServiceTier = source.ServiceTier,
        StopServerToolsWhen = ListOf(source.StopServerToolsWhen, Of),
        Debug = source.Debug is { } debug ? new DebugOptions { EchoUpstreamBody = debug.EchoUpstreamBody } : null,
        Preset = source.Preset,
        AdditionalProperties = Json(source.AdditionalProperties),
        RequestOptions = source.RequestOptions?.Clone(),
    };

    public static ProviderPreferences Of(ProviderPreferences source) => new()
    {
        Order = List(source.Order),
        AllowFallbacks = source.AllowFallbacks,
        RequireParameters = source.RequireParameters,
        DataCollection = source.DataCollection,
        Zdr = source.Zdr,
        EnforceDistillableText = source.EnforceDistillableText,
        Only = List(source.Only),
        Ignore = List(source.Ignore),
        Quantizations = List(source.Quantizations),
        Sort = source.Sort,
        PreferredMinThroughput = source.PreferredMinThroughput,
        PreferredMaxLatency = source.PreferredMaxLatency,
        MaxPrice = source.MaxPrice is { } price
            ? new MaxPrice { Prompt = price.Prompt, Completion = price.Completion, Image = price.Image, Audio = price.Audio, Request = price.Request }
            : null,
        MinThroughput = source.MinThroughput,
        MaxLatency = source.MaxLatency,
        Options = Json(source.Options),
        AdditionalProperties = Json(source.AdditionalProperties),
    };

    public static ReasoningConfig Of(ReasoningConfig source) => new()
    {
        Effort = source.Effort,
        MaxTokens = source.MaxTokens,
        Exclude = source.Exclude,
        Enabled = source.Enabled,
        Summary = source.Summary,
        Context = source.Context,
        Mode = source.Mode,
        AdditionalProperties = Json(source.AdditionalProperties),
    };

    public static Plugin Of(Plugin source) => new(source.Id)
    {
        Enabled = source.Enabled,
        Engine = source.Engine,
        MaxResults = source.MaxResults,
        SearchPrompt = source.SearchPrompt,
        IncludeDomains = List(source.IncludeDomains),
        ExcludeDomains = List(source.ExcludeDomains),
        MaxUses = source.MaxUses,
        Pdf = source.Pdf is { } pdf ? new PdfParserOptions { Engine = pdf.Engine } : null,
        AllowedModels = List(source.AllowedModels),
        ExcludedModels = List(source.ExcludedModels),
        CostTier = source.CostTier,
        AdditionalProperties = Json(source.AdditionalProperties),
    };

    public static ChatTool Of(ChatTool source) => new()
    {
        Type = source.Type,
        Function = source.Function is { } function
            ? new FunctionDefinition { Name = function.Name, Description = function.Description, Parameters = function.Parameters, Strict = function.Strict }
            : null,
        Parameters = Json(source.Parameters),
        CacheControl = source.CacheControl is null ? null : Of(source.CacheControl),
        AdditionalProperties = Json(source.AdditionalProperties),
    };

    public static CacheControl Of(CacheControl source) => new(source.Ttl) { Type = source.Type };

    public static TraceOptions Of(TraceOptions source) => new()
    {
        TraceId = source.TraceId,
        TraceName = source.TraceName,
        SpanName = source.SpanName,
        GenerationName = source.GenerationName,
        ParentSpanId = source.ParentSpanId,
        AdditionalProperties = Json(source.AdditionalProperties),
    };

    public static ServerToolStopCondition Of(ServerToolStopCondition source) => new()
    {
        Type = source.Type,
        StepCount = source.StepCount,
        ToolName = source.ToolName,
        MaxTokens = source.MaxTokens,
        MaxCostInDollars = source.MaxCostInDollars,
        Reason = source.Reason,
    };

    private static List<T>? List<T>(IList<T>? source) => source is null ? null : new List<T>(source);

    private static List<T>? ListOf<T>(IList<T>? source, System.Func<T, T> copy)
    {
        if (source is null)
        {
            return null;
        }

        var list = new List<T>(source.Count);
        foreach (T item in source)
        {
            list.Add(item is null ? item : copy(item));
        }

        return list;
    }

    private static JsonObject? Json(JsonObject? source) => source is null ? null : (JsonObject)source.DeepClone();
}
