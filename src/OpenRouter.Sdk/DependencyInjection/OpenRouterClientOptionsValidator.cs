using Microsoft.Extensions.Options;

namespace OpenRouter.Sdk.DependencyInjection;

/// <summary>Checks registered options when the host starts, with a message that names the wrong setting.</summary>
internal sealed class OpenRouterClientOptionsValidator : IValidateOptions<OpenRouterClientOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenRouterClientOptions options) =>
        options.Validate() is { } problem
            ? ValidateOptionsResult.Fail($"OpenRouter client '{name}': {problem}")
            : ValidateOptionsResult.Success;
}
