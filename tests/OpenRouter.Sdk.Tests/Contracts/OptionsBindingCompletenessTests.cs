using System.Globalization;
using System.Reflection;
using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Contracts;

/// <summary>
/// Every public setting of <see cref="OpenRouterClientOptions"/> can be set from configuration: the test walks the
/// properties by reflection, sets each one to a value that is not its default and checks the options that
/// <c>AddOpenRouter</c> resolves carry it. A new option that the binder does not read fails here, unless it is listed
/// in <see cref="NotFromConfiguration"/> with the reason it cannot come from configuration.
/// </summary>
public sealed class OptionsBindingCompletenessTests
{
    /// <summary>Settings that configuration cannot express, and why.</summary>
    private static readonly IReadOnlyDictionary<string, string> NotFromConfiguration = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(OpenRouterClientOptions.TimeProvider)] = "a clock is an object that only code can supply",
        [nameof(OpenRouterClientOptions.LoggerFactory)] = "AddOpenRouter takes the application's ILoggerFactory from the service provider",
        [nameof(OpenRouterClientOptions.ApiKeyProvider)] = "a key provider is code (a secret store's client); configuration rotates ApiKey itself through reloads",
        [nameof(OpenRouterClientOptions.ManagementKeyProvider)] = "a key provider is code; configuration rotates ManagementKey itself through reloads",
    };

    /// <summary>The property types a configuration string can carry (what the binder knows how to parse).</summary>
    private static readonly Type[] ConfigurableTypes = { typeof(string), typeof(Uri), typeof(bool), typeof(int), typeof(double), typeof(decimal), typeof(TimeSpan), typeof(Version), typeof(OpenRouterHttpVersionPolicy) };

    /// <summary>Settings that are objects bound from a subsection (<c>OpenRouter:Budget:Limit</c>): each of their own settings must bind.</summary>
    private static readonly Type[] NestedTypes = { typeof(OpenRouterBudget), typeof(OpenRouterRateLimit), typeof(OpenRouterCircuitBreaker) };

    private static readonly PropertyInfo[] PublicSettableProperties = typeof(OpenRouterClientOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is { IsPublic: true })
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> Registrations => new() { "unkeyed", "keyed" };

    [Fact]
    public void Every_public_setting_is_either_configurable_or_listed_as_not_from_configuration()
    {
        PublicSettableProperties.Should().HaveCountGreaterThan(10, "reflection must find the options' settings");
        foreach (PropertyInfo property in PublicSettableProperties)
        {
            bool configurable = ConfigurableTypes.Contains(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType)
                || NestedTypes.Contains(property.PropertyType);
            bool excluded = NotFromConfiguration.ContainsKey(property.Name);
            (configurable ^ excluded).Should().BeTrue(
                $"OpenRouterClientOptions.{property.Name} ({property.PropertyType.Name}) must either bind from configuration or be listed, with a reason, in {nameof(NotFromConfiguration)} (and not both)");
        }

        NotFromConfiguration.Keys.Should().BeSubsetOf(PublicSettableProperties.Select(p => p.Name), "an exclusion must name an existing setting");
        NotFromConfiguration.Values.Should().OnlyContain(reason => reason.Length > 0);
    }

    [Theory]
    [MemberData(nameof(Registrations))]
    public async Task Every_configurable_setting_binds_from_the_OpenRouter_section(string registration)
    {
        PropertyInfo[] configurable = PublicSettableProperties.Where(p => !NotFromConfiguration.ContainsKey(p.Name) && !NestedTypes.Contains(p.PropertyType)).ToArray();
        PropertyInfo[] nested = PublicSettableProperties.Where(p => NestedTypes.Contains(p.PropertyType)).ToArray();
        var defaults = new OpenRouterClientOptions();
        var expected = new Dictionary<string, object>(StringComparer.Ordinal);
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (int i = 0; i < configurable.Length; i++)
        {
            PropertyInfo property = configurable[i];
            (object value, string text) = NonDefaultValue(property, property.GetValue(defaults), i);
            value.Should().NotBe(property.GetValue(defaults), $"the value chosen for {property.Name} must differ from its default, or the test proves nothing");
            expected[property.Name] = value;
            settings["OpenRouter:" + property.Name] = text;
        }

        var expectedNested = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (PropertyInfo outer in nested)
        {
            object nestedDefaults = Activator.CreateInstance(outer.PropertyType)!;
            PropertyInfo[] inner = SettableProperties(outer.PropertyType);
            inner.Should().NotBeEmpty();
            for (int i = 0; i < inner.Length; i++)
            {
                (object value, string text) = NonDefaultValue(inner[i], inner[i].GetValue(nestedDefaults), i);
                expectedNested[outer.Name + ":" + inner[i].Name] = value;
                settings["OpenRouter:" + outer.Name + ":" + inner[i].Name] = text;
            }
        }

        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        string optionsName = registration == "keyed"
            ? Register(() => services.AddOpenRouter("contract", configuration.GetSection("OpenRouter")), OpenRouterServiceCollectionExtensions.HttpClientName + ":contract")
            : Register(() => services.AddOpenRouter(configuration.GetSection("OpenRouter")), OpenRouterServiceCollectionExtensions.HttpClientName);
        await using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterClientOptions options = provider.GetRequiredService<IOptionsMonitor<OpenRouterClientOptions>>().Get(optionsName);

        foreach (PropertyInfo property in configurable)
        {
            property.GetValue(options).Should().Be(expected[property.Name], $"configuration key 'OpenRouter:{property.Name}' must bind to OpenRouterClientOptions.{property.Name}");
        }

        foreach (PropertyInfo outer in nested)
        {
            object bound = outer.GetValue(options)!;
            bound.Should().NotBeNull($"the 'OpenRouter:{outer.Name}' subsection must create OpenRouterClientOptions.{outer.Name}");
            foreach (PropertyInfo inner in SettableProperties(outer.PropertyType))
            {
                inner.GetValue(bound).Should().Be(expectedNested[outer.Name + ":" + inner.Name],
                    $"configuration key 'OpenRouter:{outer.Name}:{inner.Name}' must bind to OpenRouterClientOptions.{outer.Name}.{inner.Name}");
            }
        }

        options.ManagementKey.Should().Be((string)expected[nameof(OpenRouterClientOptions.ManagementKey)], "the management key is one of the bound settings");
    }

    [Fact]
    public void The_configuration_overload_documents_every_key_it_binds()
    {
        string id = $"M:{typeof(OpenRouterServiceCollectionExtensions).FullName}.AddOpenRouter({typeof(IServiceCollection).FullName},{typeof(IConfiguration).FullName})";
        string summary = XmlDocs.Summary(id);

        foreach (PropertyInfo property in PublicSettableProperties.Where(p => !NotFromConfiguration.ContainsKey(p.Name)))
        {
            if (NestedTypes.Contains(property.PropertyType))
            {
                foreach (PropertyInfo inner in SettableProperties(property.PropertyType))
                {
                    summary.Should().Contain(property.Name + ":" + inner.Name, $"the summary lists the configuration keys, and '{property.Name}:{inner.Name}' binds");
                }

                continue;
            }

            summary.Should().Contain(property.Name, $"the summary lists the configuration keys, and '{property.Name}' binds");
        }
    }

    private static PropertyInfo[] SettableProperties(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is { IsPublic: true })
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToArray();

    private static string Register(Action register, string optionsName)
    {
        register();
        return optionsName;
    }

    /// <summary>A valid value that is not the default (distinct per setting), and how configuration spells it.</summary>
    private static (object Value, string Text) NonDefaultValue(PropertyInfo property, object? defaultValue, int index)
    {
        Type type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(string))
        {
            // A single token: keys must have no whitespace and header values no control characters.
            string text = "sk-or-v1-bound-" + property.Name.ToLowerInvariant();
            return (text, text);
        }

        if (type == typeof(Uri))
        {
            var uri = new Uri($"https://{property.Name.ToLowerInvariant()}.bound.example/api/v1/");
            return (uri, uri.AbsoluteUri);
        }

        if (type == typeof(bool))
        {
            bool value = !(bool)defaultValue!;
            return (value, value ? "true" : "false");
        }

        if (type == typeof(int))
        {
            int value = (int)defaultValue! + 3 + index;
            return (value, value.ToString(CultureInfo.InvariantCulture));
        }

        if (type == typeof(double))
        {
            // Ratios: halved, so a value in (0, 1] stays in range.
            double value = (double)defaultValue! / 2;
            return (value, value.ToString("R", CultureInfo.InvariantCulture));
        }

        if (type == typeof(decimal))
        {
            decimal value = (decimal)defaultValue! + 3.25m + index;
            return (value, value.ToString(CultureInfo.InvariantCulture));
        }

        if (type == typeof(TimeSpan))
        {
            TimeSpan value = ((TimeSpan?)defaultValue ?? TimeSpan.Zero) + TimeSpan.FromSeconds(index + 1) + TimeSpan.FromMilliseconds(250);
            return (value, value.ToString("c", CultureInfo.InvariantCulture));
        }

        if (type == typeof(Version))
        {
            // The only other version every handler speaks (the default is 2.0).
            return (new Version(1, 1), "1.1");
        }

        if (type == typeof(OpenRouterHttpVersionPolicy))
        {
            return (OpenRouterHttpVersionPolicy.RequestVersionExact, "RequestVersionExact");
        }

        throw new InvalidOperationException($"No configuration value for {property.Name} of type {type.Name}: add it to the configurable types or to {nameof(NotFromConfiguration)}.");
    }
}
