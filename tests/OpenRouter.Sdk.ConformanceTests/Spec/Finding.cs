namespace OpenRouter.Sdk.ConformanceTests.Spec;

/// <summary>One way a covered operation differs from the spec.</summary>
/// <param name="OperationId">The operation.</param>
/// <param name="Kind">What differs (see <see cref="FindingKind"/>).</param>
/// <param name="Location">Where: a JSON location (<c>/choices/*/message/role</c>; <c>*</c> is any array item), or a parameter name.</param>
/// <param name="Detail">What the check saw; not part of the identity, so a reworded validator message does not break a deviation.</param>
public sealed record Finding(string OperationId, string Kind, string Location, string Detail)
{
    /// <summary>The identity a deviation is matched by.</summary>
    public string Key => $"{OperationId} {Kind} {Location}";

    public override string ToString() => $"{Key} — {Detail}";
}

/// <summary>The kinds of <see cref="Finding"/>.</summary>
public static class FindingKind
{
    /// <summary>The method the SDK sends is not the operation's.</summary>
    public const string RequestMethod = "request-method";

    /// <summary>The path the SDK sends does not match the operation's template.</summary>
    public const string RequestPath = "request-path";

    /// <summary>The SDK sends a query parameter the operation does not declare.</summary>
    public const string RequestQueryUnknown = "request-query-unknown";

    /// <summary>The SDK omits a query parameter the operation requires.</summary>
    public const string RequestQueryMissing = "request-query-missing";

    /// <summary>The JSON body the SDK sends fails the operation's request schema at this location.</summary>
    public const string RequestBody = "request-body";

    /// <summary>A required response member has no typed SDK property; it survives only in <c>AdditionalProperties</c>.</summary>
    public const string ResponseUntyped = "response-untyped";

    /// <summary>A required response member has neither a typed property nor an extension-data bag to land in.</summary>
    public const string ResponseMissing = "response-missing";

    /// <summary>A required response member has a typed property, but it is empty after the SDK read the body.</summary>
    public const string ResponseLost = "response-lost";

    /// <summary>A required member beside the part of the body the SDK method returns (e.g. a list envelope's count).</summary>
    public const string ResponseEnvelopeDropped = "response-envelope-dropped";

    /// <summary>The spec's own success example fails the spec's schema at this location (a spec defect; the example is then not used).</summary>
    public const string SpecExampleInvalid = "spec-example-invalid";

    /// <summary>The SDK failed to read a spec-shaped success body.</summary>
    public const string ResponseUnreadable = "response-unreadable";
}
