using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>
/// Reads a structured answer (asked for with <see cref="ResponseFormat.ForType{T}(JsonTypeInfo{T}, string?, bool, string?)"/>
/// or any JSON response format) into a .NET type. Answers wrapped in a Markdown code fence (<c>```json ... ```</c>)
/// are unwrapped first, since some models add one even in JSON mode.
/// </summary>
public static class StructuredOutputExtensions
{
    private const int ExcerptLength = 200;

    /// <summary>Deserializes the first choice's answer into <typeparamref name="T"/>.</summary>
    /// <param name="completion">The completion.</param>
    /// <param name="typeInfo">The type's JSON contract, the same one the response format was derived from.</param>
    /// <exception cref="OpenRouterStructuredOutputException">
    /// The answer is missing, a refusal, or not valid JSON for <typeparamref name="T"/>; the message names the type
    /// and quotes the start of the answer.
    /// </exception>
    public static T GetStructuredResult<T>(this ChatCompletion completion, JsonTypeInfo<T> typeInfo)
    {
        Argument.NotNull(typeInfo);

        return Read(completion, typeof(T), json => JsonSerializer.Deserialize(json, typeInfo));
    }

    /// <summary>Tries to deserialize the first choice's answer into <typeparamref name="T"/>.</summary>
    /// <param name="completion">The completion.</param>
    /// <param name="typeInfo">The type's JSON contract.</param>
    /// <param name="result">The result, when the answer was valid.</param>
    /// <returns>False when the answer is missing, a refusal, or not valid JSON for <typeparamref name="T"/>.</returns>
    public static bool TryGetStructuredResult<T>(this ChatCompletion completion, JsonTypeInfo<T> typeInfo, [NotNullWhen(true)] out T? result)
    {
        try
        {
            result = GetStructuredResult(completion, typeInfo)!;
            return true;
        }
        catch (OpenRouterStructuredOutputException)
        {
            result = default;
            return false;
        }
    }

    /// <summary>
    /// Deserializes the first choice's answer into <typeparamref name="T"/> by reflection with
    /// <see cref="JsonSerializerOptions.Default"/>.
    /// </summary>
    /// <exception cref="OpenRouterStructuredOutputException">The answer is missing, a refusal, or not valid JSON for <typeparamref name="T"/>.</exception>
    [RequiresUnreferencedCode("Deserializes by reflection; use the JsonTypeInfo<T> overload when trimming.")]
    [RequiresDynamicCode("Deserializes by reflection; use the JsonTypeInfo<T> overload with NativeAOT.")]
    public static T GetStructuredResult<T>(this ChatCompletion completion) => GetStructuredResult<T>(completion, options: null);

    /// <summary>
    /// Deserializes the first choice's answer into <typeparamref name="T"/> by reflection with
    /// <paramref name="options"/> (null: <see cref="JsonSerializerOptions.Default"/>).
    /// </summary>
    /// <exception cref="OpenRouterStructuredOutputException">The answer is missing, a refusal, or not valid JSON for <typeparamref name="T"/>.</exception>
    [RequiresUnreferencedCode("Deserializes by reflection; use the JsonTypeInfo<T> overload when trimming.")]
    [RequiresDynamicCode("Deserializes by reflection; use the JsonTypeInfo<T> overload with NativeAOT.")]
    public static T GetStructuredResult<T>(this ChatCompletion completion, JsonSerializerOptions? options) =>
        Read(completion, typeof(T), json => JsonSerializer.Deserialize<T>(json, options ?? JsonSerializerOptions.Default));

    /// <summary>Tries to deserialize the first choice's answer into <typeparamref name="T"/> by reflection.</summary>
    /// <returns>False when the answer is missing, a refusal, or not valid JSON for <typeparamref name="T"/>.</returns>
    [RequiresUnreferencedCode("Deserializes by reflection; use the JsonTypeInfo<T> overload when trimming.")]
    [RequiresDynamicCode("Deserializes by reflection; use the JsonTypeInfo<T> overload with NativeAOT.")]
    public static bool TryGetStructuredResult<T>(this ChatCompletion completion, [NotNullWhen(true)] out T? result)
    {
        try
        {
            result = GetStructuredResult<T>(completion)!;
            return true;
        }
        catch (OpenRouterStructuredOutputException)
        {
            result = default;
            return false;
        }
    }

    private static T Read<T>(ChatCompletion completion, Type targetType, Func<string, T?> deserialize)
    {
        Argument.NotNull(completion);

        if (completion.Choices.Count == 0)
        {
            throw new OpenRouterStructuredOutputException(
                $"The completion has no choices, so there is no {targetType.Name} to read.", targetType, null);
        }

        ChatCompletionChoice choice = completion.Choices[0];
        string? content = choice.Message.Content;
        if (string.IsNullOrWhiteSpace(content))
        {
            string why = choice.Message.Refusal is { } refusal ? $" The model refused: {Excerpt(refusal)}"
                : choice.FinishReason is { } finish ? $" Finish reason: {finish}." : string.Empty;
            throw new OpenRouterStructuredOutputException(
                $"The model returned no content to read as {targetType.Name}.{why}", targetType, content);
        }

        string json = Unfence(content!);
        string cutOff = choice.FinishReason == FinishReason.Length ? " The answer was cut off (finish reason: length)." : string.Empty;
        T? value;
        try
        {
            value = deserialize(json);
        }
        catch (JsonException e)
        {
            throw new OpenRouterStructuredOutputException(
                $"The model's answer is not valid JSON for {targetType.Name}:{cutOff} {e.Message} Answer: {Excerpt(content!)}",
                targetType, content, e);
        }

        if (value is null)
        {
            throw new OpenRouterStructuredOutputException(
                $"The model's answer is JSON null, not a {targetType.Name}. Answer: {Excerpt(content!)}", targetType, content);
        }

        return value;
    }

    /// <summary>Returns the body of the first Markdown code fence when the answer is not bare JSON.</summary>
    internal static string Unfence(string content)
    {
        string trimmed = content.Trim();
        if (trimmed.Length == 0 || trimmed[0] is '{' or '[' or '"')
        {
            return trimmed;
        }

        int open = trimmed.IndexOf("```", StringComparison.Ordinal);
        if (open < 0)
        {
            return trimmed;
        }

        int bodyStart = open + 3;
        while (bodyStart < trimmed.Length && char.IsLetter(trimmed[bodyStart]))
        {
            bodyStart++; // the language tag, such as "json"
        }

        int close = trimmed.IndexOf("```", bodyStart, StringComparison.Ordinal);
        string body = close < 0 ? trimmed.Substring(bodyStart) : trimmed.Substring(bodyStart, close - bodyStart);
        return body.Trim();
    }

    private static string Excerpt(string text)
    {
        string flat = text.Replace("\r", " ").Replace("\n", " ").Trim();
        return flat.Length <= ExcerptLength ? "\"" + flat + "\"" : "\"" + flat.Substring(0, ExcerptLength) + "...\"";
    }
}
