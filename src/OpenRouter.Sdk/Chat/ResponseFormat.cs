using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// The shape of the answer (<c>response_format</c>): <see cref="Text"/>, <see cref="JsonObject"/>, a JSON Schema
/// (<see cref="JsonSchema(string, JsonElement, bool?, string?)"/>), or a grammar.
/// </summary>
public sealed class ResponseFormat
{
    private static readonly Regex SchemaName = new(@"^[A-Za-z0-9_-]{1,64}\z", RegexOptions.CultureInvariant);

    /// <summary>Creates a response format of the given type; prefer the static members.</summary>
    [JsonConstructor]
    public ResponseFormat(string type)
    {
        Type = Argument.NotNull(type);
    }

    /// <summary>Plain text (<c>{"type":"text"}</c>).</summary>
    public static ResponseFormat Text => new("text");

    /// <summary>Any valid JSON object (<c>{"type":"json_object"}</c>).</summary>
    public static ResponseFormat JsonObject => new("json_object");

    /// <summary>The format type: <c>text</c>, <c>json_object</c>, <c>json_schema</c>, <c>grammar</c>, <c>python</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; }

    /// <summary>The schema, for <c>json_schema</c>.</summary>
    [JsonPropertyName("json_schema")]
    public JsonSchemaFormat? JsonSchemaFormat { get; init; }

    /// <summary>The grammar, for <c>grammar</c>.</summary>
    [JsonPropertyName("grammar")]
    public string? Grammar { get; init; }

    // The JsonSchema and ForType overloads spell out each arity instead of using optional parameters: each has a twin
    // of the same length, and two such groups cannot both have defaults and still grow without breaking callers.

    /// <inheritdoc cref="JsonSchema(string, JsonElement, bool?, string?)"/>
    public static ResponseFormat JsonSchema(string name, JsonElement schema) => JsonSchema(name, schema, null, null);

    /// <inheritdoc cref="JsonSchema(string, JsonElement, bool?, string?)"/>
    public static ResponseFormat JsonSchema(string name, JsonElement schema, bool? strict) => JsonSchema(name, schema, strict, null);

    /// <summary>Answers that match a JSON Schema (<c>{"type":"json_schema","json_schema":{...}}</c>).</summary>
    /// <param name="name">The schema name: 1 to 64 of <c>[A-Za-z0-9_-]</c>.</param>
    /// <param name="schema">The JSON Schema.</param>
    /// <param name="strict">Whether the provider must follow the schema exactly.</param>
    /// <param name="description">An optional description the model reads.</param>
    public static ResponseFormat JsonSchema(string name, JsonElement schema, bool? strict, string? description)
    {
        Argument.Requires(name is not null && SchemaName.IsMatch(name), "A json_schema name must be 1 to 64 characters of A-Z, a-z, 0-9, '_' or '-'.", nameof(name));

        Argument.Requires(schema.ValueKind == JsonValueKind.Object, "A JSON Schema must be a JSON object.", nameof(schema));

        return new ResponseFormat("json_schema")
        {
            JsonSchemaFormat = new JsonSchemaFormat { Name = name, Schema = schema, Strict = strict, Description = description },
        };
    }

    /// <summary>Answers that match a JSON Schema given as text.</summary>
    public static ResponseFormat JsonSchema(string name, string schemaJson) => JsonSchema(name, schemaJson, null, null);

    /// <summary>Answers that match a JSON Schema given as text.</summary>
    public static ResponseFormat JsonSchema(string name, string schemaJson, bool? strict) => JsonSchema(name, schemaJson, strict, null);

    /// <summary>Answers that match a JSON Schema given as text.</summary>
    public static ResponseFormat JsonSchema(string name, string schemaJson, bool? strict, string? description)
    {
        Argument.NotNull(schemaJson);

        using JsonDocument document = JsonDocument.Parse(schemaJson);
        return JsonSchema(name, document.RootElement.Clone(), strict, description);
    }

    /// <inheritdoc cref="ForType{T}(JsonTypeInfo{T}, string?, bool, string?)"/>
    public static ResponseFormat ForType<T>(JsonTypeInfo<T> typeInfo) => ForType(typeInfo, null, true, null);

    /// <inheritdoc cref="ForType{T}(JsonTypeInfo{T}, string?, bool, string?)"/>
    public static ResponseFormat ForType<T>(JsonTypeInfo<T> typeInfo, string? name) => ForType(typeInfo, name, true, null);

    /// <inheritdoc cref="ForType{T}(JsonTypeInfo{T}, string?, bool, string?)"/>
    public static ResponseFormat ForType<T>(JsonTypeInfo<T> typeInfo, string? name, bool strict) => ForType(typeInfo, name, strict, null);

    /// <summary>
    /// Answers shaped like <typeparamref name="T"/>: a <c>json_schema</c> format whose schema is derived from the
    /// type's JSON contract (property names, nullability, enums, nested types) by System.Text.Json's schema exporter.
    /// Trimming- and NativeAOT-safe: pass the <see cref="JsonTypeInfo{T}"/> of your own <c>JsonSerializerContext</c>,
    /// and read the answer back with the same one through <c>GetStructuredResult</c>.
    /// </summary>
    /// <typeparam name="T">The type the answer should deserialize to.</typeparam>
    /// <param name="typeInfo">The type's JSON contract, for example <c>MyJsonContext.Default.Weather</c>.</param>
    /// <param name="name">The schema name (1 to 64 of <c>[A-Za-z0-9_-]</c>); defaults to the type name.</param>
    /// <param name="strict">
    /// True (the default) asks the provider to follow the schema exactly; every object then lists all its properties
    /// as required and forbids others, as strict mode demands (optional values stay nullable).
    /// </param>
    /// <param name="description">An optional description the model reads.</param>
    public static ResponseFormat ForType<T>(JsonTypeInfo<T> typeInfo, string? name, bool strict, string? description)
    {
        Argument.NotNull(typeInfo);

        return JsonSchemaFactory.Create(typeInfo, name, strict, description);
    }

    /// <summary>
    /// Answers shaped like <typeparamref name="T"/>, with the schema derived by reflection from
    /// <paramref name="options"/> (default: <see cref="JsonSerializerOptions.Default"/>). Read the answer back with the
    /// same options. For trimmed or NativeAOT apps use <see cref="ForType{T}(JsonTypeInfo{T}, string?, bool, string?)"/>.
    /// </summary>
    /// <typeparam name="T">The type the answer should deserialize to.</typeparam>
    /// <param name="options">The serializer options whose contract the schema follows.</param>
    /// <param name="name">The schema name (1 to 64 of <c>[A-Za-z0-9_-]</c>); defaults to the type name.</param>
    /// <param name="strict">True (the default) asks the provider to follow the schema exactly.</param>
    /// <param name="description">An optional description the model reads.</param>
    [RequiresUnreferencedCode("Derives the schema by reflection; use the JsonTypeInfo<T> overload when trimming.")]
    [RequiresDynamicCode("Derives the schema by reflection; use the JsonTypeInfo<T> overload with NativeAOT.")]
    public static ResponseFormat ForType<T>(JsonSerializerOptions? options, string? name, bool strict, string? description)
    {
        options ??= JsonSerializerOptions.Default;
        return JsonSchemaFactory.Create(options.GetTypeInfo(typeof(T)), name, strict, description);
    }

    /// <inheritdoc cref="ForType{T}(JsonSerializerOptions?, string?, bool, string?)"/>
    [RequiresUnreferencedCode("Derives the schema by reflection; use the JsonTypeInfo<T> overload when trimming.")]
    [RequiresDynamicCode("Derives the schema by reflection; use the JsonTypeInfo<T> overload with NativeAOT.")]
    public static ResponseFormat ForType<T>() => ForType<T>((JsonSerializerOptions?)null, null, true, null);

    /// <inheritdoc cref="ForType{T}(JsonSerializerOptions?, string?, bool, string?)"/>
    [RequiresUnreferencedCode("Derives the schema by reflection; use the JsonTypeInfo<T> overload when trimming.")]
    [RequiresDynamicCode("Derives the schema by reflection; use the JsonTypeInfo<T> overload with NativeAOT.")]
    public static ResponseFormat ForType<T>(JsonSerializerOptions? options) => ForType<T>(options, null, true, null);

    /// <inheritdoc cref="ForType{T}(JsonSerializerOptions?, string?, bool, string?)"/>
    [RequiresUnreferencedCode("Derives the schema by reflection; use the JsonTypeInfo<T> overload when trimming.")]
    [RequiresDynamicCode("Derives the schema by reflection; use the JsonTypeInfo<T> overload with NativeAOT.")]
    public static ResponseFormat ForType<T>(JsonSerializerOptions? options, string? name) => ForType<T>(options, name, true, null);

    /// <inheritdoc cref="ForType{T}(JsonSerializerOptions?, string?, bool, string?)"/>
    [RequiresUnreferencedCode("Derives the schema by reflection; use the JsonTypeInfo<T> overload when trimming.")]
    [RequiresDynamicCode("Derives the schema by reflection; use the JsonTypeInfo<T> overload with NativeAOT.")]
    public static ResponseFormat ForType<T>(JsonSerializerOptions? options, string? name, bool strict) => ForType<T>(options, name, strict, null);

    /// <summary>Answers that follow a grammar (<c>{"type":"grammar","grammar":...}</c>).</summary>
    public static ResponseFormat FromGrammar(string grammar) =>
        new("grammar") { Grammar = Argument.NotNull(grammar) };
}
