using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using OpenRouter.Sdk.ConformanceTests.Spec;
using RichardSzalay.MockHttp;

namespace OpenRouter.Sdk.ConformanceTests.Coverage;

/// <summary>Runs a covered operation against MockHttp and compares what crossed the wire with the spec.</summary>
public static class ConformanceHarness
{
    private const string BasePath = "/api/v1";

    /// <summary>What the SDK sent.</summary>
    public sealed record SentRequest(HttpMethod Method, Uri Uri, string? Body);

    /// <summary>Calls the SDK with <paramref name="responseBody"/> (JSON, or the SSE data of one chunk) as the success answer.</summary>
    public static async Task<(SentRequest Request, object? Result, Exception? Error)> RunAsync(CoveredOperation operation, JsonNode? responseBody, CancellationToken cancellationToken)
    {
        SentRequest? sent = null;
        using var mock = new MockHttpMessageHandler();
        mock.Fallback.Respond(async request =>
        {
            string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            sent ??= new SentRequest(request.Method, request.RequestUri!, body);
            // The spec describes a stream's event as an object whose 'data' member is the event's data line.
            string text = operation.IsStream
                ? "data: " + responseBody?["data"]?.ToJsonString() + "\n\ndata: [DONE]\n\n"
                : responseBody?.ToJsonString() ?? "null";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(text, Encoding.UTF8, operation.ResponseMediaType) };
        });

        using var http = new HttpClient(mock);
        using var client = new OpenRouterClient(http, new OpenRouterClientOptions
        {
            ApiKey = "sk-or-v1-conformance-0123456789abcdef0123456789abcdef",
            ManagementKey = "sk-or-v1-management-0123456789abcdef0123456789abcdef",
        });

        object? result = null;
        Exception? error = null;
        try
        {
            result = await operation.Invoke(client, cancellationToken);
        }
        catch (OpenRouterException e)
        {
            error = e;
        }
        catch (System.Text.Json.JsonException e)
        {
            error = e;
        }

        return (sent ?? throw new InvalidOperationException($"{operation} sent no request."), result, error);
    }

    /// <summary>Method, path, query names and JSON body against the operation.</summary>
    public static IEnumerable<Finding> CheckRequest(SpecOperation spec, SentRequest request)
    {
        if (request.Method != spec.Method)
        {
            yield return new Finding(spec.OperationId, FindingKind.RequestMethod, spec.Method.Method, $"the SDK sends {request.Method}");
        }

        string path = request.Uri.AbsolutePath;
        string relative = path.StartsWith(BasePath + "/", StringComparison.Ordinal) ? path[BasePath.Length..] : path;
        if (!spec.MatchesPath(Uri.UnescapeDataString(relative)))
        {
            yield return new Finding(spec.OperationId, FindingKind.RequestPath, spec.Path, $"the SDK sends {path}");
        }

        var sentNames = QueryNames(request.Uri).ToHashSet(StringComparer.Ordinal);
        var declared = spec.Parameters.Where(p => p.In == "Query").ToList();
        foreach (string name in sentNames.Where(n => declared.All(p => p.Name != n)).Order(StringComparer.Ordinal))
        {
            yield return new Finding(spec.OperationId, FindingKind.RequestQueryUnknown, name, "the spec declares no such query parameter");
        }

        foreach (SpecParameter required in declared.Where(p => p.Required && !sentNames.Contains(p.Name)))
        {
            yield return new Finding(spec.OperationId, FindingKind.RequestQueryMissing, required.Name, "required by the spec, not sent");
        }

        if (spec.RequestBodySchema is { } schema && request.Body is { Length: > 0 } body)
        {
            EvaluationResults results = OpenApiSpec.Instance.Schemas.Evaluate(schema, JsonNode.Parse(body));
            foreach (Finding finding in SchemaFindings(spec.OperationId, FindingKind.RequestBody, results))
            {
                yield return finding;
            }
        }
    }

    /// <summary>
    /// The failures of a request-body evaluation, one per instance location: the deepest failing locations only
    /// (a union that no branch accepts is reported where it failed, with the branches' complaints as detail).
    /// </summary>
    public static IEnumerable<Finding> SchemaFindings(string operationId, string kind, EvaluationResults results)
    {
        if (results.IsValid)
        {
            yield break;
        }

        var failed = new List<EvaluationResults>();
        CollectFailures(results, failed);
        var errors = failed
            .GroupBy(r => r.InstanceLocation.ToString())
            .ToList();
        var locations = errors.Select(g => g.Key).ToList();
        foreach (var group in errors)
        {
            // A failure whose location contains a deeper failing location is the consequence of that one.
            if (locations.Any(other => other.Length > group.Key.Length && other.StartsWith(group.Key + "/", StringComparison.Ordinal)))
            {
                continue;
            }

            string detail = string.Join("; ", group.SelectMany(r => r.Errors!.Select(e => $"{e.Key}: {e.Value}")).Distinct().Take(4));
            yield return new Finding(operationId, kind, group.Key.Length == 0 ? "/" : group.Key, detail);
        }
    }

    /// <summary>Failing nodes with errors, not descending into a passing node (a passing union's losing branches are no failure).</summary>
    private static void CollectFailures(EvaluationResults node, List<EvaluationResults> failed)
    {
        if (node.IsValid)
        {
            return;
        }

        if (node.Errors is { Count: > 0 })
        {
            failed.Add(node);
        }

        foreach (EvaluationResults child in node.Details ?? [])
        {
            CollectFailures(child, failed);
        }
    }

    private static IEnumerable<string> QueryNames(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => Uri.UnescapeDataString(pair.Split('=')[0]));
}
