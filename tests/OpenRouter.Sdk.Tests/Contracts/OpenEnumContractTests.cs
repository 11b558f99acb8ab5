using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using OpenRouter.Sdk.Tests.Infrastructure;
using Xunit;

namespace OpenRouter.Sdk.Tests.Contracts;

/// <summary>
/// The contract every open enumeration of the SDK keeps, checked on each one found by reflection, so a new open enum
/// is covered the day it is added. What "equal" means and which string each well-known value sends are read from the
/// type's own XML documentation, so the docs and the behaviour cannot drift apart.
/// </summary>
public sealed class OpenEnumContractTests
{
    // An unknown value with mixed case, punctuation and a non-ASCII letter: it must survive unchanged.
    private const string UnknownValue = "Future_Value-2099.\u00e9";

    // No well-known value of any type looks like this, so it is unknown everywhere.
    private const string OtherUnknownValue = "another-unknown-value";

    public static TheoryData<string> OpenEnumTypeNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (Type type in OpenEnums.All)
            {
                data.Add(type.FullName!);
            }

            return data;
        }
    }

    [Fact]
    public void Discovery_finds_every_open_enum_and_each_is_a_public_readonly_struct_with_a_converter()
    {
        IReadOnlyList<Type> types = OpenEnums.All;

        types.Count.Should().BeGreaterThan(15, "the SDK has more than 15 open enums; finding fewer means discovery is broken");
        foreach (Type type in types)
        {
            type.IsValueType.Should().BeTrue($"{type.Name} is an open enum and must be a struct");
            type.IsVisible.Should().BeTrue($"{type.Name} is an open enum and must be public");
            type.GetCustomAttributes().Should().Contain(a => a.GetType().FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute", $"{type.Name} must be a readonly struct");
            Type? converter = type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType;
            converter.Should().NotBeNull($"{type.Name} must carry its converter, so every serializer options use it");
            converter!.IsSubclassOf(typeof(OpenEnumConverter<>).MakeGenericType(type)).Should().BeTrue($"{type.Name} must read and write through the shared open-enum converter");
            type.GetInterfaces().Should().Contain(typeof(IEquatable<>).MakeGenericType(type), $"{type.Name} must implement IEquatable<{type.Name}>");
        }
    }

    [Theory]
    [MemberData(nameof(OpenEnumTypeNames))]
    public void Unknown_values_are_kept_by_the_constructor_and_round_trip_through_json(string typeName) => Run(typeName, nameof(UnknownValuesRoundTrip));

    [Theory]
    [MemberData(nameof(OpenEnumTypeNames))]
    public void Equality_operators_and_hash_code_follow_the_documented_comparison(string typeName) => Run(typeName, nameof(EqualityFollowsTheDocs));

    [Theory]
    [MemberData(nameof(OpenEnumTypeNames))]
    public void ToString_returns_the_wire_value(string typeName) => Run(typeName, nameof(ToStringIsTheWireValue));

    [Theory]
    [MemberData(nameof(OpenEnumTypeNames))]
    public void Null_is_rejected_by_the_constructor_and_the_default_value_is_the_empty_string(string typeName) => Run(typeName, nameof(NullAndEmpty));

    [Theory]
    [MemberData(nameof(OpenEnumTypeNames))]
    public void Json_null_and_non_string_tokens_are_handled_by_the_source_generated_metadata(string typeName) => Run(typeName, nameof(JsonNullAndWrongTokens));

    [Theory]
    [MemberData(nameof(OpenEnumTypeNames))]
    public void Well_known_values_serialize_to_their_documented_wire_strings_and_read_back(string typeName) => Run(typeName, nameof(WellKnownValuesMatchTheDocs));

    private static void Run(string typeName, string check)
    {
        Type type = OpenEnums.All.Single(t => t.FullName == typeName);
        MethodInfo method = typeof(OpenEnumContractTests).GetMethod(check, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        try
        {
            method.Invoke(null, null);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }

    private static void UnknownValuesRoundTrip<T>()
        where T : struct, IOpenEnum, IEquatable<T>
    {
        T constructed = OpenEnum<T>.Create(UnknownValue);
        constructed.Value.Should().Be(UnknownValue, "the constructor keeps an unknown value as given");
        OpenEnum<T>.Convert(UnknownValue).Value.Should().Be(UnknownValue, "the implicit conversion keeps an unknown value as given");

        string json = JsonString(UnknownValue);
        T read = JsonSerializer.Deserialize(json, OpenEnum<T>.TypeInfo);
        read.Value.Should().Be(UnknownValue, "reading keeps an unknown value unchanged");
        read.Should().Be(constructed);

        string written = JsonSerializer.Serialize(read, OpenEnum<T>.TypeInfo);
        JsonDocument.Parse(written).RootElement.GetString().Should().Be(UnknownValue, "writing sends the value that was read");
        JsonSerializer.Serialize(OpenEnum<T>.Create(OtherUnknownValue), OpenEnum<T>.TypeInfo).Should().Be("\"" + OtherUnknownValue + "\"");

        // Escaped input takes the slow path of the reader; the value is still kept exactly.
        JsonSerializer.Deserialize("\"another-unknown-valu\\u0065\"", OpenEnum<T>.TypeInfo).Value.Should().Be(OtherUnknownValue);

        if (OpenEnum<T>.NullableTypeInfo is { } nullable)
        {
            T? readNullable = JsonSerializer.Deserialize(json, nullable);
            readNullable.Should().NotBeNull();
            readNullable!.Value.Value.Should().Be(UnknownValue);
            JsonSerializer.Serialize(readNullable, nullable).Should().Be(written);
        }
    }

    private static void EqualityFollowsTheDocs<T>()
        where T : struct, IOpenEnum, IEquatable<T>
    {
        StringComparison comparison = OpenEnum<T>.DocumentedComparison;
        T lower = OpenEnum<T>.Create("mixed_case_\u00e9");
        T upper = OpenEnum<T>.Create("MIXED_CASE_\u00c9");
        T other = OpenEnum<T>.Create(OtherUnknownValue);

        bool caseInsensitive = comparison == StringComparison.OrdinalIgnoreCase;
        lower.Equals(upper).Should().Be(caseInsensitive, $"{typeof(T).Name} documents {comparison} comparison");
        lower.Equals((object)upper).Should().Be(caseInsensitive);
        OpenEnum<T>.EqualOperator(lower, upper).Should().Be(caseInsensitive);
        OpenEnum<T>.NotEqualOperator(lower, upper).Should().Be(!caseInsensitive);
        lower.Value.Should().Be("mixed_case_\u00e9", "equality never changes the stored value");
        upper.Value.Should().Be("MIXED_CASE_\u00c9");

        lower.Equals(other).Should().BeFalse();
        OpenEnum<T>.EqualOperator(lower, other).Should().BeFalse();
        OpenEnum<T>.NotEqualOperator(lower, other).Should().BeTrue();
        lower.Equals((object)lower.Value).Should().BeFalse("a value never equals a string or another type");
        lower.Equals(null).Should().BeFalse();

        // Hash codes agree with Equals over a sample of known, unknown, case-variant and empty values.
        var samples = new List<T> { lower, upper, other, default, OpenEnum<T>.Create(string.Empty) };
        foreach (T known in OpenEnum<T>.WellKnown.Select(w => w.Value))
        {
            samples.Add(known);
            samples.Add(OpenEnum<T>.Create(known.Value.ToUpperInvariant()));
            samples.Add(OpenEnum<T>.Create(known.Value));
        }

        foreach (T a in samples)
        {
            a.Equals(a).Should().BeTrue();
            OpenEnum<T>.EqualOperator(a, a).Should().BeTrue();
            foreach (T b in samples)
            {
                bool expected = string.Equals(a.Value, b.Value, comparison);
                a.Equals(b).Should().Be(expected, $"'{a.Value}' vs '{b.Value}' under {comparison}");
                OpenEnum<T>.EqualOperator(a, b).Should().Be(expected);
                OpenEnum<T>.NotEqualOperator(a, b).Should().Be(!expected);
                if (expected)
                {
                    a.GetHashCode().Should().Be(b.GetHashCode(), $"'{a.Value}' equals '{b.Value}', so their hash codes must agree");
                }
            }
        }

        new HashSet<T> { lower, upper, other }.Count.Should().Be(caseInsensitive ? 2 : 3);
    }

    private static void ToStringIsTheWireValue<T>()
        where T : struct, IOpenEnum, IEquatable<T>
    {
        OpenEnum<T>.Create(UnknownValue).ToString().Should().Be(UnknownValue);
        OpenEnum<T>.Create("UPPER").ToString().Should().Be("UPPER", "ToString keeps the case it was given");
        foreach ((string name, T value, string wire) in OpenEnum<T>.WellKnown)
        {
            value.ToString().Should().Be(wire, $"{typeof(T).Name}.{name} prints its wire value");
        }
    }

    private static void NullAndEmpty<T>()
        where T : struct, IOpenEnum, IEquatable<T>
    {
        Action construct = () => OpenEnum<T>.Create(null!);
        Action convert = () => OpenEnum<T>.Convert(null!);
        construct.Should().Throw<ArgumentNullException>().WithParameterName("value");
        convert.Should().Throw<ArgumentNullException>().WithParameterName("value");

        T empty = default;
        empty.Value.Should().NotBeNull().And.BeEmpty("the default value reads as the empty string, never null");
        empty.ToString().Should().BeEmpty();
        empty.Should().Be(OpenEnum<T>.Create(string.Empty), "the default value and the empty string are the same value");
        empty.GetHashCode().Should().Be(OpenEnum<T>.Create(string.Empty).GetHashCode());
        OpenEnum<T>.WellKnown.Should().NotContain(w => w.Value.Equals(empty), "no well-known value is empty");
        JsonSerializer.Serialize(empty, OpenEnum<T>.TypeInfo).Should().Be("\"\"");
        JsonSerializer.Deserialize("\"\"", OpenEnum<T>.TypeInfo).Should().Be(empty);
    }

    private static void JsonNullAndWrongTokens<T>()
        where T : struct, IOpenEnum, IEquatable<T>
    {
        // A non-nullable member that receives null reads the empty value rather than failing the whole answer.
        T fromNull = JsonSerializer.Deserialize("null", OpenEnum<T>.TypeInfo);
        fromNull.Value.Should().BeEmpty();
        fromNull.Should().Be(default(T));

        if (OpenEnum<T>.NullableTypeInfo is { } nullable)
        {
            JsonSerializer.Deserialize("null", nullable).Should().BeNull("a nullable member reads null as null");
            JsonSerializer.Serialize((T?)null, nullable).Should().Be("null");
        }

        foreach (string token in new[] { "42", "true", "{}", "[\"stop\"]" })
        {
            Action read = () => JsonSerializer.Deserialize(token, OpenEnum<T>.TypeInfo);
            read.Should().Throw<JsonException>($"{typeof(T).Name} is a string on the wire, so {token} is not one");
        }
    }

    private static void WellKnownValuesMatchTheDocs<T>()
        where T : struct, IOpenEnum, IEquatable<T>
    {
        IReadOnlyList<(string Name, T Value, string Wire)> wellKnown = OpenEnum<T>.WellKnown;
        wellKnown.Should().NotBeEmpty($"{typeof(T).Name} should name at least one well-known value");
        wellKnown.Select(w => w.Wire).Should().OnlyHaveUniqueItems().And.OnlyContain(w => w.Length > 0);

        foreach ((string name, T value, string wire) in wellKnown)
        {
            string because = $"{typeof(T).Name}.{name} documents (<c>{wire}</c>)";
            value.Value.Should().Be(wire, because);
            JsonSerializer.Serialize(value, OpenEnum<T>.TypeInfo).Should().Be(JsonString(wire), because);

            T read = JsonSerializer.Deserialize(JsonString(wire), OpenEnum<T>.TypeInfo);
            read.Value.Should().Be(wire, because);
            read.Should().Be(value, because);

            // The same string escaped (the reader's slow path) is the same value.
            string escaped = "\"\\u" + ((int)wire[0]).ToString("x4") + wire.Substring(1) + "\"";
            JsonSerializer.Deserialize(escaped, OpenEnum<T>.TypeInfo).Value.Should().Be(wire, because);

            OpenEnum<T>.Create(wire).Should().Be(value, because);
            foreach ((string otherName, T otherValue, _) in wellKnown)
            {
                if (otherName != name)
                {
                    value.Equals(otherValue).Should().BeFalse($"{typeof(T).Name}.{name} and {otherName} are different values");
                }
            }
        }
    }

    /// <summary>A JSON string literal, encoded as the SDK's writer encodes it (no serializer involved).</summary>
    private static string JsonString(string value) => "\"" + JsonEncodedText.Encode(value).ToString() + "\"";

    /// <summary>Every open enum in the SDK: the types that implement <see cref="IOpenEnum"/>.</summary>
    private static class OpenEnums
    {
        public static IReadOnlyList<Type> All { get; } = typeof(IOpenEnum).Assembly.GetTypes()
            .Where(t => t != typeof(IOpenEnum) && typeof(IOpenEnum).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Reflection over one open enum, resolved once: its members, its JSON metadata and its documentation.</summary>
    private static class OpenEnum<T>
        where T : struct, IOpenEnum, IEquatable<T>
    {
        private static readonly ConstructorInfo Constructor = typeof(T).GetConstructor(new[] { typeof(string) })
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no public constructor taking the wire string.");

        private static readonly MethodInfo Implicit = Operator("op_Implicit", typeof(string));
        private static readonly MethodInfo Equality = Operator("op_Equality", typeof(T), typeof(T));
        private static readonly MethodInfo Inequality = Operator("op_Inequality", typeof(T), typeof(T));

        /// <summary>
        /// The metadata of <typeparamref name="T"/> in the source-generated <see cref="OpenRouterJsonContext"/>. A few
        /// open enums never appear there as themselves (a hand-written converter of the member that holds them writes
        /// their string); for those, the metadata the source generator would emit: the type's declared converter
        /// under the context's options. Never reflection-based serialization.
        /// </summary>
        public static JsonTypeInfo<T> TypeInfo { get; } = (JsonTypeInfo<T>?)OpenRouterJsonContext.Default.GetTypeInfo(typeof(T)) ?? FromDeclaredConverter();

        /// <summary>The metadata of <c>T?</c>, when some wire member is a nullable <typeparamref name="T"/>.</summary>
        public static JsonTypeInfo<T?>? NullableTypeInfo { get; } = (JsonTypeInfo<T?>?)OpenRouterJsonContext.Default.GetTypeInfo(typeof(T?));

        public static StringComparison DocumentedComparison { get; } = ReadDocumentedComparison();

        /// <summary>The public static values of the type, with the wire string each one documents as <c>(&lt;c&gt;wire&lt;/c&gt;)</c>.</summary>
        public static IReadOnlyList<(string Name, T Value, string Wire)> WellKnown { get; } = typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(T))
            .Select(p => (p.Name, (T)p.GetValue(null)!, DocumentedWire(p)))
            .ToArray();

        private static JsonTypeInfo<T> FromDeclaredConverter()
        {
            Type converterType = typeof(T).GetCustomAttribute<JsonConverterAttribute>()?.ConverterType
                ?? throw new InvalidOperationException($"{typeof(T).Name} declares no converter.");
            var converter = (JsonConverter<T>)Activator.CreateInstance(converterType, nonPublic: true)!;
            return JsonMetadataServices.CreateValueInfo<T>(OpenRouterJsonContext.Default.Options, converter);
        }

        public static T Create(string value) => Unwrap(() => (T)Constructor.Invoke(new object?[] { value }));

        public static T Convert(string value) => Unwrap(() => (T)Implicit.Invoke(null, new object?[] { value })!);

        public static bool EqualOperator(T left, T right) => (bool)Equality.Invoke(null, new object[] { left, right })!;

        public static bool NotEqualOperator(T left, T right) => (bool)Inequality.Invoke(null, new object[] { left, right })!;

        private static MethodInfo Operator(string name, params Type[] parameters) =>
            typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no public {name}.");

        private static T Unwrap(Func<T> call)
        {
            try
            {
                return call();
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }

        /// <summary>
        /// Reads the comparison the type's summary promises: "ignores case" (or "ignoring case", "case-insensitive")
        /// means ordinal ignoring case; "ordinal" or "case-sensitive" means ordinal. The operators' summaries must
        /// promise the same. A type that says neither, or both, fails: its docs must say what equal means.
        /// </summary>
        private static StringComparison ReadDocumentedComparison()
        {
            string typeSummary = XmlDocs.Summary("T:" + typeof(T).FullName);
            StringComparison comparison = Classify(typeSummary, $"the summary of {typeof(T).Name}");
            foreach (string op in new[] { "op_Equality", "op_Inequality" })
            {
                string id = $"M:{typeof(T).FullName}.{op}({typeof(T).FullName},{typeof(T).FullName})";
                string summary = XmlDocs.Summary(id);
                Classify(summary, $"the summary of {typeof(T).Name}.{op}").Should().Be(comparison, $"{typeof(T).Name}.{op} must document the same comparison as the type");
            }

            return comparison;
        }

        private static StringComparison Classify(string summary, string where)
        {
            string text = summary.ToLowerInvariant();
            bool ignoresCase = text.Contains("ignores case") || text.Contains("ignoring case") || text.Contains("case-insensitive");
            bool ordinal = text.Contains("case-sensitive") || (text.Contains("ordinal") && !ignoresCase);
            if (ignoresCase == ordinal)
            {
                throw new InvalidOperationException($"{where} must say whether comparison ignores case or is ordinal: \"{summary}\"");
            }

            return ignoresCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        }

        private static string DocumentedWire(PropertyInfo property)
        {
            string id = $"P:{typeof(T).FullName}.{property.Name}";
            string xml = XmlDocs.SummaryXml(id);
            System.Text.RegularExpressions.Match match = System.Text.RegularExpressions.Regex.Match(xml, @"\(<c>([^<]+)</c>\)\s*$");
            if (!match.Success)
            {
                throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} must end its summary with its wire string, as (<c>wire</c>): \"{xml}\"");
            }

            return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
        }
    }
}
