using System;
using System.Threading;

namespace OpenRouter.Sdk;

/// <summary>
/// The client's secrets as redaction sees them: every API key and management key the client has sent with, removed
/// in any form a server may echo them from every text bound for an exception or a log record. A rotated key (a
/// provider's new key, a reloaded configuration) joins the list; the earlier ones stay, since an answer to a call
/// sent before the rotation may still echo one.
/// </summary>
internal sealed class ClientSecrets
{
    /// <summary>No secret of the client's own; only text shaped like a key is removed.</summary>
    public static readonly ClientSecrets None = new(null, null);

    // A provider that hands out a new key for every call must not grow this without bound; the oldest keys go first,
    // and by then no answer to a call sent with them is still being read in practice.
    private const int MaxRemembered = 16;

    private string[] _keys = [];

    public ClientSecrets(string? apiKey, string? managementKey)
    {
        Remember(apiKey);
        Remember(managementKey);
    }

    /// <summary>The keys to remove, newest first.</summary>
    public string[] Keys => Volatile.Read(ref _keys);

    /// <summary>Adds a key the client is about to send with (nothing for null, blank or a key already known).</summary>
    public void Remember(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return;
        }

        while (true)
        {
            string[] known = Volatile.Read(ref _keys);
            if (Array.IndexOf(known, key) >= 0)
            {
                return;
            }

            var next = new string[Math.Min(known.Length + 1, MaxRemembered)];
            next[0] = key!;
            Array.Copy(known, 0, next, 1, next.Length - 1);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _keys, next, known), known))
            {
                return;
            }
        }
    }
}
