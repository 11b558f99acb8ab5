using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The SDK's own System.Text.Json settings, for code that serializes the SDK's types itself: logging or caching a
/// <see cref="ChatCompletion"/>, storing <see cref="ChatCompletionChunk"/>s, printing a <see cref="ModelInfo"/> list.
/// The metadata is source-generated, so it works where reflection-based serialization is disabled (trimmed apps and
/// NativeAOT) and writes the API's JSON: its snake_case names and shapes, no nulls, unknown members kept (amounts that
/// arrive as strings, such as model prices, are written as JSON numbers; both read back the same).
/// </summary>
/// <remarks>
/// <para>
/// Use <see cref="GetTypeInfo{T}"/> with the <see cref="JsonSerializer"/> overloads that take a
/// <see cref="JsonTypeInfo{T}"/>; they carry no trimming or AOT warnings:
/// <code>
/// string json = JsonSerializer.Serialize(completion, OpenRouterJson.GetTypeInfo&lt;ChatCompletion&gt;());
/// ChatCompletion? again = JsonSerializer.Deserialize(json, OpenRouterJson.GetTypeInfo&lt;ChatCompletion&gt;());
/// </code>
/// </para>
/// <para>
/// <see cref="Options"/> is read-only. For other settings (indentation, an encoder), copy it:
/// <c>new JsonSerializerOptions(OpenRouterJson.Options) { WriteIndented = true }</c> keeps the source-generated
/// resolver. To serialize the SDK's types together with your own, combine resolvers:
/// <c>JsonTypeInfoResolver.Combine(MyJsonContext.Default, OpenRouterJson.TypeInfoResolver)</c>.
/// </para>
/// <para>
/// The types covered are those the SDK sends and receives (requests, responses, stream chunks, their parts and lists
/// of them); any other type fails with <see cref="NotSupportedException"/> rather than falling back to reflection.
/// </para>
/// </remarks>
public static class OpenRouterJson
{
    /// <summary>
    /// The source-generated metadata of the SDK's types, to combine with an application's own resolver
    /// (<c>JsonTypeInfoResolver.Combine</c>) or to set as <see cref="JsonSerializerOptions.TypeInfoResolver"/>.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => OpenRouterJsonContext.Default;

    /// <summary>
    /// Read-only options that serialize the SDK's types as the API writes them, through <see cref="TypeInfoResolver"/>
    /// and the SDK's converters. Copy them (<c>new JsonSerializerOptions(OpenRouterJson.Options)</c>) to change a setting.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// The metadata of one of the SDK's types under <see cref="Options"/>, for the trimming- and AOT-safe
    /// <see cref="JsonSerializer"/> overloads.
    /// </summary>
    /// <typeparam name="T">An SDK type, or a list of one (for example <c>List&lt;ModelInfo&gt;</c>).</typeparam>
    /// <returns>The metadata, built once and cached by <see cref="Options"/>.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the SDK's serialized types.</exception>
    public static JsonTypeInfo<T> GetTypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        // A copy: the context's own instance stays private to the SDK, and this one cannot be changed by callers.
        var options = new JsonSerializerOptions(OpenRouterJsonContext.Default.Options);
        options.MakeReadOnly();
        return options;
    }
}
