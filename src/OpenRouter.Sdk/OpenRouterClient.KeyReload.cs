using System;
using Microsoft.Extensions.Options;
using OpenRouter.Sdk.Logging;

namespace OpenRouter.Sdk;

/// <summary>Key rotation through configuration: a registered client follows its options' reloads for its keys.</summary>
public sealed partial class OpenRouterClient
{
    /// <summary>
    /// Makes the client send with the keys of each reload of its named options (a changed <c>OpenRouter:ApiKey</c> in
    /// a reloaded configuration reaches this singleton), until the client is disposed. Only the keys follow: the
    /// other settings are read once, when the client is created.
    /// </summary>
    internal void FollowKeyReloads(IOptionsMonitor<OpenRouterClientOptions> monitor, string name)
    {
        IDisposable? subscription = monitor.OnChange((reloaded, changed) =>
        {
            if (string.Equals(changed ?? Options.DefaultName, name, StringComparison.Ordinal))
            {
                ApplyReloadedKeys(reloaded);
            }
        });
        if (subscription is not null)
        {
            _ownedLifetime?.Token.Register(static s => ((IDisposable)s!).Dispose(), subscription);
        }
    }

    /// <summary>Takes the keys of reloaded options; options that fail validation change nothing and say so in the log.</summary>
    internal void ApplyReloadedKeys(OpenRouterClientOptions reloaded)
    {
        if (_ownedLifetime is { IsDisposed: true })
        {
            return;
        }

        if (reloaded.Validate() is { } problem)
        {
            OpenRouterLog.KeysReloadRejected(_pipeline.Logger, OpenRouterErrorFactory.ReloadedKeyRejected(problem));
            return;
        }

        string? apiKey = reloaded.ResolveApiKey() is { Length: > 0 } key ? key : null;
        string? managementKey = reloaded.ResolveManagementKey();
        (bool apiKeyChanged, bool managementKeyChanged) = _pipeline.ReplaceKeys(apiKey, managementKey);
        if (apiKeyChanged || managementKeyChanged)
        {
            OpenRouterLog.KeysReloaded(_pipeline.Logger, apiKeyChanged, managementKeyChanged);
        }
    }
}
