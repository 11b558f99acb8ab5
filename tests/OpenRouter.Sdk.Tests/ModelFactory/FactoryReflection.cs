using System.Collections;
using System.Reflection;

namespace OpenRouter.Sdk.Tests.ModelFactory;

/// <summary>
/// What the reflection tests know about <see cref="OpenRouterModelFactory"/>: its methods, the properties each
/// leaves out on purpose, the parameters that fill a nested object, and a sample value for any parameter type.
/// </summary>
internal static class FactoryReflection
{
    /// <summary>The response types users receive from the public API; each must have a factory method.</summary>
    public static readonly Type[] RequiredTypes =
    [
        typeof(ChatCompletion), typeof(ChatCompletionChoice), typeof(ChatCompletionMessage),
        typeof(ChatCompletionChunk), typeof(ChatCompletionChunkChoice), typeof(ChatCompletionDelta), typeof(ToolCall),
        typeof(Usage), typeof(PromptTokensDetails), typeof(CompletionTokensDetails), typeof(CostDetails), typeof(ServerToolUseDetails),
        typeof(ModelInfo), typeof(ModelPricing), typeof(ModelArchitecture), typeof(ModelEndpoints), typeof(ModelEndpoint), typeof(ProviderInfo),
        typeof(GenerationInfo), typeof(KeyInfo), typeof(CreditsInfo),
        typeof(EmbeddingsResponse), typeof(EmbeddingData), typeof(EmbeddingsUsage),
        typeof(ScimGroup), typeof(ScimGroupMapping),
        typeof(WorkspaceBudget), typeof(WorkspaceBudgetList), typeof(WorkspaceBudgetResult),
        typeof(AnalyticsQueryResult), typeof(AnalyticsQueryMetadata), typeof(AnalyticsRow),
        typeof(ObservabilityDestination), typeof(OrganizationMember),
        typeof(VideoJob), typeof(VideoUsage), typeof(VideoModel), typeof(VideoUpscaleFactorRange), typeof(OpenRouterFile),
        typeof(ModelPage), typeof(GenerationContent), typeof(SessionCosts), typeof(SessionCost), typeof(AppRankings), typeof(AppRanking),
        typeof(DailyModelRankings), typeof(DailyModelTokens), typeof(BenchmarkScores), typeof(BenchmarkResult), typeof(TaskClassifications), typeof(TaskClassification),
        typeof(MessagesResponse), typeof(MessagesUsage),
    ];

    /// <summary>Properties no factory parameter sets, and why. A property missing here and from the parameters fails the tests.</summary>
    public static string? WhyExcluded(Type type, string property) => (type.Name, property) switch
    {
        (_, "AdditionalProperties") => "members the server sent that the type does not model; a test builds only modelled members",
        ("ChatCompletion", "Object") or ("ChatCompletionChunk", "Object") or ("EmbeddingsResponse", "Object") or ("EmbeddingData", "Object")
            => "a wire constant the factory sets to what the server always sends",
        ("ChatCompletion" or "ChatCompletionChunk", "OpenRouterMetadata" or "ResponseCache")
            => "opt-in extras of a call (routing metadata, response-cache headers); a test sets the property on the built object",
        _ => null,
    };

    /// <summary>Lists whose null means something the empty list does not, so a factory leaves them null by default.</summary>
    public static string? WhyNullByDefault(Type type, string property) => (type.Name, property) switch
    {
        ("ObservabilityDestination", "ApiKeyHashes") => "null means every key's traffic is forwarded; the API never sends an empty allowlist",
        ("Transcription", "Segments") or ("Transcription", "Words") => "null means the answer was not verbose_json; an empty list means no speech",
        ("ImageParameterCapability", "Values") => "only an enum parameter has values; null for range and boolean ones",
        _ => null,
    };

    /// <summary>Parameters that fill a member of a nested object instead of a property of their own name.</summary>
    public static readonly Dictionary<(Type Type, string Parameter), string> Flattened = new()
    {
        [(typeof(ToolCall), "functionName")] = "Function.Name",
        [(typeof(ToolCall), "functionArguments")] = "Function.Arguments",
        [(typeof(ImageModel), "inputModalities")] = "Architecture.InputModalities",
        [(typeof(ImageModel), "outputModalities")] = "Architecture.OutputModalities",
        [(typeof(RerankResult), "text")] = "Document.Text",
        [(typeof(RerankResult), "image")] = "Document.Image",
    };

    public static IEnumerable<MethodInfo> Methods =>
        typeof(OpenRouterModelFactory).GetMethods(BindingFlags.Public | BindingFlags.Static).OrderBy(m => m.Name, StringComparer.Ordinal);

    public static MethodInfo Method(string name) => Methods.Single(m => m.Name == name);

    public static IEnumerable<PropertyInfo> SettableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true);

    /// <summary>The dotted property path a parameter sets: its flattened path, or the property of its name.</summary>
    public static string PathOf(MethodInfo method, ParameterInfo parameter) =>
        Flattened.TryGetValue((method.ReturnType, parameter.Name!), out string? path)
            ? path
            : char.ToUpperInvariant(parameter.Name![0]) + parameter.Name.Substring(1);

    public static object? Read(object target, string path)
    {
        object? current = target;
        foreach (string name in path.Split('.'))
        {
            PropertyInfo property = current!.GetType().GetProperty(name)
                ?? throw new InvalidOperationException($"{current.GetType().Name} has no property {name}.");
            current = property.GetValue(current);
        }

        return current;
    }

    /// <summary>Calls a factory method with every argument at its default except one.</summary>
    public static object Invoke(MethodInfo method, string? parameter = null, object? value = null) =>
        method.Invoke(null, method.GetParameters().Select(p => p.Name == parameter ? value : p.DefaultValue).ToArray())!;

    /// <summary>A value that differs from the parameter's default (never null, never zero, never an empty list).</summary>
    public static object Sample(Type type, string name)
    {
        Type target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return name + "-value";
        }

        if (target == typeof(int))
        {
            return 42;
        }

        if (target == typeof(long))
        {
            return 1_767_225_600L;
        }

        if (target == typeof(double))
        {
            return 4.25;
        }

        if (target == typeof(float))
        {
            return 0.5f;
        }

        if (target == typeof(decimal))
        {
            return 0.000123m;
        }

        if (target == typeof(bool))
        {
            return true;
        }

        if (target == typeof(DateTime))
        {
            return new DateTime(2026, 3, 4, 0, 0, 0, DateTimeKind.Utc);
        }

        if (target == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
        }

        if (target == typeof(IReadOnlyDictionary<string, ImageParameterCapability>))
        {
            return new Dictionary<string, ImageParameterCapability> { [name] = new ImageParameterCapability { Kind = ImageParameterKind.Boolean } };
        }

        if (target == typeof(IReadOnlyDictionary<string, System.Text.Json.JsonElement>))
        {
            using System.Text.Json.JsonDocument value = System.Text.Json.JsonDocument.Parse("\"" + name + "-value\"");
            return new Dictionary<string, System.Text.Json.JsonElement> { [name] = value.RootElement.Clone() };
        }

        if (target == typeof(IReadOnlyDictionary<string, decimal>))
        {
            return new Dictionary<string, decimal> { [name] = 0.5m };
        }

        if (target == typeof(System.Text.Json.JsonElement))
        {
            using System.Text.Json.JsonDocument value = System.Text.Json.JsonDocument.Parse("{\"" + name + "\": 1}");
            return value.RootElement.Clone();
        }

        if (target.IsValueType && target.GetConstructor([typeof(string)]) is { } openEnum)
        {
            return openEnum.Invoke([name + "-value"]);
        }

        if (target == typeof(IDictionary<string, System.Text.Json.JsonElement>))
        {
            using var document = System.Text.Json.JsonDocument.Parse("[1500, \"openai/gpt-4o\"]");
            return new Dictionary<string, System.Text.Json.JsonElement>
            {
                [name + "0"] = document.RootElement[0].Clone(),
                [name + "1"] = document.RootElement[1].Clone(),
            };
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            Type item = target.GetGenericArguments()[0];
            var list = Array.CreateInstance(item, 2);
            list.SetValue(Sample(item, name + "0"), 0);
            list.SetValue(Sample(item, name + "1"), 1);
            return list;
        }

        if (target.IsClass && target.GetConstructor(Type.EmptyTypes) is { } constructor)
        {
            return constructor.Invoke(null);
        }

        throw new NotSupportedException($"No sample for {type} ({name}); teach {nameof(Sample)} the type.");
    }

    /// <summary>Lists compare item by item; everything else by Equals (reference identity for the SDK's classes).</summary>
    public static bool SameValue(object expected, object? actual)
    {
        if (expected is IEnumerable expectedItems and not string)
        {
            return actual is IEnumerable actualItems && expectedItems.Cast<object>().SequenceEqual(actualItems.Cast<object>());
        }

        return Equals(expected, actual);
    }
}
