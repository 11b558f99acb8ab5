using System.CommandLine;
using OpenRouter.Emulator;
using OpenRouter.Sdk;

namespace OpenRouter.Cli.Commands;

/// <summary>The options of <c>openrouter chat</c>.</summary>
/// <param name="Prompt">The user message.</param>
/// <param name="Model">The model, or null for the default (<see cref="DefaultModel"/>).</param>
/// <param name="Stream">Print the answer as it arrives.</param>
/// <param name="Json">Print JSON.</param>
/// <param name="Fallbacks">Models to try when the first fails.</param>
/// <param name="ProviderOrder">Providers to try first.</param>
/// <param name="Sort">How OpenRouter ranks providers.</param>
public sealed record ChatOptions(string Prompt, string? Model, bool Stream, bool Json, IReadOnlyList<string> Fallbacks,
    IReadOnlyList<string> ProviderOrder, ProviderSort? Sort)
{
    /// <summary>The model when none is given: OpenRouter's router, or the emulator's echo.</summary>
    public static string DefaultModel(bool emulated) => emulated ? EmulatedModels.Echo : "openrouter/auto";

    /// <summary>Reads the sort of <c>--sort</c> (already checked to be one of price, throughput, latency).</summary>
    public static ProviderSort? ParseSort(string? sort) => sort switch
    {
        null => (ProviderSort?)null,
        "price" => ProviderSort.Price,
        "throughput" => ProviderSort.Throughput,
        "latency" => ProviderSort.Latency,
        _ => throw new CliUsageException($"--sort must be price, throughput or latency, not '{sort}'."),
    };

    /// <summary>The request these options describe, for <paramref name="model"/>.</summary>
    public ChatCompletionRequest ToRequest(string model)
    {
        var request = new ChatCompletionRequest { Model = model, Messages = { new UserMessage(Prompt) } };
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
