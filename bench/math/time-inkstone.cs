#:project ../../src/Inkstone.Math/Inkstone.Math.csproj
#:property Optimize=true
// Stopwatch timing of Inkstone.Math on mix.txt, printed in the same format as compare.mjs so the ratio can be read off one run.
// Usage: dotnet run -c Release time-inkstone.cs [seconds]
using System.Diagnostics;
using System.Globalization;
using Inkstone.Math;

var here = Path.GetDirectoryName(Path.GetFullPath("mix.txt"))!;
var formulas = File.ReadAllLines(Path.Combine(here, "mix.txt")).Where(l => l.Trim().Length > 0)
    .Select(l => l.StartsWith("$$ ", StringComparison.Ordinal) ? (Tex: l[3..], Options: MathRenderOptions.Block) : (Tex: l, Options: MathRenderOptions.Inline))
    .ToArray();
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var compiler = new MathCompiler();
var output = new StringWriter(CultureInfo.InvariantCulture);
for (var i = 0; i < 2000; i++)
{
    output.GetStringBuilder().Clear();
    foreach (var (tex, options) in formulas)
    {
        compiler.Compile(tex, output, options);
    }
}
var passes = 0;
var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var watch = Stopwatch.StartNew();
while (watch.Elapsed.TotalSeconds < seconds)
{
    output.GetStringBuilder().Clear();
    foreach (var (tex, options) in formulas)
    {
        compiler.Compile(tex, output, options);
    }
    passes++;
}
watch.Stop();
// CPU time is reported too: on a shared machine wall time includes waiting for a core.
var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
var count = (double)passes * formulas.Length;
var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / count;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{"inkstone",-8} {watch.Elapsed.TotalMicroseconds / count,8:F2} µs/formula wall {cpu.TotalMicroseconds / count,8:F2} µs/formula cpu  ({passes} passes over {formulas.Length} formulas, {allocated:F0} B allocated/formula)"));
