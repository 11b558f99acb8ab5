using System.Collections;
using System.Reflection;
using FluentAssertions;
using Xunit;
using static OpenRouter.Sdk.Tests.ModelFactory.FactoryReflection;

namespace OpenRouter.Sdk.Tests.ModelFactory;

/// <summary>
/// Reflection over <see cref="OpenRouterModelFactory"/>: every response type has a method, every settable property
/// of it has a parameter (so a property added later without one fails here), every argument lands in its own
/// property, and the defaults build objects whose lists are empty, never null.
/// </summary>
public sealed class ModelFactoryCoverageTests
{
    public static TheoryData<string> MethodNames => new(Methods.Select(m => m.Name));

    public static TheoryData<string, string> Parameters
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (MethodInfo method in Methods)
            {
                foreach (ParameterInfo parameter in method.GetParameters())
                {
                    data.Add(method.Name, parameter.Name!);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Every_response_type_of_the_public_API_has_a_factory_method_named_after_it()
    {
        foreach (Type type in RequiredTypes)
        {
            Methods.Where(m => m.Name == type.Name && m.ReturnType == type).Should().ContainSingle($"{type.Name} needs exactly one factory method");
        }

        Methods.Should().OnlyContain(m => m.Name == m.ReturnType.Name, "each method is named after the type it builds");
    }

    [Theory]
    [MemberData(nameof(MethodNames))]
    public void Every_parameter_is_optional(string methodName)
    {
        Method(methodName).GetParameters().Should().OnlyContain(p => p.HasDefaultValue, "a test names only the arguments it cares about");
    }

    [Theory]
    [MemberData(nameof(MethodNames))]
    public void Every_settable_property_is_set_through_a_parameter_or_excluded_on_purpose(string methodName)
    {
        MethodInfo method = Method(methodName);
        var paths = method.GetParameters().Select(p => PathOf(method, p)).ToList();

        var missing = new List<string>();
        foreach (PropertyInfo property in SettableProperties(method.ReturnType))
        {
            if (paths.Contains(property.Name) || WhyExcluded(method.ReturnType, property.Name) is not null)
            {
                continue;
            }

            // A nested object filled through flattened parameters must have all of its own settable members covered.
            var nested = paths.Where(p => p.StartsWith(property.Name + ".", StringComparison.Ordinal)).Select(p => p.Substring(property.Name.Length + 1)).ToList();
            missing.AddRange(nested.Count == 0
                ? [property.Name]
                : SettableProperties(property.PropertyType).Where(p => WhyExcluded(property.PropertyType, p.Name) is null).Select(p => p.Name).Except(nested).Select(p => property.Name + "." + p));
        }

        missing.Should().BeEmpty($"every settable property of {method.ReturnType.Name} needs a parameter of {methodName}, or an entry in FactoryReflection.WhyExcluded");
    }

    [Fact]
    public void The_exclusions_name_only_properties_that_exist()
    {
        // AdditionalProperties on every type, Object on the four types whose wire "object" is a constant, and the
        // opt-in extras of a completion and a chunk (routing metadata, response-cache headers).
        foreach (MethodInfo method in Methods)
        {
            foreach (PropertyInfo property in SettableProperties(method.ReturnType).Where(p => WhyExcluded(method.ReturnType, p.Name) is not null))
            {
                property.Name.Should().BeOneOf("AdditionalProperties", "Object", "OpenRouterMetadata", "ResponseCache");
            }
        }

        SettableProperties(typeof(ChatCompletion)).Select(p => p.Name).Should().Contain("Object");
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Each_argument_lands_in_its_own_property(string methodName, string parameterName)
    {
        // Only this argument differs from its default, so an argument written to a neighbour's property fails here.
        MethodInfo method = Method(methodName);
        ParameterInfo parameter = method.GetParameters().Single(p => p.Name == parameterName);
        object sample = Sample(parameter.ParameterType, parameterName);

        object built = Invoke(method, parameterName, sample);

        object? actual = Read(built, PathOf(method, parameter));
        SameValue(sample, actual).Should().BeTrue($"{methodName}({parameterName}: {Describe(sample)}) should set {PathOf(method, parameter)}, which holds {Describe(actual)}");
    }

    [Fact]
    public void The_sample_comparison_tells_different_values_apart()
    {
        SameValue(new[] { "a", "b" }, new List<string> { "a", "b" }).Should().BeTrue();
        SameValue(new[] { "a", "b" }, new List<string> { "a" }).Should().BeFalse();
        SameValue(new Usage(), new Usage()).Should().BeFalse("SDK objects are passed through, not copied");
        SameValue((FinishReason?)FinishReason.Stop, FinishReason.Stop).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(MethodNames))]
    public void Defaults_build_objects_whose_lists_are_empty_never_null(string methodName)
    {
        object built = Invoke(Method(methodName));

        var nullLists = new List<string>();
        CollectNullLists(built, built.GetType().Name, nullLists);
        nullLists.Should().BeEmpty();
    }

    [Fact]
    public void Defaults_fill_the_nested_objects_the_SDK_promises_and_the_wire_constants()
    {
        ChatCompletionChoice choice = OpenRouterModelFactory.ChatCompletionChoice();
        choice.Message.Role.Should().Be(MessageRole.Assistant);
        choice.Message.ToolCalls.Should().NotBeNull().And.BeEmpty();
        OpenRouterModelFactory.ChatCompletionChunkChoice().Delta.Should().NotBeNull();
        OpenRouterModelFactory.ChatCompletionDelta().Role.Should().BeNull("only the first delta of a stream names the role");
        OpenRouterModelFactory.ToolCall().Type.Should().Be("function");
        OpenRouterModelFactory.ModelInfo().Pricing.Should().NotBeNull();
        OpenRouterModelFactory.ModelEndpoint().Pricing.Should().NotBeNull();

        OpenRouterModelFactory.ChatCompletion().Object.Should().Be("chat.completion");
        OpenRouterModelFactory.ChatCompletionChunk().Object.Should().Be("chat.completion.chunk");
        OpenRouterModelFactory.EmbeddingsResponse().Object.Should().Be("list");
        OpenRouterModelFactory.EmbeddingData().Object.Should().Be("embedding");

        OpenRouterModelFactory.ChatCompletion().Id.Should().BeEmpty();
        OpenRouterModelFactory.EmbeddingData().Vector.Should().NotBeNull().And.BeEmpty();
    }

    private static void CollectNullLists(object target, string path, List<string> nullLists)
    {
        foreach (PropertyInfo property in target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "AdditionalProperties")
            {
                continue;
            }

            Type type = property.PropertyType;
            object? value = property.GetValue(target);
            if (typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string))
            {
                if (value is null && WhyNullByDefault(target.GetType(), property.Name) is not null)
                {
                    continue;
                }

                if (value is null)
                {
                    nullLists.Add(path + "." + property.Name);
                }
                else
                {
                    ((IEnumerable)value).Cast<object>().Should().BeEmpty($"{path}.{property.Name} defaults to empty");
                }
            }
            else if (value is not null && type.IsClass && type.Namespace == typeof(ChatCompletion).Namespace)
            {
                CollectNullLists(value, path + "." + property.Name, nullLists);
            }
        }
    }

    private static string Describe(object? value) =>
        value is IEnumerable items and not string ? "[" + string.Join(", ", items.Cast<object>()) + "]" : value?.ToString() ?? "null";
}
