namespace OpenRouter.Sdk.ConformanceTests.Coverage;

/// <summary>A known, accepted difference between a covered operation and the spec.</summary>
/// <param name="OperationId">The operation.</param>
/// <param name="Kind">A <see cref="Spec.FindingKind"/>.</param>
/// <param name="Location">The finding's location, exactly as the harness reports it.</param>
/// <param name="Reason">Why it is accepted: who is right, and what would remove it.</param>
/// <param name="SdkMethod">Only for this SDK method of the operation (e.g. the streaming one); null for all of them.</param>
public sealed record Deviation(string OperationId, string Kind, string Location, string Reason, string? SdkMethod = null)
{
    public string Key => $"{OperationId} {Kind} {Location}";
}
