namespace OpenRouter.Sdk.Http;

/// <summary>Which of the client's two secrets an operation is sent with.</summary>
internal enum OpenRouterCredential
{
    /// <summary>The inference key, <see cref="OpenRouterClientOptions.ApiKey"/>.</summary>
    ApiKey,

    /// <summary>The management key, <see cref="OpenRouterClientOptions.ManagementKey"/>, required by account administration.</summary>
    ManagementKey,

    /// <summary>No key at all: the sign-in code exchange (<c>POST /auth/keys</c>), which runs before the user has a key.</summary>
    None,
}
