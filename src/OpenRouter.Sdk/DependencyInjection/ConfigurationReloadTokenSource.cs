using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace OpenRouter.Sdk.DependencyInjection;

/// <summary>
/// Tells the options monitor that the named options change when their configuration reloads, so a registered client
/// follows a rotated key (<see cref="OpenRouterClient.FollowKeyReloads"/>). What
/// <c>ConfigurationChangeTokenSource</c> does, without the package that holds it.
/// </summary>
internal sealed class ConfigurationReloadTokenSource : IOptionsChangeTokenSource<OpenRouterClientOptions>
{
    private readonly IConfiguration _configuration;

    public ConfigurationReloadTokenSource(string name, IConfiguration configuration)
    {
        Name = name;
        _configuration = configuration;
    }

    public string Name { get; }

    public IChangeToken GetChangeToken() => _configuration.GetReloadToken();
}
