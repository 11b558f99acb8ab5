namespace OpenRouter.Sdk.IntegrationTests.Infrastructure;

/// <summary>
/// Tests that assert a wall-clock bound on real sockets (the server sees a disconnect within 1 s): they run alone,
/// after the parallel tests, so a 2-core machine busy with other socket tests cannot stretch the bound.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WallClockCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Wall-clock bounds";
}
