using System.Collections.Generic;
using System.Linq;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk;

/// <summary>The argument checks that creating and updating an observability destination share.</summary>
internal static class ObservabilityArguments
{
    /// <summary>The smallest sampling rate the API accepts (1 = every event).</summary>
    public const double MinSamplingRate = 0.0001;

    public static void CheckSamplingRate(double? rate, string owner)
    {
        if (rate is { } value)
        {
            Argument.InRange(value is >= MinSamplingRate and <= 1, value,
                $"{owner}.SamplingRate must be from 0.0001 to 1 (1 forwards every event).", "request");
        }
    }

    public static void CheckApiKeyHashes(IList<string>? hashes, string owner, string instead)
    {
        Argument.Requires(hashes is null || hashes.Count > 0, $"{owner}.ApiKeyHashes needs at least one hash; {instead}.", "request");
        Argument.Requires(hashes is null || hashes.All(static h => !string.IsNullOrWhiteSpace(h)), $"{owner}.ApiKeyHashes holds a null or blank hash.", "request");
    }
}
