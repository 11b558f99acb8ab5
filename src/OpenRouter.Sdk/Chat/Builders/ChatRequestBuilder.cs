using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
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
public sealed class ChatRequestBuilder
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

    // ----- Model routing -----

    /// <summary>Replaces the model id.</summary>
    public ChatRequestBuilder WithModel(string model)
    {
        _draft.Model = RequireModelId(model, nameof(model));
        return this;
    }

    /// <summary>
    /// Sets the variant of the model (<c>:nitro</c>, <c>:floor</c>, <c>:free</c>, ...), replacing any variant its id
    /// already has.
    /// </summary>
    public ChatRequestBuilder WithModelVariant(ModelVariant variant)
    {
        _draft.Model = ModelVariant.Apply(_draft.Model!, variant);
        return this;
    }

    /// <summary>Models to try in order when the primary one fails or refuses (<c>models</c>); replaces earlier ones.</summary>
    public ChatRequestBuilder WithFallbackModels(params string[] models)
    {
        if (models is null)
        {
            throw new ArgumentNullException(nameof(models));
        }

        var list = new List<string>(models.Length);
        foreach (string model in models)
        {
            list.Add(RequireModelId(model, nameof(models)));
        }

        _draft.Models = list;
        return this;
    }

    /// <summary>The deprecated routing strategy (<c>route</c>); prefer <see cref="ProviderPreferencesBuilder.SortBy(ProviderSort, ProviderSortPartition)"/>.</summary>
    public ChatRequestBuilder WithRoute(ModelRoute route)
    {
        _draft.Route = route;
        return this;
    }

    /// <summary>Configures provider routing (<c>provider</c>). Repeated calls add to the preferences set so far.</summary>
    public ChatRequestBuilder WithProvider(Action<ProviderPreferencesBuilder> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        _draft.Provider ??= new ProviderPreferences();
        configure(new ProviderPreferencesBuilder(_draft.Provider));
        return this;
    }

    /// <summary>Sets provider routing (<c>provider</c>) from a ready object, replacing earlier preferences (the object is copied).</summary>
    public ChatRequestBuilder WithProvider(ProviderPreferences preferences)
    {
        if (preferences is null)
        {
            throw new ArgumentNullException(nameof(preferences));
        }

        _draft.Provider = RequestCopy.Of(preferences);
        return this;
    }

    /// <summary>
    /// Prompt transforms (<c>transforms</c>), for example <c>"middle-out"</c>; replaces earlier ones. With no
    /// arguments it sends <c>[]</c>, which turns off the transforms OpenRouter applies by default.
    /// </summary>
    public ChatRequestBuilder WithTransforms(params string[] transforms)
    {
        if (transforms is null)
        {
            throw new ArgumentNullException(nameof(transforms));
        }

        foreach (string transform in transforms)
        {
            if (string.IsNullOrWhiteSpace(transform))
            {
                throw new ArgumentException("Transform names must not be null or empty.", nameof(transforms));
            }
        }

        _draft.Transforms = new List<string>(transforms);
        return this;
    }

    /// <summary>Adds the <c>middle-out</c> transform, which compresses a prompt that exceeds the context window.</summary>
    public ChatRequestBuilder WithMiddleOut()
    {
        _draft.Transforms ??= new List<string>();
        if (!_draft.Transforms.Contains("middle-out"))
        {
            _draft.Transforms.Add("middle-out");
        }

        return this;
    }

    // ----- Plugins -----

    /// <summary>Adds a plugin (<c>plugins[]</c>); a plugin with the same id replaces the earlier one. The plugin is copied.</summary>
    public ChatRequestBuilder WithPlugin(Plugin plugin)
    {
        if (plugin is null)
        {
            throw new ArgumentNullException(nameof(plugin));
        }

        _draft.Plugins ??= new List<Plugin>();
        for (int i = 0; i < _draft.Plugins.Count; i++)
        {
            if (string.Equals(_draft.Plugins[i].Id, plugin.Id, StringComparison.Ordinal))
            {
                _draft.Plugins[i] = RequestCopy.Of(plugin);
                return this;
            }
        }

        _draft.Plugins.Add(RequestCopy.Of(plugin));
        return this;
    }

    /// <summary>Adds any plugin by id with its fields as JSON, for plugins this library does not model yet.</summary>
    public ChatRequestBuilder WithPlugin(string id, JsonObject? fields = null) =>
        WithPlugin(Plugin.Create(id, (JsonObject?)fields?.DeepClone()));

    /// <summary>Adds the web search plugin (<c>{"id":"web"}</c>).</summary>
    public ChatRequestBuilder WithWebSearch(WebSearchEngine? engine = null, int? maxResults = null, string? searchPrompt = null,
        IEnumerable<string>? includeDomains = null, IEnumerable<string>? excludeDomains = null)
    {
        RequireNotNegative(maxResults, nameof(maxResults));
        return WithPlugin(Plugin.Web(engine, maxResults, searchPrompt, includeDomains, excludeDomains));
    }

    /// <summary>Adds the file parser plugin (<c>{"id":"file-parser","pdf":{"engine":..}}</c>) that reads PDFs.</summary>
    public ChatRequestBuilder WithFileParser(PdfEngine? pdfEngine = null) => WithPlugin(Plugin.FileParser(pdfEngine));

    /// <summary>Adds the response healing plugin, which repairs malformed JSON answers.</summary>
    public ChatRequestBuilder WithResponseHealing() => WithPlugin(Plugin.ResponseHealing());

    /// <summary>Adds the moderation plugin.</summary>
    public ChatRequestBuilder WithModeration() => WithPlugin(Plugin.Moderation());

    /// <summary>Adds the context compression plugin (the successor of the <c>middle-out</c> transform).</summary>
    public ChatRequestBuilder WithContextCompression(string? engine = null) => WithPlugin(Plugin.ContextCompression(engine));

    /// <summary>Configures the auto router (<see cref="OpenRouterModels.Auto"/>) through its plugin.</summary>
    public ChatRequestBuilder WithAutoRouter(IEnumerable<string>? allowedModels = null, IEnumerable<string>? excludedModels = null,
        string? costTier = null) => WithPlugin(Plugin.AutoRouter(allowedModels, excludedModels, costTier));

    // ----- Messages -----

    /// <summary>Adds a <c>system</c> message.</summary>
    public ChatRequestBuilder AddSystemMessage(string text) => AddMessage(new SystemMessage(RequireText(text, nameof(text))));

    /// <summary>Adds a <c>system</c> message made of text parts (for example with <see cref="CacheControl"/> breakpoints).</summary>
    public ChatRequestBuilder AddSystemMessage(params TextPart[] parts) => AddMessage(new SystemMessage(RequireParts(parts, nameof(parts))));

    /// <summary>Adds a <c>developer</c> message.</summary>
    public ChatRequestBuilder AddDeveloperMessage(string text) => AddMessage(new DeveloperMessage(RequireText(text, nameof(text))));

    /// <summary>Adds a <c>developer</c> message made of text parts.</summary>
    public ChatRequestBuilder AddDeveloperMessage(params TextPart[] parts) => AddMessage(new DeveloperMessage(RequireParts(parts, nameof(parts))));

    /// <summary>Adds a <c>user</c> message.</summary>
    public ChatRequestBuilder AddUserMessage(string text) => AddMessage(new UserMessage(RequireText(text, nameof(text))));

    /// <summary>Adds a <c>user</c> message made of parts: <see cref="TextPart"/>, <see cref="ImagePart"/>, <see cref="FilePart"/>, <see cref="AudioPart"/>, <see cref="VideoPart"/>.</summary>
    public ChatRequestBuilder AddUserMessage(params ContentPart[] parts) => AddMessage(new UserMessage(RequireParts(parts, nameof(parts))));

    /// <summary>Adds a <c>user</c> message of text and an image given by an https or <c>data:</c> URL.</summary>
    public ChatRequestBuilder AddUserMessageWithImage(string text, string imageUrl) => AddUserMessageWithImage(text, imageUrl, detail: null);

    /// <summary>Adds a <c>user</c> message of text and an image given by an https or <c>data:</c> URL, read at <paramref name="detail"/>.</summary>
    public ChatRequestBuilder AddUserMessageWithImage(string text, string imageUrl, ImageDetail? detail)
    {
        if (string.IsNullOrWhiteSpace(imageUrl))
        {
            throw new ArgumentException("An image URL is required.", nameof(imageUrl));
        }

        return AddUserMessage(new TextPart(RequireText(text, nameof(text))), new ImagePart(imageUrl, detail));
    }

    /// <summary>Adds a <c>user</c> message of text and an image sent inline as a base64 data URL.</summary>
    public ChatRequestBuilder AddUserMessageWithImage(string text, byte[] imageBytes, string mediaType, ImageDetail? detail = null)
    {
        if (imageBytes is null)
        {
            throw new ArgumentNullException(nameof(imageBytes));
        }

        return AddUserMessage(new TextPart(RequireText(text, nameof(text))), ImagePart.FromBytes(imageBytes, mediaType, detail));
    }

    /// <summary>Adds a <c>user</c> message of text and a file (such as a PDF) given by an https or <c>data:</c> URL.</summary>
    public ChatRequestBuilder AddUserMessageWithFile(string text, string filename, string fileUrl)
    {
        if (string.IsNullOrWhiteSpace(fileUrl))
        {
            throw new ArgumentException("A file URL is required.", nameof(fileUrl));
        }

        return AddUserMessage(new TextPart(RequireText(text, nameof(text))), new FilePart(filename, fileUrl));
    }

    /// <summary>Adds a <c>user</c> message of text and a file sent inline as a base64 data URL (PDF by default).</summary>
    public ChatRequestBuilder AddUserMessageWithFile(string text, string filename, byte[] fileBytes, string mediaType = "application/pdf")
    {
        if (fileBytes is null)
        {
            throw new ArgumentNullException(nameof(fileBytes));
        }

        return AddUserMessage(new TextPart(RequireText(text, nameof(text))), FilePart.FromBytes(filename, fileBytes, mediaType));
    }

    /// <summary>Adds a <c>user</c> message of text and audio sent inline as base64.</summary>
    public ChatRequestBuilder AddUserMessageWithAudio(string text, byte[] audioBytes, AudioFormat format)
    {
        if (audioBytes is null)
        {
            throw new ArgumentNullException(nameof(audioBytes));
        }

        return AddUserMessage(new TextPart(RequireText(text, nameof(text))), AudioPart.FromBytes(audioBytes, format));
    }

    /// <summary>
    /// Adds an <c>assistant</c> message: an earlier answer, or, as the last message, a prefill the model continues.
    /// </summary>
    public ChatRequestBuilder AddAssistantMessage(string text) => AddMessage(new AssistantMessage(RequireText(text, nameof(text))));

    /// <summary>
    /// Adds an <c>assistant</c> turn that called tools, with the reasoning details the model produced in it
    /// (reasoning models need them back unchanged to continue).
    /// </summary>
    /// <param name="text">The text of the turn, or null when it only called tools.</param>
    /// <param name="toolCalls">The tool calls of the turn.</param>
    /// <param name="reasoningDetails">The turn's <c>reasoning_details</c>, passed back unmodified.</param>
    public ChatRequestBuilder AddAssistantMessage(string? text, IEnumerable<ToolCall> toolCalls, IEnumerable<ReasoningDetail>? reasoningDetails = null)
    {
        if (toolCalls is null)
        {
            throw new ArgumentNullException(nameof(toolCalls));
        }

        var calls = new List<ToolCall>(toolCalls);
        if (calls.Contains(null!))
        {
            throw new ArgumentException("Tool calls must not be null.", nameof(toolCalls));
        }

        if (text is null && calls.Count == 0)
        {
            throw new ArgumentException("An assistant message needs text or at least one tool call.", nameof(toolCalls));
        }

        return AddMessage(new AssistantMessage(text)
        {
            ToolCalls = calls.Count == 0 ? null : calls,
            ReasoningDetails = reasoningDetails is null ? null : new List<ReasoningDetail>(reasoningDetails),
        });
    }

    /// <summary>
    /// Adds a received answer back to the conversation (via <see cref="AssistantMessage.FromCompletion"/>), keeping
    /// its tool calls, reasoning and reasoning details.
    /// </summary>
    public ChatRequestBuilder AddAssistantMessage(ChatCompletionMessage message) => AddMessage(AssistantMessage.FromCompletion(message));

    /// <summary>Adds a <c>tool</c> message: the result of the tool call with id <paramref name="toolCallId"/>.</summary>
    public ChatRequestBuilder AddToolMessage(string toolCallId, string content) =>
        AddMessage(new ToolMessage(toolCallId, RequireText(content, nameof(content))));

    /// <summary>Adds any message.</summary>
    public ChatRequestBuilder AddMessage(Message message)
    {
        _draft.Messages.Add(message ?? throw new ArgumentNullException(nameof(message)));
        return this;
    }

    /// <summary>Adds messages in order, for example an earlier conversation.</summary>
    public ChatRequestBuilder AddMessages(IEnumerable<Message> messages)
    {
        if (messages is null)
        {
            throw new ArgumentNullException(nameof(messages));
        }

        var list = new List<Message>(messages);
        if (list.Contains(null!))
        {
            throw new ArgumentException("Messages must not be null.", nameof(messages));
        }

        foreach (Message message in list)
        {
            _draft.Messages.Add(message);
        }

        return this;
    }

    /// <summary>Adds messages in order.</summary>
    public ChatRequestBuilder AddMessages(params Message[] messages) => AddMessages((IEnumerable<Message>)messages);

    /// <summary>A legacy text prompt (<c>prompt</c>), sent instead of messages.</summary>
    public ChatRequestBuilder WithPrompt(string prompt)
    {
        _draft.Prompt = RequireText(prompt, nameof(prompt));
        return this;
    }

    // ----- Output -----

    /// <summary>The shape of the answer (<c>response_format</c>): <see cref="ResponseFormat.Text"/>, <see cref="ResponseFormat.JsonObject"/>, a JSON Schema, ...</summary>
    public ChatRequestBuilder WithResponseFormat(ResponseFormat responseFormat)
    {
        _draft.ResponseFormat = responseFormat ?? throw new ArgumentNullException(nameof(responseFormat));
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
        _draft.Modalities = new List<Modality>(modalities ?? throw new ArgumentNullException(nameof(modalities)));
        return this;
    }

    /// <summary>Provider-specific image generation settings (<c>image_config</c>), for example <c>{"aspect_ratio":"3:2"}</c>; the object is copied.</summary>
    public ChatRequestBuilder WithImageConfig(JsonObject imageConfig)
    {
        _draft.ImageConfig = (JsonObject)(imageConfig ?? throw new ArgumentNullException(nameof(imageConfig))).DeepClone();
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

    // ----- Reasoning -----

    /// <summary>Reasoning settings (<c>reasoning</c>), replacing earlier ones (the object is copied).</summary>
    public ChatRequestBuilder WithReasoning(ReasoningConfig reasoning)
    {
        _draft.Reasoning = RequestCopy.Of(reasoning ?? throw new ArgumentNullException(nameof(reasoning)));
        return this;
    }

    /// <summary>How hard the model thinks (<c>reasoning.effort</c>).</summary>
    public ChatRequestBuilder WithReasoningEffort(ReasoningEffort effort)
    {
        Reasoning.Effort = effort;
        return this;
    }

    /// <summary>A thinking-token budget (<c>reasoning.max_tokens</c>).</summary>
    public ChatRequestBuilder WithReasoningMaxTokens(int maxTokens)
    {
        RequireNotNegative(maxTokens, nameof(maxTokens));
        Reasoning.MaxTokens = maxTokens;
        return this;
    }

    /// <summary>Turns reasoning on or off at the model's default effort (<c>reasoning.enabled</c>).</summary>
    public ChatRequestBuilder WithReasoningEnabled(bool enabled = true)
    {
        Reasoning.Enabled = enabled;
        return this;
    }

    /// <summary>Lets the model reason but leaves the reasoning out of the answer (<c>reasoning.exclude</c>).</summary>
    public ChatRequestBuilder WithReasoningExcluded(bool exclude = true)
    {
        Reasoning.Exclude = exclude;
        return this;
    }

    /// <summary>How detailed a reasoning summary should be (<c>reasoning.summary</c>).</summary>
    public ChatRequestBuilder WithReasoningSummary(ReasoningSummary summary)
    {
        Reasoning.Summary = summary;
        return this;
    }

    /// <summary>The OpenAI-style top-level shorthand <c>reasoning_effort</c>; do not combine with <see cref="WithReasoningEffort"/>.</summary>
    public ChatRequestBuilder WithTopLevelReasoningEffort(ReasoningEffort effort)
    {
        _draft.ReasoningEffort = effort;
        return this;
    }

    /// <summary>The deprecated <c>include_reasoning</c> flag; prefer <see cref="WithReasoningEnabled"/>.</summary>
    public ChatRequestBuilder WithIncludeReasoning(bool include = true)
    {
        _draft.IncludeReasoning = include;
        return this;
    }

    // ----- Tools -----

    /// <summary>Adds a tool (<c>tools[]</c>); the tool is copied. Two function tools may not share a name.</summary>
    public ChatRequestBuilder WithTool(ChatTool tool)
    {
        if (tool is null)
        {
            throw new ArgumentNullException(nameof(tool));
        }

        _draft.Tools ??= new List<ChatTool>();
        if (tool.Function is { } function)
        {
            foreach (ChatTool existing in _draft.Tools)
            {
                if (existing.Function is { } other && string.Equals(other.Name, function.Name, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"A function tool named '{function.Name}' was already added.", nameof(tool));
                }
            }
        }

        _draft.Tools.Add(RequestCopy.Of(tool));
        return this;
    }

    // The schema overloads of WithTool spell out each arity instead of using optional parameters (see WithJsonSchema).

    /// <summary>Adds a function tool from its name, description and JSON Schema for the arguments.</summary>
    public ChatRequestBuilder WithTool(string name, string? description, JsonElement parameters) => WithTool(name, description, parameters, null);

    /// <summary>Adds a function tool from its name, description and JSON Schema for the arguments.</summary>
    public ChatRequestBuilder WithTool(string name, string? description, JsonElement parameters, bool? strict) =>
        WithTool(ChatTool.CreateFunction(name, description, parameters, strict));

    /// <summary>Adds a function tool from its name, description and JSON Schema (as text) for the arguments.</summary>
    public ChatRequestBuilder WithTool(string name, string? description, string parametersJsonSchema) => WithTool(name, description, parametersJsonSchema, null);

    /// <summary>Adds a function tool from its name, description and JSON Schema (as text) for the arguments.</summary>
    public ChatRequestBuilder WithTool(string name, string? description, string parametersJsonSchema, bool? strict) =>
        WithTool(ChatTool.CreateFunction(name, description, parametersJsonSchema, strict));

    /// <summary>Adds tools.</summary>
    public ChatRequestBuilder WithTools(IEnumerable<ChatTool> tools)
    {
        foreach (ChatTool tool in tools ?? throw new ArgumentNullException(nameof(tools)))
        {
            WithTool(tool);
        }

        return this;
    }

    /// <summary>Adds an OpenRouter server tool such as <c>openrouter:web_search</c>, run by OpenRouter.</summary>
    public ChatRequestBuilder WithServerTool(string type, JsonObject? parameters = null) =>
        WithTool(ChatTool.CreateServerTool(type, (JsonObject?)parameters?.DeepClone()));

    /// <summary>Which tool the model must use (<c>tool_choice</c>): <see cref="ToolChoice.Auto"/>, <see cref="ToolChoice.None"/>, <see cref="ToolChoice.Required"/> or <see cref="ToolChoice.Function"/>.</summary>
    public ChatRequestBuilder WithToolChoice(ToolChoice toolChoice)
    {
        _draft.ToolChoice = toolChoice ?? throw new ArgumentNullException(nameof(toolChoice));
        return this;
    }

    /// <summary>Whether the model may call several tools at once (<c>parallel_tool_calls</c>).</summary>
    public ChatRequestBuilder WithParallelToolCalls(bool enabled)
    {
        _draft.ParallelToolCalls = enabled;
        return this;
    }

    /// <summary>Conditions that stop OpenRouter's server-tool loop (<c>stop_server_tools_when</c>); replaces earlier ones.</summary>
    public ChatRequestBuilder WithStopServerToolsWhen(params ServerToolStopCondition[] conditions)
    {
        if (conditions is null)
        {
            throw new ArgumentNullException(nameof(conditions));
        }

        var list = new List<ServerToolStopCondition>(conditions.Length);
        foreach (ServerToolStopCondition condition in conditions)
        {
            list.Add(RequestCopy.Of(condition ?? throw new ArgumentException("Conditions must not be null.", nameof(conditions))));
        }

        _draft.StopServerToolsWhen = list;
        return this;
    }

    // ----- Sampling -----

    /// <summary>Sampling temperature (<c>temperature</c>).</summary>
    public ChatRequestBuilder WithTemperature(double temperature)
    {
        _draft.Temperature = temperature;
        return this;
    }

    /// <summary>Nucleus sampling mass (<c>top_p</c>).</summary>
    public ChatRequestBuilder WithTopP(double topP)
    {
        _draft.TopP = topP;
        return this;
    }

    /// <summary>Sample from the top K tokens only (<c>top_k</c>).</summary>
    public ChatRequestBuilder WithTopK(int topK)
    {
        _draft.TopK = topK;
        return this;
    }

    /// <summary>The most tokens to generate (<c>max_tokens</c>).</summary>
    public ChatRequestBuilder WithMaxTokens(int maxTokens)
    {
        _draft.MaxTokens = RequireNotNegative(maxTokens, nameof(maxTokens));
        return this;
    }

    /// <summary>The most tokens to generate, reasoning included (<c>max_completion_tokens</c>).</summary>
    public ChatRequestBuilder WithMaxCompletionTokens(int maxCompletionTokens)
    {
        _draft.MaxCompletionTokens = RequireNotNegative(maxCompletionTokens, nameof(maxCompletionTokens));
        return this;
    }

    /// <summary>Frequency penalty (<c>frequency_penalty</c>).</summary>
    public ChatRequestBuilder WithFrequencyPenalty(double penalty)
    {
        _draft.FrequencyPenalty = penalty;
        return this;
    }

    /// <summary>Presence penalty (<c>presence_penalty</c>).</summary>
    public ChatRequestBuilder WithPresencePenalty(double penalty)
    {
        _draft.PresencePenalty = penalty;
        return this;
    }

    /// <summary>Repetition penalty (<c>repetition_penalty</c>).</summary>
    public ChatRequestBuilder WithRepetitionPenalty(double penalty)
    {
        _draft.RepetitionPenalty = penalty;
        return this;
    }

    /// <summary>Minimum probability relative to the top token (<c>min_p</c>).</summary>
    public ChatRequestBuilder WithMinP(double minP)
    {
        _draft.MinP = minP;
        return this;
    }

    /// <summary>Top-A sampling (<c>top_a</c>).</summary>
    public ChatRequestBuilder WithTopA(double topA)
    {
        _draft.TopA = topA;
        return this;
    }

    /// <summary>A seed for deterministic sampling where supported (<c>seed</c>).</summary>
    public ChatRequestBuilder WithSeed(long seed)
    {
        _draft.Seed = seed;
        return this;
    }

    /// <summary>Stop sequences (<c>stop</c>); replaces earlier ones.</summary>
    public ChatRequestBuilder WithStop(params string[] stopSequences)
    {
        if (stopSequences is null)
        {
            throw new ArgumentNullException(nameof(stopSequences));
        }

        foreach (string stop in stopSequences)
        {
            if (string.IsNullOrEmpty(stop))
            {
                throw new ArgumentException("Stop sequences must not be null or empty.", nameof(stopSequences));
            }
        }

        _draft.Stop = new List<string>(stopSequences);
        return this;
    }

    /// <summary>Returns log probabilities of the output tokens (<c>logprobs</c>), with <paramref name="topLogprobs"/> alternatives each (<c>top_logprobs</c>).</summary>
    public ChatRequestBuilder WithLogprobs(bool enabled = true, int? topLogprobs = null)
    {
        _draft.TopLogprobs = RequireNotNegative(topLogprobs, nameof(topLogprobs));
        _draft.Logprobs = enabled;
        return this;
    }

    /// <summary>Biases one token (<c>logit_bias</c>); repeated calls add tokens.</summary>
    public ChatRequestBuilder WithLogitBias(int tokenId, double bias)
    {
        _draft.LogitBias ??= new Dictionary<string, double>();
        _draft.LogitBias[tokenId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = bias;
        return this;
    }

    /// <summary>Biases tokens (<c>logit_bias</c>), keyed by token id; added to earlier biases.</summary>
    public ChatRequestBuilder WithLogitBias(IEnumerable<KeyValuePair<int, double>> biases)
    {
        foreach (KeyValuePair<int, double> bias in biases ?? throw new ArgumentNullException(nameof(biases)))
        {
            WithLogitBias(bias.Key, bias.Value);
        }

        return this;
    }

    /// <summary>The provider service tier (<c>service_tier</c>).</summary>
    public ChatRequestBuilder WithServiceTier(ServiceTier serviceTier)
    {
        _draft.ServiceTier = serviceTier;
        return this;
    }

    // ----- Identity, caching, observability -----

    /// <summary>Your end user's id, for abuse isolation (<c>user</c>).</summary>
    public ChatRequestBuilder WithUser(string user)
    {
        _draft.User = RequireText(user, nameof(user));
        return this;
    }

    /// <summary>Groups requests into a session and keeps them on one provider (<c>session_id</c>).</summary>
    public ChatRequestBuilder WithSessionId(string sessionId)
    {
        _draft.SessionId = RequireText(sessionId, nameof(sessionId));
        return this;
    }

    /// <summary>Adds a string pair stored with the generation (<c>metadata</c>); a repeated key replaces its value.</summary>
    public ChatRequestBuilder WithMetadata(string key, string value)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException("A metadata key is required.", nameof(key));
        }

        _draft.Metadata ??= new Dictionary<string, string>();
        _draft.Metadata[key] = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Observability trace fields (<c>trace</c>); the object is copied.</summary>
    public ChatRequestBuilder WithTrace(TraceOptions trace)
    {
        _draft.Trace = RequestCopy.Of(trace ?? throw new ArgumentNullException(nameof(trace)));
        return this;
    }

    /// <summary>A preset to apply (<c>preset</c>), <c>@preset/slug</c>.</summary>
    public ChatRequestBuilder WithPreset(string preset)
    {
        if (string.IsNullOrWhiteSpace(preset))
        {
            throw new ArgumentException("A preset slug is required.", nameof(preset));
        }

        _draft.Preset = preset;
        return this;
    }

    /// <summary>Automatic prompt caching for the whole request (<c>cache_control</c>).</summary>
    /// <param name="ttl">Optional time to live, <c>"5m"</c> or <c>"1h"</c>.</param>
    public ChatRequestBuilder WithCacheControl(string? ttl = null)
    {
        _draft.CacheControl = new CacheControl(ttl);
        return this;
    }

    /// <summary>An OpenAI prompt cache key (<c>prompt_cache_key</c>).</summary>
    public ChatRequestBuilder WithPromptCacheKey(string key)
    {
        _draft.PromptCacheKey = RequireText(key, nameof(key));
        return this;
    }

    /// <summary>Explicit prompt-cache options (<c>prompt_cache_options</c>).</summary>
    public ChatRequestBuilder WithPromptCacheOptions(string? ttl = null)
    {
        _draft.PromptCacheOptions = new PromptCacheOptions { Ttl = ttl };
        return this;
    }

    /// <summary>Web search options (<c>web_search_options</c>), for example a search context size of <c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    public ChatRequestBuilder WithWebSearchOptions(string searchContextSize)
    {
        _draft.WebSearchOptions = new WebSearchOptions { SearchContextSize = RequireText(searchContextSize, nameof(searchContextSize)) };
        return this;
    }

    /// <summary>Streaming only: echoes the body sent upstream in the first chunk (<c>debug.echo_upstream_body</c>).</summary>
    public ChatRequestBuilder WithEchoUpstreamBody(bool enabled = true)
    {
        _draft.Debug = new DebugOptions { EchoUpstreamBody = enabled };
        return this;
    }

    /// <summary>The deprecated usage accounting switch (<c>usage.include</c>); cost is always returned now.</summary>
    public ChatRequestBuilder WithUsageAccounting(bool include = true)
    {
        _draft.Usage = new UsageOptions { Include = include };
        return this;
    }

    /// <summary>
    /// The deprecated <c>stream_options.include_usage</c>; usage is always streamed now. Sent only with streaming
    /// calls.
    /// </summary>
    public ChatRequestBuilder WithStreamUsage(bool include = true)
    {
        _draft.StreamOptions = new StreamOptions { IncludeUsage = include };
        return this;
    }

    /// <summary>
    /// A top-level field this library does not model (provider passthrough such as <c>safe_prompt</c>), written
    /// as-is; null writes JSON null. A field the request already models must be set through its own method.
    /// </summary>
    public ChatRequestBuilder WithAdditionalProperty(string name, JsonNode? value)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A property name is required.", nameof(name));
        }

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
        if (string.IsNullOrWhiteSpace(model))
        {
            throw new ArgumentException("A model id such as \"openai/gpt-4o\" is required.", parameterName);
        }

        return model;
    }

    private static string RequireText(string? text, string parameterName) =>
        text ?? throw new ArgumentNullException(parameterName);

    private static T[] RequireParts<T>(T[] parts, string parameterName)
        where T : ContentPart
    {
        if (parts is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (parts.Length == 0)
        {
            throw new ArgumentException("A message needs at least one content part.", parameterName);
        }

        foreach (T part in parts)
        {
            if (part is null)
            {
                throw new ArgumentException("Content parts must not be null.", parameterName);
            }
        }

        return parts;
    }

    private static int RequireNotNegative(int value, string parameterName) =>
        value < 0 ? throw new ArgumentOutOfRangeException(parameterName, value, "Must not be negative.") : value;

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
