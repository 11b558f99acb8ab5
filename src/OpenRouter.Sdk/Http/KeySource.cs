using System;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.Http;

/// <summary>
/// Where one of the client's two keys comes from for each call: a fixed key (which a configuration reload may
/// replace, <see cref="Replace"/>) or the caller's provider (<see cref="OpenRouterClientOptions.ApiKeyProvider"/>),
/// asked before every call. Each key it hands out is first remembered by <see cref="ClientSecrets"/>, so a rotated key
/// is redacted like the first one.
/// </summary>
internal sealed class KeySource
{
    private readonly Func<CancellationToken, ValueTask<string>>? _provider;
    private readonly string _providerName;
    private readonly ClientSecrets _secrets;
    private Entry? _current;

    private KeySource(string? key, Func<CancellationToken, ValueTask<string>>? provider, string providerName, ClientSecrets secrets)
    {
        _provider = provider;
        _providerName = providerName;
        _secrets = secrets;
        if (key is not null)
        {
            _current = Remember(key, raw: key);
        }
    }

    /// <summary>The API key's source: <see cref="OpenRouterClientOptions.ApiKeyProvider"/> when set, else the (checked) key.</summary>
    public static KeySource ForApiKey(OpenRouterClientOptions options, ClientSecrets secrets) =>
        new(options.ApiKeyProvider is null ? options.ResolveApiKey() is { Length: > 0 } key ? key : null : null,
            options.ApiKeyProvider, nameof(OpenRouterClientOptions.ApiKeyProvider), secrets);

    /// <summary>The management key's source: <see cref="OpenRouterClientOptions.ManagementKeyProvider"/> when set, else the (checked) key.</summary>
    public static KeySource ForManagementKey(OpenRouterClientOptions options, ClientSecrets secrets) =>
        new(options.ManagementKeyProvider is null ? options.ResolveManagementKey() : null,
            options.ManagementKeyProvider, nameof(OpenRouterClientOptions.ManagementKeyProvider), secrets);

    /// <summary>Whether a call can get a key here (a provider, or a key set now).</summary>
    public bool IsConfigured => _provider is not null || Volatile.Read(ref _current) is not null;

    /// <summary>Whether the key comes from a provider (then a configuration reload has nothing to replace).</summary>
    public bool HasProvider => _provider is not null;

    /// <summary>
    /// The <c>Authorization</c> value for the next call. Call <see cref="IsConfigured"/> first: a source without a
    /// key fails here with <see cref="InvalidOperationException"/>.
    /// </summary>
    public ValueTask<AuthenticationHeaderValue?> GetAsync(CancellationToken cancellationToken)
    {
        if (_provider is null)
        {
            return new ValueTask<AuthenticationHeaderValue?>(
                (Volatile.Read(ref _current) ?? throw new InvalidOperationException("No key is configured.")).Header);
        }

        return FromProviderAsync(cancellationToken);
    }

    /// <summary>
    /// Replaces a fixed key (a reloaded configuration); the key was checked by the caller. Null removes it. Returns
    /// whether the key changed.
    /// </summary>
    public bool Replace(string? key)
    {
        if (string.Equals(Volatile.Read(ref _current)?.Raw, key, StringComparison.Ordinal))
        {
            return false;
        }

        Volatile.Write(ref _current, key is null ? null : Remember(key, raw: key));
        return true;
    }

    private async ValueTask<AuthenticationHeaderValue?> FromProviderAsync(CancellationToken cancellationToken)
    {
        string? raw = await _provider!(cancellationToken).ConfigureAwait(false);
        Entry? last = Volatile.Read(ref _current);

        // A provider mostly returns the same key (often the same instance): then the header built for it is reused.
        if (last is not null && string.Equals(last.Raw, raw, StringComparison.Ordinal))
        {
            return last.Header;
        }

        string? key = raw?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            throw OpenRouterErrorFactory.ProvidedKeyMissing(_providerName);
        }

        if (OpenRouterClientOptions.KeyCharacterProblem(key!) is { } problem)
        {
            throw OpenRouterErrorFactory.ProvidedKeyInvalid(_providerName, problem);
        }

        Entry entry = Remember(key!, raw!);
        Volatile.Write(ref _current, entry);
        return entry.Header;
    }

    private Entry Remember(string key, string raw)
    {
        _secrets.Remember(key);
        return new Entry(raw, new AuthenticationHeaderValue("Bearer", key));
    }

    private sealed class Entry
    {
        public Entry(string raw, AuthenticationHeaderValue header)
        {
            Raw = raw;
            Header = header;
        }

        /// <summary>The key as the provider or configuration gave it (before trimming), to recognize it next time.</summary>
        public string Raw { get; }

        public AuthenticationHeaderValue Header { get; }
    }
}
