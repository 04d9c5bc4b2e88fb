using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Inkstone.Benchmarks.Highlighting;

/// <summary>Adds "Lines/s" to the summary: lines in the benchmark's input divided by its mean time.</summary>
internal sealed class LinesPerSecondColumn : IColumn
{
    public string Id => nameof(LinesPerSecondColumn);

    public string ColumnName => "Lines/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Input lines divided by the mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var lines = HighlighterBenchmarks.LinesOf(benchmarkCase.Descriptor.WorkloadMethod.Name);
        return mean is > 0 && lines > 0 ? (lines / (mean.Value / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
