using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Inkstone.Benchmarks.Highlighting;

/// <summary>A short run (the machine is shared) with the lines-per-second column.</summary>
internal sealed class HighlighterBenchmarkConfig : ManualConfig
{
    public HighlighterBenchmarkConfig()
    {
        AddJob(Job.ShortRun);
        AddColumn(new LinesPerSecondColumn());
    }
}
