using System.Text.Json;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.Tests.Builders;

/// <summary>The exact JSON a request is sent as, and a quote style that keeps expected JSON readable.</summary>
internal static class Wire
{
    public static string Json(ChatCompletionRequest request) =>
        JsonSerializer.Serialize(request, OpenRouterJsonContext.Default.ChatCompletionRequest);

    public static string Json(ChatRequestBuilder builder) => Json(builder.Build());

    /// <summary>Expected JSON written with single quotes: <c>{'model':'m'}</c> becomes <c>{"model":"m"}</c>.</summary>
    public static string Q(string singleQuoted) => singleQuoted.Replace('\'', '"');
}
