namespace OpenRouter.Sdk;

/// <summary>
/// The client's two secrets, the API key and the management key, as redaction sees them: both are removed, in any
/// form a server may echo them, from every text bound for an exception or a log record.
/// </summary>
internal sealed class ClientSecrets
{
    /// <summary>No secret of the client's own; only text shaped like a key is removed.</summary>
    public static readonly ClientSecrets None = new(null, null);

    public ClientSecrets(string? apiKey, string? managementKey)
    {
        ApiKey = apiKey;
        ManagementKey = managementKey;
    }

    /// <summary>The inference key, or null when the client has none.</summary>
    public string? ApiKey { get; }

    /// <summary>The management key, or null when the client has none.</summary>
    public string? ManagementKey { get; }
}
