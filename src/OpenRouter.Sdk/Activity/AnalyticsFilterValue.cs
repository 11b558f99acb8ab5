using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// The value of an analytics filter (<see cref="AnalyticsFilter.Value"/>): one string, one number, or a list of
/// strings or numbers (for <see cref="AnalyticsFilterOperator.In"/> and <see cref="AnalyticsFilterOperator.NotIn"/>).
/// Strings, numbers and arrays of either convert to it implicitly, so a filter reads
/// <c>new AnalyticsFilter(AnalyticsDimension.Model, AnalyticsFilterOperator.Equal, "openai/gpt-4o")</c>. Immutable.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class AnalyticsFilterValue
{
    private readonly string? _text;
    private readonly decimal? _number;
    private readonly string[]? _texts;
    private readonly decimal[]? _numbers;

    private AnalyticsFilterValue(string? text, decimal? number, string[]? texts, decimal[]? numbers)
    {
        _text = text;
        _number = number;
        _texts = texts;
        _numbers = numbers;
    }

    /// <summary>Whether the value is a list (for <see cref="AnalyticsFilterOperator.In"/> and <see cref="AnalyticsFilterOperator.NotIn"/>).</summary>
    public bool IsList => _texts is not null || _numbers is not null;

    /// <summary>A string value, such as a model permaslug or a user id.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The filter value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static AnalyticsFilterValue Of(string value) => new(Argument.NotNull(value), null, null, null);

    /// <summary>A number value, such as an app's or an API key's numeric id.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The filter value.</returns>
    public static AnalyticsFilterValue Of(decimal value) => new(null, value, null, null);

    /// <summary>A list of strings, for <see cref="AnalyticsFilterOperator.In"/> and <see cref="AnalyticsFilterOperator.NotIn"/>; copied.</summary>
    /// <param name="values">The values; none null.</param>
    /// <returns>The filter value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> holds null.</exception>
    public static AnalyticsFilterValue Of(IEnumerable<string> values)
    {
        string[] copy = Argument.NotNull(values).ToArray();
        Argument.Requires(Array.TrueForAll(copy, v => v is not null), "A filter's list of values must not hold null.", nameof(values));
        return new(null, null, copy, null);
    }

    /// <summary>A list of numbers, for <see cref="AnalyticsFilterOperator.In"/> and <see cref="AnalyticsFilterOperator.NotIn"/>; copied.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The filter value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static AnalyticsFilterValue Of(IEnumerable<decimal> values) => new(null, null, null, Argument.NotNull(values).ToArray());

    /// <summary>Converts a string to a filter value (<see cref="Of(string)"/>).</summary>
    /// <param name="value">The value.</param>
    public static implicit operator AnalyticsFilterValue(string value) => Of(value);

    /// <summary>Converts a number to a filter value (<see cref="Of(decimal)"/>); integers convert too.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator AnalyticsFilterValue(decimal value) => Of(value);

    /// <summary>Converts an array of strings to a list filter value (<see cref="Of(IEnumerable{string})"/>).</summary>
    /// <param name="values">The values.</param>
    public static implicit operator AnalyticsFilterValue(string[] values) => Of((IEnumerable<string>)values);

    /// <summary>Converts an array of numbers to a list filter value (<see cref="Of(IEnumerable{decimal})"/>).</summary>
    /// <param name="values">The values.</param>
    public static implicit operator AnalyticsFilterValue(decimal[] values) => Of((IEnumerable<decimal>)values);

    /// <summary>The value as JSON, as it is sent: <c>"openai/gpt-4o"</c>, <c>42</c> or <c>["a","b"]</c>.</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString()
    {
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private void Write(Utf8JsonWriter writer)
    {
        if (_text is not null)
        {
            writer.WriteStringValue(_text);
        }
        else if (_number is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else if (_texts is not null)
        {
            writer.WriteStartArray();
            foreach (string text in _texts)
            {
                writer.WriteStringValue(text);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteStartArray();
            foreach (decimal value in _numbers!)
            {
                writer.WriteNumberValue(value);
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>Writes the value as the spec's string, number or array; reads the same shapes back.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    internal sealed class Converter : JsonConverter<AnalyticsFilterValue>
    {
        public override AnalyticsFilterValue? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return Of(reader.GetString()!);
                case JsonTokenType.Number:
                    return Of(reader.GetDecimal());
                case JsonTokenType.StartArray:
                    var texts = new List<string>();
                    var numbers = new List<decimal>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            texts.Add(reader.GetString()!);
                        }
                        else if (reader.TokenType == JsonTokenType.Number)
                        {
                            numbers.Add(reader.GetDecimal());
                        }
                        else
                        {
                            throw new JsonException($"A filter value's list holds strings or numbers, not {reader.TokenType}.");
                        }
                    }

                    // A list of both kinds is read as strings, numbers in their invariant form.
                    return numbers.Count == 0 ? Of(texts)
                        : texts.Count == 0 ? Of(numbers)
                        : Of(texts.Concat(numbers.Select(n => n.ToString(CultureInfo.InvariantCulture))));
                default:
                    throw new JsonException($"A filter value is a string, a number or a list, not {reader.TokenType}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, AnalyticsFilterValue value, JsonSerializerOptions options) => value.Write(writer);
    }
}
