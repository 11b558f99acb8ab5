using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Builds a <see cref="ChatCompletionRequest"/> fluently: messages with <c>Add*</c>, every other field with
/// <c>With*</c>. Each <see cref="Build"/> returns a new request; changing the builder afterwards never changes a
/// request built earlier, so one builder can serve as a template. Arguments that are certainly wrong (an empty
/// model id, null message text, a negative token count) throw <see cref="ArgumentException"/> at the call;
/// ranges the service owns (temperature, penalties, ...) are passed through unchecked.
/// A builder is not thread-safe; the requests it builds can be sent from many threads.
/// </summary>
public sealed partial class ChatRequestBuilder
{
    private static readonly HashSet<string> ModelledFields = ModelledFieldNames();

    private readonly ChatCompletionRequest _draft = new();

    /// <summary>Creates a builder for a model.</summary>
    /// <param name="model">
    /// A model id, <c>author/slug[:variant]</c>, or a router such as <see cref="OpenRouterModels.Auto"/>.
    /// </param>
    public ChatRequestBuilder(string model)
    {
        _draft.Model = RequireModelId(model, nameof(model));
    }

    /// <summary>
    /// A top-level field this library does not model (provider passthrough such as <c>safe_prompt</c>), written
    /// as-is; null writes JSON null. A field the request already models must be set through its own method.
    /// </summary>
    public ChatRequestBuilder WithAdditionalProperty(string name, JsonNode? value)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(name), "A property name is required.", nameof(name));

        if (ModelledFields.Contains(name))
        {
            throw new ArgumentException(
                $"'{name}' is a field ChatCompletionRequest models; set it through its own builder method so it is not sent twice.",
                nameof(name));
        }

        _draft.AdditionalProperties ??= new JsonObject();
        _draft.AdditionalProperties[name] = value?.DeepClone();
        return this;
    }

    /// <summary>Returns a new request with everything set so far; later changes to the builder do not affect it.</summary>
    public ChatCompletionRequest Build() => RequestCopy.Of(_draft);

    private ReasoningConfig Reasoning => _draft.Reasoning ??= new ReasoningConfig();

    private static string RequireModelId(string model, string parameterName)
    {
        Argument.Requires(!string.IsNullOrWhiteSpace(model), "A model id such as \"openai/gpt-4o\" is required.", parameterName);

        return model;
    }

    private static string RequireText(string? text, string parameterName) =>
        Argument.NotNull(text, parameterName);

    private static T[] RequireParts<T>(T[] parts, string parameterName)
        where T : ContentPart
    {
        Argument.NotNull(parts, parameterName);

        Argument.Requires(parts.Length != 0, "A message needs at least one content part.", parameterName);

        foreach (T part in parts)
        {
            Argument.Requires(part is not null, "Content parts must not be null.", parameterName);
        }

        return parts;
    }

    private static int RequireNotNegative(int value, string parameterName)
    {
        Argument.InRange(value >= 0, value, "Must not be negative.", parameterName);
        return value;
    }

    private static int? RequireNotNegative(int? value, string parameterName) =>
        value is { } v ? RequireNotNegative(v, parameterName) : null;

    private static HashSet<string> ModelledFieldNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonPropertyInfo property in OpenRouterJsonContext.Default.ChatCompletionRequest.Properties)
        {
            names.Add(property.Name);
        }

        return names;
    }
}
