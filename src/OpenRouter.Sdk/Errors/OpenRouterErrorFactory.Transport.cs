using System;
using System.IO;
using System.Net.Http;

namespace OpenRouter.Sdk;

/// <summary>Failures of the connection and of the client's own set-up: nothing the server said.</summary>
internal static partial class OpenRouterErrorFactory
{
    /// <summary>Sending failed before a response arrived (refused, reset, DNS, TLS); the transport's text may quote anything, so it is cleaned.</summary>
    public static OpenRouterConnectionException SendFailed(string host, Exception e, ClientSecrets secrets) =>
        e is HttpRequestException
            ? new($"Could not reach OpenRouter at {host}: {SecretRedactor.Redact(e.Message, secrets)}", e)
            : new($"The connection to {host} failed: {SecretRedactor.Redact(e.Message, secrets)}", e);

    /// <summary>The connection dropped while a (non-streamed) body was being read.</summary>
    public static OpenRouterConnectionException BodyDropped(Exception e) =>
        new("The connection dropped while the response body was being read.", e);

    /// <summary>A redirect answer: never followed, so the Authorization header cannot travel to another origin.</summary>
    public static OpenRouterException Redirect(HttpResponseMessage response, ClientSecrets secrets)
    {
        int status = (int)response.StatusCode;
        return new OpenRouterException($"OpenRouter answered with a redirect (HTTP {status}); redirects are not followed so the API key never reaches another address. Check OpenRouterClientOptions.BaseUrl.")
        {
            StatusCode = status,
            GenerationId = GenerationIdOf(response, secrets),
        };
    }

    /// <summary>
    /// Whether reading a body failed in its decompressor: gzip and deflate throw <see cref="InvalidDataException"/>,
    /// brotli an <see cref="InvalidOperationException"/> from System.IO.Compression.
    /// </summary>
    public static bool IsUndecodable(Exception e) =>
        e is InvalidDataException || (e is InvalidOperationException && e.Source is { } source && source.StartsWith("System.IO.Compression", StringComparison.Ordinal));

    /// <summary>An operation that needs the management key, on a client without one: refused before any request.</summary>
    public static InvalidOperationException ManagementKeyMissing(string operation) =>
        new($"{operation} needs a management key, which is a different secret from the API key: set OpenRouterClientOptions.ManagementKey " +
            $"(configuration key '{OpenRouterClientOptions.SectionName}:ManagementKey') or the {OpenRouterClientOptions.ManagementKeyEnvironmentVariable} environment variable. " +
            "Create one at https://openrouter.ai/settings/management-keys.");

    /// <summary>An operation that needs the API key, on a client with only a management key: refused before any request.</summary>
    public static InvalidOperationException ApiKeyMissing(string operation) =>
        new($"{operation} needs an API key: set OpenRouterClientOptions.ApiKey (configuration key '{OpenRouterClientOptions.SectionName}:ApiKey') " +
            $"or the {OpenRouterClientOptions.ApiKeyEnvironmentVariable} environment variable. This client has only a management key, which OpenRouter refuses for inference.");

    /// <summary>A key provider (<see cref="OpenRouterClientOptions.ApiKeyProvider"/>, ...) returned nothing: the call is not sent.</summary>
    public static InvalidOperationException ProvidedKeyMissing(string provider) =>
        new($"OpenRouterClientOptions.{provider} returned no key (null, empty or whitespace); the call was not sent.");

    /// <summary>A key provider returned a key that cannot be sent as <c>Bearer &lt;key&gt;</c>: the call is not sent, the key not shown.</summary>
    public static InvalidOperationException ProvidedKeyInvalid(string provider, string problem) =>
        new($"OpenRouterClientOptions.{provider} returned a key that {problem} The call was not sent.");

    /// <summary>A reloaded configuration whose key cannot be used: the client keeps sending its previous key.</summary>
    public static string ReloadedKeyRejected(string problem) =>
        $"The reloaded OpenRouter configuration was not applied to the client's keys, which stay as they were: {problem}";
}
