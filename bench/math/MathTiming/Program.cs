// Times one build of Inkstone.Math on bench/math/mix.txt for a few seconds of processor time and prints one line: CPU and wall µs per
// formula and bytes allocated per formula. bench/math/compare-compiler.sh runs two builds of it in turn.
// Usage: MathTiming MIX-FILE [seconds]
using System.Diagnostics;
using System.Globalization;
using Inkstone.Math;

var formulas = File.ReadAllLines(args[0]).Where(l => l.Trim().Length > 0)
    .Select(l => l.StartsWith("$$ ", StringComparison.Ordinal) ? (Tex: l[3..], Options: MathRenderOptions.Block) : (Tex: l, Options: MathRenderOptions.Inline))
    .ToArray();
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 2;
var compiler = new MathCompiler();
var output = new StringWriter(CultureInfo.InvariantCulture);

void Pass()
{
    output.GetStringBuilder().Clear();
    foreach (var (tex, options) in formulas)
    {
        compiler.Compile(tex, output, options);
    }
}

// Warm-up by processor time, not wall time: on a loaded machine the JIT's background tier-1 compilation waits for a
// core too, and a wall-clock warm-up of a few seconds can leave the hot methods at tier 0 for the whole measurement.
var process = Process.GetCurrentProcess();
TimeSpan Cpu()
{
    process.Refresh();
    return process.TotalProcessorTime;
}

var start = Cpu();
while ((Cpu() - start).TotalSeconds < 2)
{
    Pass();
}
var passes = 0;
var cpuBefore = Cpu();
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var watch = Stopwatch.StartNew();
while ((Cpu() - cpuBefore).TotalSeconds < seconds)
{
    Pass();
    passes++;
}
watch.Stop();
var cpu = Cpu() - cpuBefore;
var count = (double)passes * formulas.Length;
var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / count;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"cpu_us={cpu.TotalMicroseconds / count:F3} wall_us={watch.Elapsed.TotalMicroseconds / count:F3} bytes={allocated:F0} formulas={formulas.Length} passes={passes}"));
