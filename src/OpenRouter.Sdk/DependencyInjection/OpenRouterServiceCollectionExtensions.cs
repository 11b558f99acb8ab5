using System;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenRouter.Sdk;
using OpenRouter.Sdk.DependencyInjection;
using OpenRouter.Sdk.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IOpenRouterClient"/>, <see cref="OpenRouterClient"/> and its area clients with an application's services.</summary>
public static class OpenRouterServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> (and of the options) registered by the unkeyed <c>AddOpenRouter</c>.</summary>
    public const string HttpClientName = "OpenRouter";

    /// <summary>
    /// Registers <see cref="IOpenRouterClient"/>, <see cref="OpenRouterClient"/> and its area clients
    /// (<see cref="OpenRouterActivityClient"/>, ...) as singletons configured in code. The options are validated when the host starts. The named <see cref="HttpClient"/> (<see cref="HttpClientName"/>)
    /// sends through the SDK's resilience pipeline (<c>AddResilienceHandler</c>, pipeline <c>OpenRouter-sdk</c>; the same as
    /// <see cref="OpenRouterResilienceHandler"/>) and a handler that never follows redirects. Resilience handlers that the
    /// app's <c>ConfigureHttpClientDefaults</c> puts on every client (Aspire's standard one) are removed from this client,
    /// so it has exactly one resilience layer; the returned builder adds handlers (after the SDK's) or changes the primary one.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddOpenRouter(this IServiceCollection services, Action<OpenRouterClientOptions> configure)
    {
        ThrowIfNull(services, nameof(services));
        ThrowIfNull(configure, nameof(configure));
        services.AddOptions<OpenRouterClientOptions>(HttpClientName).Configure(configure);
        return AddCore(services, HttpClientName, serviceKey: null);
    }

    /// <summary>
    /// Registers <see cref="IOpenRouterClient"/> and <see cref="OpenRouterClient"/> as singletons bound to configuration:
    /// pass the <c>OpenRouter</c> section (<c>builder.Configuration.GetSection("OpenRouter")</c>); given the
    /// configuration root, its <c>OpenRouter</c> section is used. Keys: <c>ApiKey</c>, <c>ManagementKey</c>, <c>BaseUrl</c>, <c>HttpReferer</c>,
    /// <c>AppTitle</c>, <c>AppCategories</c>, <c>RequestTimeout</c>, <c>StreamResponseTimeout</c>, <c>StreamIdleTimeout</c>,
    /// <c>EnableRetries</c>, <c>MaxRetries</c>, <c>RetryBaseDelay</c>, <c>RetryMaxDelay</c>, <c>MaxRetryAfter</c>,
    /// <c>GenerationLookupTimeout</c> (durations as <c>hh:mm:ss</c>), <c>EnableGenAIMetrics</c>, <c>HttpVersion</c> (such as
    /// <c>2.0</c>), <c>HttpVersionPolicy</c> (such as <c>RequestVersionExact</c>), <c>Budget:Limit</c>, <c>Budget:Window</c>, <c>Budget:KeyLimitCheckInterval</c>
    /// and <c>Budget:KeyLimitReserve</c> (a spend ceiling, one per registration name), <c>RateLimit:Requests</c> and
    /// <c>RateLimit:Window</c> (a client-side rate limit, one per registration name), <c>CircuitBreaker:FailureRatio</c>,
    /// <c>CircuitBreaker:MinimumThroughput</c>, <c>CircuitBreaker:SamplingDuration</c> and <c>CircuitBreaker:BreakDuration</c>
    /// (an opt-in circuit breaker). Otherwise as <see cref="AddOpenRouter(IServiceCollection, Action{OpenRouterClientOptions})"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The <c>OpenRouter</c> section, or the configuration root.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddOpenRouter(this IServiceCollection services, IConfiguration configuration)
    {
        ThrowIfNull(services, nameof(services));
        ThrowIfNull(configuration, nameof(configuration));
        IConfiguration section = SectionOf(configuration);
        services.AddOptions<OpenRouterClientOptions>(HttpClientName).Configure(o => OpenRouterOptionsBinder.Bind(section, o));
        services.AddSingleton<IOptionsChangeTokenSource<OpenRouterClientOptions>>(new ConfigurationReloadTokenSource(HttpClientName, section));
        return AddCore(services, HttpClientName, serviceKey: null);
    }

    /// <summary>
    /// Registers a keyed <see cref="IOpenRouterClient"/>, <see cref="OpenRouterClient"/> and area clients such as
    /// <see cref="OpenRouterActivityClient"/>, all under the same key (resolve with
    /// <c>[FromKeyedServices("...")]</c> or <c>GetRequiredKeyedService</c>), for apps that use several keys or settings.
    /// Its <see cref="HttpClient"/> and options are named <c>OpenRouter:&lt;serviceKey&gt;</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The service key.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddOpenRouter(this IServiceCollection services, string serviceKey, Action<OpenRouterClientOptions> configure)
    {
        ThrowIfNull(services, nameof(services));
        ThrowIfNull(configure, nameof(configure));
        string name = NameFor(serviceKey);
        services.AddOptions<OpenRouterClientOptions>(name).Configure(configure);
        return AddCore(services, name, serviceKey);
    }

    /// <summary>Registers a keyed client bound to a configuration section (see the other overloads).</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The service key.</param>
    /// <param name="configuration">The section holding this client's settings.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddOpenRouter(this IServiceCollection services, string serviceKey, IConfiguration configuration)
    {
        ThrowIfNull(services, nameof(services));
        ThrowIfNull(configuration, nameof(configuration));
        string name = NameFor(serviceKey);
        services.AddOptions<OpenRouterClientOptions>(name).Configure(o => OpenRouterOptionsBinder.Bind(configuration, o));
        services.AddSingleton<IOptionsChangeTokenSource<OpenRouterClientOptions>>(new ConfigurationReloadTokenSource(name, configuration));
        return AddCore(services, name, serviceKey);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, string name, string? serviceKey)
    {
        services.AddOptions<OpenRouterClientOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OpenRouterClientOptions>, OpenRouterClientOptionsValidator>());

        IHttpClientBuilder builder = services.AddHttpClient(name)
            .ConfigurePrimaryHttpMessageHandler(static () => OpenRouterHttpHandlers.CreatePrimary())
            .ConfigureHttpClient(static c => c.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            // IHttpClientFactory's own records carry every header value in their structured state, which log sinks
            // export as attributes; RedactLoggedHeaders redacts only the formatted message. Authorization holds the key
            // and a server may echo a key in any response header (X-Generation-Id, say), so this client has none of
            // those loggers: the SDK's own records (category OpenRouter.Sdk.OpenRouterClient) say what each call did.
            // A caller who adds a factory logger back to the returned builder still gets redacted messages.
            .RemoveAllLoggers()
            .RedactLoggedHeaders(static _ => true);

        // Exactly one resilience layer, the SDK's: a handler put on every client by the app's defaults (Aspire's service
        // defaults add the standard one) is removed before the SDK's own is added. Handlers added to the returned
        // builder come after this and stay.
        RemoveResilienceHandlersAddedSoFar(builder);
        builder.AddResilienceHandler(OpenRouterResilience.PipelineName, (pipeline, context) =>
        {
            RequestRateLimiter? limiter = OpenRouterResilience.Configure(pipeline, OptionsFor(context.ServiceProvider, name));
            if (limiter is not null)
            {
                context.OnPipelineDisposed(limiter.Dispose);
            }
        });

        if (serviceKey is null)
        {
            services.TryAddSingleton(sp => CreateClient(sp, name));
            services.TryAddSingleton<IOpenRouterClient>(static sp => sp.GetRequiredService<OpenRouterClient>());
        }
        else
        {
            services.AddKeyedSingleton(serviceKey, (sp, _) => CreateClient(sp, name));
            services.AddKeyedSingleton<IOpenRouterClient>(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key));
        }

        AddAreaClients(services, serviceKey);

        return builder;
    }

    /// <summary>
    /// Registers each area client as the registered client's own instance (<see cref="OpenRouterClient.Activity"/>, ...),
    /// so it shares the client's pipeline, options and lifetime. A new area adds one line to each branch.
    /// </summary>
    private static void AddAreaClients(IServiceCollection services, string? serviceKey)
    {
        if (serviceKey is null)
        {
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Activity);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Guardrails);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Keys);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Byok);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().SignIn);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Presets);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Workspaces);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Scim);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Observability);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Organization);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Videos);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Files);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Responses);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Images);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Audio);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Rerank);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Models);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Generations);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Datasets);
            services.TryAddSingleton(static sp => sp.GetRequiredService<OpenRouterClient>().Messages);
        }
        else
        {
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Activity);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Guardrails);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Keys);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Byok);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).SignIn);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Presets);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Workspaces);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Scim);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Observability);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Organization);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Videos);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Files);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Responses);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Images);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Audio);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Rerank);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Models);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Generations);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Datasets);
            services.AddKeyedSingleton(serviceKey, static (sp, key) => sp.GetRequiredKeyedService<OpenRouterClient>(key).Messages);
        }
    }

    /// <summary>
    /// Removes the resilience handlers the client's builder holds at this point of its configuration: those of
    /// <c>ConfigureHttpClientDefaults</c> (which always run before a named client's own configuration), not those
    /// added later to the builder <c>AddOpenRouter</c> returns. Without this, an app-wide standard handler would wrap the
    /// SDK's pipeline: its 10 s attempt timeout would cut a slow model's answer and retry it, and its retries would
    /// multiply the SDK's.
    /// </summary>
    private static void RemoveResilienceHandlersAddedSoFar(IHttpClientBuilder builder)
    {
        // RemoveAllResilienceHandlers is marked experimental (EXTEXP0001): its shape may change in a later version of
        // Microsoft.Extensions.Http.Resilience. It is the one experimental API the SDK uses, knowingly, here only; the
        // tests that stack ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler()) around AddOpenRouter
        // catch a change in its behaviour.
#pragma warning disable EXTEXP0001
        builder.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
    }

    /// <summary>
    /// The client asks the factory for an HttpClient on every call, so handler rotation (DNS changes) reaches a
    /// singleton; the factory pools the handlers, so this costs no new connections.
    /// </summary>
    private static OpenRouterClient CreateClient(IServiceProvider services, string name)
    {
        IHttpClientFactory factory = services.GetRequiredService<IHttpClientFactory>();
        var client = new OpenRouterClient(() => factory.CreateClient(name), OptionsFor(services, name));
        client.FollowKeyReloads(services.GetRequiredService<IOptionsMonitor<OpenRouterClientOptions>>(), name);
        return client;
    }

    private static OpenRouterClientOptions OptionsFor(IServiceProvider services, string name)
    {
        OpenRouterClientOptions options = services.GetRequiredService<IOptionsMonitor<OpenRouterClientOptions>>().Get(name).Clone();
        options.LoggerFactory ??= services.GetService<ILoggerFactory>();
        return options;
    }

    private static IConfiguration SectionOf(IConfiguration configuration) =>
        configuration is IConfigurationSection ? configuration : configuration.GetSection(OpenRouterClientOptions.SectionName);

    private static string NameFor(string serviceKey)
    {
        if (string.IsNullOrWhiteSpace(serviceKey))
        {
            throw new ArgumentException("A service key is required.", nameof(serviceKey));
        }

        return HttpClientName + ":" + serviceKey;
    }

    private static void ThrowIfNull(object? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }
    }
}
