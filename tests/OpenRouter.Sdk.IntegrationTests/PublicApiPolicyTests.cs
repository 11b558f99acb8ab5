using System.Reflection;
using FluentAssertions;

namespace OpenRouter.Sdk.IntegrationTests;

/// <summary>The growth policy of docs/public-api-policy.md, checked on the built assembly.</summary>
public sealed class PublicApiPolicyTests
{
    [Fact]
    public void IOpenRouterClient_is_frozen_for_1x()
    {
        // A member added here breaks every hand-written fake on netstandard2.0: new operations go on area clients.
        string[] members = typeof(IOpenRouterClient).GetMembers().Select(m => m.Name).Order(StringComparer.Ordinal).ToArray();

        members.Should().Equal(
            "CreateChatCompletionAsync",
            "CreateEmbeddingsAsync",
            "GetCreditsAsync",
            "GetGenerationAsync",
            "GetKeyInfoAsync",
            "ListModelEndpointsAsync",
            "ListModelsAsync",
            "ListProvidersAsync",
            "StreamChatCompletionAsync");
    }

    [Fact]
    public void Every_area_client_can_be_faked_by_deriving_from_it()
    {
        Type[] areas = typeof(OpenRouterClient).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.PropertyType)
            .Where(t => t.Name.StartsWith("OpenRouter", StringComparison.Ordinal) && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .ToArray();

        areas.Should().Contain(typeof(OpenRouterActivityClient));
        foreach (Type area in areas)
        {
            area.IsSealed.Should().BeFalse(area.Name);
            area.GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes).Should().NotBeNull($"{area.Name} needs a protected parameterless constructor")
                .And.Match<ConstructorInfo>(c => c.IsFamily, "protected, for subclasses only");
            area.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty($"{area.Name} is reached from the client, not constructed");
            MethodInfo[] operations = area.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            operations.Should().NotBeEmpty();
            foreach (MethodInfo operation in operations)
            {
                operation.IsVirtual.Should().BeTrue($"{area.Name}.{operation.Name} must be overridable");
                operation.GetParameters().Last().ParameterType.Should().Be(typeof(CancellationToken), $"{area.Name}.{operation.Name} takes a CancellationToken last");
                operation.Name.Should().EndWith("Async");
            }
        }
    }
}
