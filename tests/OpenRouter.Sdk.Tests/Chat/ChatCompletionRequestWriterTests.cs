using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using Xunit;

namespace OpenRouter.Sdk.Tests.Chat;

/// <summary>
/// The hand-written chat request body against the source-generated serializer, byte for byte: every public settable
/// property of the request and of each message type set alone (with several values each) and in random combinations.
/// A property added later without support in <see cref="ChatCompletionRequestWriter"/> fails here instead of being
/// dropped from the wire.
/// </summary>
public sealed class ChatCompletionRequestWriterTests
{
    private static readonly Type[] MessageTypes =
        [typeof(UserMessage), typeof(SystemMessage), typeof(AssistantMessage), typeof(ToolMessage), typeof(DeveloperMessage)];

    /// <summary>Strings that test escaping: quotes, control characters, non-ASCII, HTML-sensitive text, surrogate pairs.</summary>
    private static readonly string[] Strings =
    [
        "openai/gpt-5.4-nano",
        "",
        "quote \" backslash \\ slash / tab \t newline \n cr \r nul \0 bell \u0007",
        "</script><script>alert('x')</script> & + `",
        "caf\u00e9 \u65e5\u672c\u8a9e \u0645\u0631\u062d\u0628\u0627 emoji \ud83d\ude00 \u2028\u2029",
        "lone surrogate \ud800 end",
        new string('x', 300),
    ];

    private static readonly double[] Doubles =
        [0.1, 1e-7, 0.7, 2, 0, -0.0, 1.5e300, double.Epsilon, 123456789.123456789, -1.25, 1.0 / 3];

    private static readonly long[] Longs = [42, 0, -1, long.MaxValue, long.MinValue, 9007199254740993L];

    private static readonly int[] Ints = [42, 0, -7, int.MaxValue, int.MinValue];

    private static readonly decimal[] Decimals = [0.1m, 12345678901234.5678m, 0m, -3.50m];

    [Fact]
    public void A_plain_request_is_written_as_the_generated_serializer_writes_it()
    {
        var request = new ChatCompletionRequest
        {
            Model = "openai/gpt-5.4-nano",
            Messages = { new SystemMessage("Be brief."), new UserMessage("Say hello in Portuguese.") },
            Temperature = 0.7,
            MaxTokens = 100,
        };

        AssertSameBytes(request);
        Encoding.UTF8.GetString(Written(request, stream: false)).Should().Be(
            """{"model":"openai/gpt-5.4-nano","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Say hello in Portuguese."}],"max_tokens":100,"temperature":0.7}""");
        Encoding.UTF8.GetString(Written(request, stream: true)).Should().Be(
            """{"model":"openai/gpt-5.4-nano","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Say hello in Portuguese."}],"stream":true,"max_tokens":100,"temperature":0.7}""");
    }

    [Fact]
    public void The_generated_serializer_escapes_with_the_default_encoder_as_the_writer_does()
    {
        // The writer uses the default encoder without asking the context; a context that sets one must change the writer too.
        OpenRouterJsonContext.Default.Options.Encoder.Should().BeNull();
    }

    [Fact]
    public void Every_request_property_set_alone_is_written_the_same()
    {
        foreach (PropertyInfo property in SettableProperties(typeof(ChatCompletionRequest)))
        {
            for (int variant = 0; variant < 6; variant++)
            {
                var request = new ChatCompletionRequest { Messages = { new UserMessage("hi") } };
                object? value = Sample(property.PropertyType, new Random(variant), variant, depth: 0);
                property.SetValue(request, value);
                AssertSameBytes(request, $"{property.Name} = variant {variant}");
            }
        }
    }

    [Fact]
    public void Every_property_of_every_message_type_set_alone_is_written_the_same()
    {
        MessageTypes.Should().BeEquivalentTo(
            typeof(Message).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Message)) && !t.IsAbstract),
            "the writer handles each message type by hand");

        foreach (Type type in MessageTypes)
        {
            foreach (PropertyInfo property in SettableProperties(type))
            {
                for (int variant = 0; variant < 6; variant++)
                {
                    var message = (Message)Sample(type, new Random(variant), variant, depth: 0)!;
                    property.SetValue(message, Sample(property.PropertyType, new Random(variant), variant, depth: 1));
                    var request = new ChatCompletionRequest { Model = "m", Messages = { message } };
                    AssertSameBytes(request, $"{type.Name}.{property.Name} = variant {variant}");
                }
            }
        }
    }

    [Fact]
    public void Random_combinations_of_properties_are_written_the_same()
    {
        PropertyInfo[] properties = SettableProperties(typeof(ChatCompletionRequest)).ToArray();
        for (int seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var request = new ChatCompletionRequest();
            foreach (PropertyInfo property in properties)
            {
                if (random.Next(3) == 0)
                {
                    property.SetValue(request, Sample(property.PropertyType, random, random.Next(100), depth: 0));
                }
            }

            if (request.Messages is null || request.Messages.Any(m => m is null))
            {
                request.Messages = [new UserMessage("hi")];
            }

            AssertSameBytes(request, $"seed {seed}");
        }
    }

    [Fact]
    public void Extension_data_nulls_and_nested_values_are_written_the_same()
    {
        var request = new ChatCompletionRequest
        {
            Model = "m",
            Messages = { new AssistantMessage(null) { ToolCalls = [new ToolCall { Id = "c1", Function = new FunctionCall { Name = "f", Arguments = "{\"a\":1}" } }] } },
            AdditionalProperties = new JsonObject
            {
                ["safe_prompt"] = true,
                ["nothing"] = null,
                ["number"] = 1e-7,
                ["big"] = long.MaxValue,
                ["text"] = "<b>caf\u00e9</b>",
                ["nested"] = new JsonObject { ["list"] = new JsonArray(1, "two", null, 0.1) },
                ["model"] = "duplicate of a known member",
            },
        };

        AssertSameBytes(request);
        Encoding.UTF8.GetString(Written(request, stream: false)).Should().Contain(
            "\"safe_prompt\":true,\"nothing\":null,\"number\":1E-07,");
    }

    [Fact]
    public void Stream_options_are_sent_only_when_streaming_and_a_set_stream_flag_is_ignored()
    {
        var request = new ChatCompletionRequest
        {
            Model = "m",
            Messages = { new UserMessage("hi") },
            Stream = false,
            StreamOptions = new StreamOptions { IncludeUsage = true },
        };

        AssertSameBytes(request);
        Encoding.UTF8.GetString(Written(request, stream: false)).Should().Be("""{"model":"m","messages":[{"role":"user","content":"hi"}]}""");
        Encoding.UTF8.GetString(Written(request, stream: true)).Should().Be(
            """{"model":"m","messages":[{"role":"user","content":"hi"}],"stream":true,"stream_options":{"include_usage":true}}""");
    }

    [Fact]
    public void A_message_type_the_writer_does_not_know_is_left_to_the_generated_serializer()
    {
        var request = new ChatCompletionRequest { Model = "m", Messages = { new UserMessage("hi"), new UnknownMessage() } };

        ChatCompletionRequestWriter.TryWrite(request, stream: false, out byte[]? body).Should().BeFalse();
        body.Should().BeNull();
    }

    [Fact]
    public void Numbers_the_writer_cannot_write_fail_as_the_generated_serializer_fails()
    {
        var request = new ChatCompletionRequest { Model = "m", Messages = { new UserMessage("hi"), }, Temperature = double.NaN };

        Type expected = Record(() => Generated(request, stream: false))!.GetType();
        Record(() => Written(request, stream: false)).Should().BeOfType(expected);

        // The writer's cached buffer is left clean after a failure.
        request.Temperature = 0.5;
        AssertSameBytes(request);
    }

    [Fact]
    public void Bodies_written_on_many_threads_at_once_are_each_complete()
    {
        Parallel.For(0, 200, i =>
        {
            var request = new ChatCompletionRequest { Model = "m" + i, Messages = { new UserMessage(new string('a', i * 50)) }, Seed = i };
            AssertSameBytes(request, $"request {i}");
        });
    }

    private static void AssertSameBytes(ChatCompletionRequest request, string because = "")
    {
        foreach (bool stream in new[] { false, true })
        {
            string expected = Encoding.UTF8.GetString(Generated(request, stream));
            string actual = Encoding.UTF8.GetString(Written(request, stream));
            actual.Should().Be(expected, $"{because} (stream: {stream})");
        }
    }

    private static byte[] Generated(ChatCompletionRequest request, bool stream) =>
        JsonSerializer.SerializeToUtf8Bytes(request.CloneWithStream(stream), OpenRouterJsonContext.Default.ChatCompletionRequest);

    private static byte[] Written(ChatCompletionRequest request, bool stream)
    {
        ChatCompletionRequestWriter.TryWrite(request, stream, out byte[]? body).Should().BeTrue("every message type is written by hand");
        return body!;
    }

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private static IEnumerable<PropertyInfo> SettableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.SetMethod!.IsPublic && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken);

    /// <summary>
    /// A value of <paramref name="type"/> chosen by <paramref name="variant"/>, built from the public surface: open
    /// enums from a wire string, lists and dictionaries with a few items, classes through a public constructor or
    /// static factory with their settable properties filled in (to a limited depth). Fails for a type it cannot build,
    /// so a new kind of property is noticed.
    /// </summary>
    private static object? Sample(Type type, Random random, int variant, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Sample(underlying, random, variant, depth);
        }

        if (type == typeof(string))
        {
            return Strings[variant % Strings.Length];
        }

        if (type == typeof(bool))
        {
            return variant % 2 == 0;
        }

        if (type == typeof(int))
        {
            return Ints[variant % Ints.Length];
        }

        if (type == typeof(long))
        {
            return Longs[variant % Longs.Length];
        }

        if (type == typeof(double))
        {
            return Doubles[variant % Doubles.Length];
        }

        if (type == typeof(decimal))
        {
            return Decimals[variant % Decimals.Length];
        }

        if (type == typeof(float))
        {
            return (float)Doubles[variant % Doubles.Length];
        }

        if (type == typeof(TimeSpan))
        {
            return TimeSpan.FromSeconds(30 + variant);
        }

        if (type == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2026, 8, 1, 12, 30, variant % 60, TimeSpan.FromHours(variant % 2));
        }

        if (type == typeof(Uri))
        {
            return new Uri("https://example.com/a?b=" + variant);
        }

        if (type == typeof(Guid))
        {
            return new Guid(variant, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }

        if (type.IsEnum)
        {
            Array values = Enum.GetValues(type);
            return values.GetValue(variant % values.Length);
        }

        if (typeof(IOpenEnum).IsAssignableFrom(type))
        {
            return Activator.CreateInstance(type, variant % 2 == 0 ? "high" : "unknown-\u00e9<value>");
        }

        if (type == typeof(JsonObject) || type == typeof(JsonNode))
        {
            return new JsonObject
            {
                ["aspect_ratio"] = "3:2",
                ["n"] = variant % 2 == 0 ? 0.1 : 1e-7,
                ["flag"] = variant % 3 == 0,
                ["none"] = null,
                ["caf\u00e9"] = new JsonArray(1, "<x>"),
            };
        }

        if (type == typeof(JsonElement))
        {
            return JsonDocument.Parse("""{"type":"object","properties":{"q":{"type":"string","description":"caf\u00e9 <q>"}},"n":1.50}""").RootElement.Clone();
        }

        if (type.IsGenericType && type.GetGenericArguments() is [Type key, Type item] && key == typeof(string)
            && typeof(IDictionary<,>).MakeGenericType(key, item).IsAssignableFrom(typeof(Dictionary<,>).MakeGenericType(key, item)))
        {
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, item))!;
            dictionary.Add("k\u00e9y \"1\"", Sample(item, random, variant, depth + 1));
            dictionary.Add("50256", Sample(item, random, variant + 1, depth + 1));
            return dictionary;
        }

        if (type.IsGenericType && type.GetGenericArguments() is [Type element]
            && type.IsAssignableFrom(typeof(List<>).MakeGenericType(element)))
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            int count = 1 + (variant % 3);
            for (int i = 0; i < count; i++)
            {
                list.Add(Sample(element, random, variant + i, depth + 1));
            }

            if (element == typeof(string) && variant % 4 == 3)
            {
                list.Add(null);
            }

            return list;
        }

        if (type.IsAbstract)
        {
            Type[] concrete = type.Assembly.GetTypes().Where(t => t.IsSubclassOf(type) && !t.IsAbstract && t.IsPublic).OrderBy(t => t.FullName).ToArray();
            concrete.Should().NotBeEmpty($"a sample of {type} needs a public concrete type");
            return Sample(concrete[(variant + random.Next(concrete.Length)) % concrete.Length], random, variant, depth);
        }

        if (type.IsClass)
        {
            object instance = Construct(type, random, variant, depth);
            if (depth < 3)
            {
                foreach (PropertyInfo property in SettableProperties(type))
                {
                    if (property.Name is "RequestOptions" || random.Next(2) == 0)
                    {
                        continue;
                    }

                    property.SetValue(instance, Sample(property.PropertyType, random, random.Next(100), depth + 1));
                }
            }

            return instance;
        }

        throw new NotSupportedException($"No sample for {type}: teach this test to build one.");
    }

    private static object Construct(Type type, Random random, int variant, int depth)
    {
        // Static factories and singletons first (types such as ToolChoice and MessageContent have no public constructor).
        MethodInfo[] factories = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == type && !m.IsSpecialName && !m.IsGenericMethod && m.GetParameters().All(p => !p.ParameterType.IsByRef && !p.ParameterType.IsByRefLike))
            .OrderBy(m => m.ToString(), StringComparer.Ordinal)
            .ToArray();
        PropertyInfo[] singletons = type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == type).ToArray();
        ConstructorInfo[] constructors = type.GetConstructors().Where(c => c.GetParameters().All(p => !p.ParameterType.IsByRefLike)).OrderBy(c => c.GetParameters().Length).ToArray();
        var choices = new List<Func<object?>>();
        choices.AddRange(constructors.Select(c => (Func<object?>)(() => c.Invoke(Arguments(c.GetParameters(), random, variant, depth)))));
        choices.AddRange(factories.Select(m => (Func<object?>)(() => m.Invoke(null, Arguments(m.GetParameters(), random, variant, depth)))));
        choices.AddRange(singletons.Select(p => (Func<object?>)(() => p.GetValue(null))));
        choices.Should().NotBeEmpty($"a sample of {type} needs a public constructor or factory");

        // Arguments that a factory refuses (a blank name, say) are tried with the next way of building one.
        int first = (variant + random.Next(choices.Count)) % choices.Count;
        for (int i = 0; i < choices.Count; i++)
        {
            try
            {
                if (choices[(first + i) % choices.Count]() is { } built)
                {
                    return built;
                }
            }
            catch (TargetInvocationException)
            {
            }
        }

        throw new NotSupportedException($"No way of building a sample of {type} worked.");
    }

    private static object?[] Arguments(ParameterInfo[] parameters, Random random, int variant, int depth) =>
        parameters.Select(p => p.ParameterType.IsArray
                ? ToArray(p.ParameterType.GetElementType()!, Sample(typeof(List<>).MakeGenericType(p.ParameterType.GetElementType()!), random, variant, depth + 1))
                : Sample(p.ParameterType, random, variant, depth + 1) ?? (p.HasDefaultValue ? p.DefaultValue : null))
            .Select((value, i) => value is string text && text.Length == 0 ? "x" + i : value)
            .ToArray();

    private static Array ToArray(Type element, object? list)
    {
        var items = (IList)list!;
        Array array = Array.CreateInstance(element, items.Count);
        items.CopyTo(array, 0);
        return array;
    }

    /// <summary>A message type the writer does not handle (the source-generated serializer refuses it too).</summary>
    private sealed class UnknownMessage : Message
    {
        public override MessageRole Role => MessageRole.User;
    }
}
