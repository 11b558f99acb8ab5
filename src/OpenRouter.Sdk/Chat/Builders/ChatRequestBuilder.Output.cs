using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

// The shape of the answer: response format, structured outputs, modalities, verbosity, prediction.
public sealed partial class ChatRequestBuilder
{
    /// <summary>The shape of the answer (<c>response_format</c>): <see cref="ResponseFormat.Text"/>, <see cref="ResponseFormat.JsonObject"/>, a JSON Schema, ...</summary>
    public ChatRequestBuilder WithResponseFormat(ResponseFormat responseFormat)
    {
        _draft.ResponseFormat = Argument.NotNull(responseFormat);
        return this;
    }

    // The WithJsonSchema overloads spell out each arity instead of using optional parameters: two overload groups of
    // the same length cannot both have defaults and still gain a parameter later without breaking callers.

    /// <summary>Asks for answers shaped like <typeparamref name="T"/> (see <see cref="ResponseFormat.ForType{T}(JsonTypeInfo{T}, string?, bool, string?)"/>).</summary>
    public ChatRequestBuilder WithJsonSchema<T>(JsonTypeInfo<T> typeInfo) => WithJsonSchema(typeInfo, null, true, null);

    /// <inheritdoc cref="WithJsonSchema{T}(JsonTypeInfo{T}, string?, bool, string?)"/>
    public ChatRequestBuilder WithJsonSchema<T>(JsonTypeInfo<T> typeInfo, string? name) => WithJsonSchema(typeInfo, name, true, null);

    /// <inheritdoc cref="WithJsonSchema{T}(JsonTypeInfo{T}, string?, bool, string?)"/>
    public ChatRequestBuilder WithJsonSchema<T>(JsonTypeInfo<T> typeInfo, string? name, bool strict) => WithJsonSchema(typeInfo, name, strict, null);

    /// <summary>Asks for answers shaped like <typeparamref name="T"/> (see <see cref="ResponseFormat.ForType{T}(JsonTypeInfo{T}, string?, bool, string?)"/>).</summary>
    public ChatRequestBuilder WithJsonSchema<T>(JsonTypeInfo<T> typeInfo, string? name, bool strict, string? description) =>
        WithResponseFormat(ResponseFormat.ForType(typeInfo, name, strict, description));

    /// <summary>Asks for answers matching a JSON Schema (<c>{"type":"json_schema",...}</c>).</summary>
    public ChatRequestBuilder WithJsonSchema(string name, JsonElement schema) => WithJsonSchema(name, schema, null, null);

    /// <inheritdoc cref="WithJsonSchema(string, JsonElement, bool?, string?)"/>
    public ChatRequestBuilder WithJsonSchema(string name, JsonElement schema, bool? strict) => WithJsonSchema(name, schema, strict, null);

    /// <summary>Asks for answers matching a JSON Schema (<c>{"type":"json_schema",...}</c>).</summary>
    public ChatRequestBuilder WithJsonSchema(string name, JsonElement schema, bool? strict, string? description) =>
        WithResponseFormat(ResponseFormat.JsonSchema(name, schema, strict, description));

    /// <summary>The <c>structured_outputs</c> flag some clients send; the response format is what shapes the answer.</summary>
    public ChatRequestBuilder WithStructuredOutputs(bool enabled = true)
    {
        _draft.StructuredOutputs = enabled;
        return this;
    }

    /// <summary>Output modalities (<c>modalities</c>), for example <c>Image, Text</c> for image generation.</summary>
    public ChatRequestBuilder WithModalities(params Modality[] modalities)
    {
        _draft.Modalities = new List<Modality>(Argument.NotNull(modalities));
        return this;
    }

    /// <summary>Provider-specific image generation settings (<c>image_config</c>), for example <c>{"aspect_ratio":"3:2"}</c>; the object is copied.</summary>
    public ChatRequestBuilder WithImageConfig(JsonObject imageConfig)
    {
        _draft.ImageConfig = (JsonObject)Argument.NotNull(imageConfig).DeepClone();
        return this;
    }

    /// <summary>How verbose the answer should be (<c>verbosity</c>).</summary>
    public ChatRequestBuilder WithVerbosity(Verbosity verbosity)
    {
        _draft.Verbosity = verbosity;
        return this;
    }

    /// <summary>A predicted output (<c>prediction</c>) the provider may skip over.</summary>
    public ChatRequestBuilder WithPrediction(string content)
    {
        _draft.Prediction = new Prediction(RequireText(content, nameof(content)));
        return this;
    }
}
