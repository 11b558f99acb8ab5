using System;
using System.Collections.Generic;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

// Which model answers and how OpenRouter routes the request: model, variants, fallbacks, provider preferences, transforms.
public sealed partial class ChatRequestBuilder
{
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
        Argument.NotNull(models);

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
        Argument.NotNull(configure);

        _draft.Provider ??= new ProviderPreferences();
        configure(new ProviderPreferencesBuilder(_draft.Provider));
        return this;
    }

    /// <summary>Sets provider routing (<c>provider</c>) from a ready object, replacing earlier preferences (the object is copied).</summary>
    public ChatRequestBuilder WithProvider(ProviderPreferences preferences)
    {
        Argument.NotNull(preferences);

        _draft.Provider = RequestCopy.Of(preferences);
        return this;
    }

    /// <summary>
    /// Prompt transforms (<c>transforms</c>), the legacy form, for example <c>"middle-out"</c> (sent as given; the
    /// 2026 form of middle-out is <see cref="WithMiddleOut"/>); replaces earlier ones. With no arguments it sends
    /// <c>[]</c>, which turns off the transforms OpenRouter applies by default.
    /// </summary>
    public ChatRequestBuilder WithTransforms(params string[] transforms)
    {
        Argument.NotNull(transforms);

        foreach (string transform in transforms)
        {
            Argument.Requires(!string.IsNullOrWhiteSpace(transform), "Transform names must not be null or empty.", nameof(transforms));
        }

        _draft.Transforms = new List<string>(transforms);
        return this;
    }

    /// <summary>
    /// Compresses a prompt that exceeds the model's context window by dropping messages from its middle: adds the
    /// <c>context-compression</c> plugin with the <c>middle-out</c> engine
    /// (<c>{"id":"context-compression","engine":"middle-out"}</c>), the 2026 successor of
    /// <c>transforms: ["middle-out"]</c>. The legacy form is still sent by <c>WithTransforms("middle-out")</c>.
    /// </summary>
    public ChatRequestBuilder WithMiddleOut() => WithContextCompression(MiddleOutEngine);
}
