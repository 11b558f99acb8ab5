using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk.Http;

/// <summary>The lists that OpenRouter pages with <c>offset</c> and <c>limit</c>, read as one lazy sequence.</summary>
internal sealed partial class OpenRouterPipeline
{
    /// <summary>
    /// Pages through <paramref name="path"/> with <c>offset</c> and <c>limit</c> (then the query
    /// <paramref name="filter"/> adds), fetching a page only when the enumeration reaches it. A page shorter than
    /// <paramref name="pageSize"/> is the last one, so a list that fits one page costs one request; a caller who
    /// cancelled while using a page gets no further request; a null item is skipped rather than handed out.
    /// </summary>
    public async IAsyncEnumerable<T> PagesAsync<T>(ApiPath path, Func<ApiPath, ApiPath>? filter, JsonTypeInfo<DataEnvelope<List<T>>> pageType,
        int pageSize, OpenRouterCredential credential, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        string limit = pageSize.ToString(CultureInfo.InvariantCulture);
        for (int offset = 0; ; offset += pageSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ApiPath page = path.Query("offset", offset.ToString(CultureInfo.InvariantCulture)).Query("limit", limit);
            page = filter is null ? page : filter(page);
            List<T> items = await GetDataAsync(page, pageType, credential, cancellationToken).ConfigureAwait(false);
            foreach (T item in items)
            {
                if (item is not null)
                {
                    yield return item;
                }
            }

            if (items.Count < pageSize)
            {
                yield break;
            }
        }
    }
}
