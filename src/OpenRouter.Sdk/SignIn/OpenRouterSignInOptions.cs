using System;

namespace OpenRouter.Sdk;

/// <summary>
/// Settings of <see cref="OpenRouterSignIn"/>. Unlike <see cref="OpenRouterClientOptions"/> there is no key here:
/// signing in is how the app gets one.
/// </summary>
public sealed class OpenRouterSignInOptions
{
    /// <summary>The default <see cref="AuthorizationUrl"/>, OpenRouter's sign-in page.</summary>
    public static readonly Uri DefaultAuthorizationUrl = new("https://openrouter.ai/auth");

    /// <summary>The API root that receives the code exchange (<c>POST /auth/keys</c>); https, or http on a loopback host for tests.</summary>
    public Uri BaseUrl { get; set; } = OpenRouterClientOptions.DefaultBaseUrl;

    /// <summary>The page the user signs in on; the SDK adds <c>callback_url</c>, <c>code_challenge</c> and <c>code_challenge_method</c> to it.</summary>
    public Uri AuthorizationUrl { get; set; } = DefaultAuthorizationUrl;

    /// <summary>The app's URL, sent as <c>HTTP-Referer</c> with the code exchange (app attribution).</summary>
    public string? HttpReferer { get; set; }

    /// <summary>The app's name, sent as <c>X-OpenRouter-Title</c> with the code exchange (app attribution).</summary>
    public string? AppTitle { get; set; }

    /// <summary>The longest the code exchange may take; default 60 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long <see cref="OpenRouterSignIn.SignInWithBrowserAsync"/> waits for the browser to come back to the app
    /// (the user may need to log in first); default 5 minutes. <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> waits until cancelled.
    /// </summary>
    public TimeSpan CallbackTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The clock of both timeouts; replace it in tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
