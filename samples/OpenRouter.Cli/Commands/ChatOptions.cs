using OpenRouter.Emulator;
using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

/// <summary>The options of <c>openrouter chat</c>.</summary>
public sealed record ChatOptions(string Prompt, string Model, bool Stream, bool Json, IReadOnlyList<string> Fallbacks,
    IReadOnlyList<string> ProviderOrder, ProviderSort? Sort)
{
    /// <summary>The model when none is given: OpenRouter's router, or the emulator's echo.</summary>
    public static string DefaultModel(bool emulated) => emulated ? EmulatedModels.Echo : "openrouter/auto";

    /// <summary>Reads and checks the chat options.</summary>
    public static ChatOptions From(CliArguments args, bool emulated)
    {
        ArgumentNullException.ThrowIfNull(args);
        args.AllowOnly("--model", "--stream", "--fallback", "--provider-order", "--sort", "--json");
        if (args.Positional.Count != 1 || string.IsNullOrWhiteSpace(args.Positional[0]))
        {
            throw new CliUsageException("chat takes one prompt, for example: openrouter chat \"Hello\" --stream");
        }

        ProviderSort? sort = args.Single("--sort") switch
        {
            null => (ProviderSort?)null,
            "price" => ProviderSort.Price,
            "throughput" => ProviderSort.Throughput,
            "latency" => ProviderSort.Latency,
            string other => throw new CliUsageException($"--sort must be price, throughput or latency, not '{other}'."),
        };

        return new ChatOptions(args.Positional[0], args.Single("--model") ?? DefaultModel(emulated), args.Has("--stream"), args.Has("--json"),
            args.Values("--fallback"), args.Values("--provider-order"), sort);
    }

    /// <summary>The request these options describe.</summary>
    public ChatCompletionRequest ToRequest()
    {
        var request = new ChatCompletionRequest { Model = Model, Messages = { new UserMessage(Prompt) } };
        if (Fallbacks.Count > 0)
        {
            request.Models = [.. Fallbacks];
        }

        if (ProviderOrder.Count > 0 || Sort is not null)
        {
            request.Provider = new ProviderPreferences
            {
                Order = ProviderOrder.Count > 0 ? [.. ProviderOrder] : null,
                Sort = Sort is { } sort ? (ProviderSortPreference)sort : null,
            };
        }

        return request;
    }
}
