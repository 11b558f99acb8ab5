using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.AI;

// OpenRouter fields that ride in ChatOptions.AdditionalProperties under the keys of OpenRouterPropertyNames.
internal static partial class ChatRequestMapper
{
    private static void ApplyAdditionalProperties(ChatCompletionRequest request, AdditionalPropertiesDictionary extra)
    {
        if (Read(extra, OpenRouterPropertyNames.Provider, OpenRouterJsonContext.Default.ProviderPreferences) is { } provider)
        {
            request.Provider = provider;
        }

        if (ReadStrings(extra, OpenRouterPropertyNames.Models) is { } models)
        {
            request.Models = models;
        }

        if (ReadPlugins(extra) is { } plugins)
        {
            request.Plugins = plugins;
        }

        if (ReadStrings(extra, OpenRouterPropertyNames.Transforms) is { } transforms)
        {
            request.Transforms = transforms;
        }

        if (extra.TryGetValue(OpenRouterPropertyNames.Route, out object? route) && route is not null)
        {
            request.Route = route is ModelRoute r ? r : new ModelRoute(ReadString(route));
        }

        if (Read(extra, OpenRouterPropertyNames.Reasoning, OpenRouterJsonContext.Default.ReasoningConfig) is { } reasoning)
        {
            request.Reasoning = reasoning;
        }

        if (extra.TryGetValue(OpenRouterPropertyNames.User, out object? user) && user is not null)
        {
            request.User = ReadString(user);
        }

        if (extra.TryGetValue(OpenRouterPropertyNames.SessionId, out object? session) && session is not null)
        {
            request.SessionId = ReadString(session);
        }

        if (extra.TryGetValue(OpenRouterPropertyNames.Preset, out object? preset) && preset is not null)
        {
            request.Preset = ReadString(preset);
        }
    }

    internal static T? Read<T>(AdditionalPropertiesDictionary extra, string key, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (!extra.TryGetValue(key, out object? value) || value is null)
        {
            return null;
        }

        return value switch
        {
            T typed => typed,
            JsonElement element => element.Deserialize(typeInfo),
            JsonNode node => node.Deserialize(typeInfo),
            string json => JsonSerializer.Deserialize(json, typeInfo),
            _ => throw new ArgumentException($"ChatOptions.AdditionalProperties[\"{key}\"] must be a {typeof(T).Name} or its JSON, not {value.GetType().Name}."),
        };
    }

    internal static List<string>? ReadStrings(AdditionalPropertiesDictionary extra, string key)
    {
        if (!extra.TryGetValue(key, out object? value) || value is null)
        {
            return null;
        }

        switch (value)
        {
            case string single:
                return new List<string> { single };
            case IEnumerable<string> strings:
                return new List<string>(strings);
            case JsonElement { ValueKind: JsonValueKind.Array } element:
                var list = new List<string>();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    list.Add(item.GetString() ?? string.Empty);
                }

                return list;
            case JsonArray array:
                var fromNode = new List<string>();
                foreach (JsonNode? item in array)
                {
                    fromNode.Add(item?.GetValue<string>() ?? string.Empty);
                }

                return fromNode;
            default:
                throw new ArgumentException($"ChatOptions.AdditionalProperties[\"{key}\"] must be a list of strings, not {value.GetType().Name}.");
        }
    }

    internal static List<Plugin>? ReadPlugins(AdditionalPropertiesDictionary extra)
    {
        if (!extra.TryGetValue(OpenRouterPropertyNames.Plugins, out object? value) || value is null)
        {
            return null;
        }

        switch (value)
        {
            case Plugin single:
                return new List<Plugin> { single };
            case IEnumerable<Plugin> plugins:
                return new List<Plugin>(plugins);
            case JsonElement { ValueKind: JsonValueKind.Array } element:
                var list = new List<Plugin>();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    list.Add(item.Deserialize(OpenRouterJsonContext.Default.Plugin)!);
                }

                return list;
            default:
                throw new ArgumentException($"ChatOptions.AdditionalProperties[\"{OpenRouterPropertyNames.Plugins}\"] must be a list of Plugin, not {value.GetType().Name}.");
        }
    }

    internal static string ReadString(object value) => value switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()!,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
