using System.Collections.Generic;
using System.Text.Json;

namespace OpenRouter.Sdk;

/// <summary>A <c>{"data": ..., "meta": ...}</c> answer, whose unmodelled members may hold a 200's <c>error</c>.</summary>
internal interface IDatasetAnswer
{
    IDictionary<string, JsonElement>? AdditionalProperties { get; }
}
