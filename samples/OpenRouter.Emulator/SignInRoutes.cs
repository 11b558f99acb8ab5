using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// "Sign in with OpenRouter": <c>GET /auth</c> stands for the sign-in page (the user approves at once: it redirects to
/// <c>callback_url?code=…</c>, or shows the code when there is no callback), and <c>POST /api/v1/auth/keys</c>
/// exchanges a code for a key without any bearer key. A code is single-use; a verifier that does not match the
/// challenge gets OpenRouter's 403, an unknown challenge method its 400.
/// </summary>
internal static class SignInRoutes
{
    /// <summary>The prefix of the keys the exchange issues.</summary>
    public const string IssuedKeyPrefix = "sk-or-v1-signin-";

    /// <summary>The user id every exchange answers with.</summary>
    public const string UserId = "user_emulated";

    private static readonly ConditionalWeakTable<EmulatorState, ConcurrentDictionary<string, PendingCode>> Codes = new();

    /// <summary>Maps <c>GET /auth</c> and <c>POST {Prefix}/auth/keys</c>.</summary>
    public static IEndpointRouteBuilder MapSignInRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        endpoints.MapGet("/auth", context => AuthorizeAsync(context, state));
        endpoints.MapPost(EmulatorEndpoints.Prefix + "/auth/keys", context => ExchangeAsync(context, state));
        return endpoints;
    }

    /// <summary>Issues a code for a challenge, as if the user approved, so tests can drive the whole flow.</summary>
    public static string IssueCode(EmulatorState state, string? codeChallenge, string? codeChallengeMethod)
    {
        ArgumentNullException.ThrowIfNull(state);
        string code = "auth_code_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        Codes.GetOrCreateValue(state)[code] = new PendingCode(codeChallenge, codeChallengeMethod);
        return code;
    }

    private static Task AuthorizeAsync(HttpContext context, EmulatorState state)
    {
        IQueryCollection query = context.Request.Query;
        string challenge = query["code_challenge"].ToString();
        string method = query["code_challenge_method"].ToString();
        string callback = query["callback_url"].ToString();
        string code = IssueCode(state, challenge.Length == 0 ? null : challenge, method.Length == 0 ? null : method);
        if (callback.Length == 0)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(code);
        }

        context.Response.Redirect(callback + (callback.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "code=" + Uri.EscapeDataString(code));
        return Task.CompletedTask;
    }

    private static async Task ExchangeAsync(HttpContext context, EmulatorState state)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            await WireJson.WriteErrorAsync(context, 400, "Invalid request parameters");
            return;
        }

        string? code = body?["code"]?.GetValue<string>();
        string? verifier = body?["code_verifier"]?.GetValue<string>();
        string? method = body?["code_challenge_method"]?.GetValue<string>();
        if (string.IsNullOrEmpty(code))
        {
            await WireJson.WriteErrorAsync(context, 400, "Invalid request parameters");
            return;
        }

        if (method is not (null or "S256" or "plain"))
        {
            await WireJson.WriteErrorAsync(context, 400, "Invalid code_challenge_method");
            return;
        }

        // A code is consumed by its first exchange, right or wrong: a replay never succeeds.
        if (!Codes.GetOrCreateValue(state).TryRemove(code, out PendingCode? pending) || !pending.Accepts(verifier, method))
        {
            await WireJson.WriteErrorAsync(context, 403, "Invalid code or code_verifier");
            return;
        }

        string key = IssuedKeyPrefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        await WireJson.WriteAsync(context, 200, new JsonObject { ["key"] = key, ["user_id"] = UserId });
    }

    private sealed record PendingCode(string? Challenge, string? Method)
    {
        public bool Accepts(string? verifier, string? method)
        {
            if (Challenge is null)
            {
                return true;
            }

            if (verifier is null)
            {
                return false;
            }

            string computed = (method ?? Method) == "plain"
                ? verifier
                : Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            return string.Equals(computed, Challenge, StringComparison.Ordinal);
        }
    }
}
