using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OpenRouter.Sdk.Benchmarks;

/// <summary>
/// In-process runs of 15 iterations (the server lives in the same process; allocations are process-wide, so they include the
/// server's share, the same for every client) with allocations and a chunks-per-second column.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        // Client and server share the machine, so single iterations move a lot: 15 measured iterations after 5
        // warm-ups keep the ratios steady where 3 did not.
        AddJob(Job.ShortRun.WithWarmupCount(5).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance).WithId("InProcess-15"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new PerSecondColumn());
        AddColumn(StatisticColumn.Median);
        HideColumns(Column.Error);
        WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));
    }

    /// <summary>Operations per second from the mean; for streaming benchmarks an operation is one chunk.</summary>
    private sealed class PerSecondColumn : IColumn
    {
        public string Id => "PerSecond";

        public string ColumnName => "Ops/s (chunks/s)";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Operations per second (1 / Mean); in streaming benchmarks one operation is one chunk";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (1e9 / mean.Value).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
