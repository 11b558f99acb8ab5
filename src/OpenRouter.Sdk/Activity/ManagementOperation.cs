using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Sdk.Http;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// Sends an operation that OpenRouter serves only to management keys: with <see cref="OpenRouterClientOptions.ManagementKey"/>
/// (the pipeline fails before any request when it is not set), reading the <c>{"data": ...}</c> answer, and turning
/// the server's 403 into an error that says a management key is needed. Every management area sends through here.
/// </summary>
internal static class ManagementOperation
{
    /// <summary>Where management keys are created; named in every refusal.</summary>
    internal const string ManagementKeysPage = "https://openrouter.ai/settings/management-keys";

    /// <summary>Sends <c>GET</c> <paramref name="path"/> (query included) and returns the answer's <c>data</c>.</summary>
    public static async Task<T> GetDataAsync<T>(OpenRouterPipeline pipeline, string path, JsonTypeInfo<DataEnvelope<T>> responseType,
        CancellationToken cancellationToken)
        where T : class
    {
        DataEnvelope<T> envelope;
        try
        {
            envelope = await pipeline.SendAsync(HttpMethod.Get, path, null, responseType,
                static e => ErrorMember(e.AdditionalProperties), OpenRouterCredential.ManagementKey, cancellationToken).ConfigureAwait(false);
        }
        catch (OpenRouterPermissionDeniedException e) when (e is not OpenRouterModerationException)
        {
            throw NeedsManagementKey(pipeline, "GET /" + PathOnly(path), e);
        }

        return envelope.Data ?? throw new OpenRouterInvalidResponseException($"OpenRouter answered GET /{PathOnly(path)} without its 'data' member.");
    }

    /// <summary>The server refused the configured management key (403): the message says what key the call needs.</summary>
    private static OpenRouterPermissionDeniedException NeedsManagementKey(OpenRouterPipeline pipeline, string operation, OpenRouterPermissionDeniedException e) =>
        new(
            $"{operation} was refused (HTTP 403): OpenRouter serves it only to a management key, and the key in OpenRouterClientOptions.ManagementKey " +
            $"(or {OpenRouterClientOptions.ManagementKeyEnvironmentVariable}) is not one; an inference API key does not work here. " +
            $"Create a management key at {ManagementKeysPage}. Server message: " + SecretRedactor.Redact(e.Message, pipeline.Options.ResolveManagementKey()),
            e)
        {
            StatusCode = e.StatusCode,
            ErrorCode = e.ErrorCode,
            ErrorType = e.ErrorType,
            ProviderName = e.ProviderName,
            ProviderRawError = e.ProviderRawError,
            Metadata = e.Metadata,
            GenerationId = e.GenerationId,
            ResponseBody = e.ResponseBody,
        };

    /// <summary>A 200 whose body is <c>{"error":...}</c> (an object or a message string) lands the error in the extension data.</summary>
    private static JsonElement? ErrorMember(IDictionary<string, JsonElement>? extra) =>
        extra is not null && extra.TryGetValue("error", out JsonElement error) && error.ValueKind is JsonValueKind.Object or JsonValueKind.String
            ? error
            : null;

    private static string PathOnly(string path) => path.IndexOf('?') is int q and >= 0 ? path.Substring(0, q) : path;
}
