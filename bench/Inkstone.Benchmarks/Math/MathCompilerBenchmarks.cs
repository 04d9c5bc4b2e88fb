using BenchmarkDotNet.Attributes;
using Inkstone.Math;

namespace Inkstone.Benchmarks.Math;

/// <summary>
/// Compiles the realistic mix in bench/math/mix.txt (mostly short inline formulas, one in ten display math).
/// Each invocation compiles the whole mix, so Mean and Allocated are per formula.
/// Run: dotnet run -c Release --project bench/Inkstone.Benchmarks -- --filter '*MathCompilerBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class MathCompilerBenchmarks
{
    /// <summary>Lines in mix.txt; checked in <see cref="Setup"/> because OperationsPerInvoke must be a constant.</summary>
    private const int FormulaCount = 99;

    private readonly MathCompiler _compiler = new();
    private readonly StringWriter _output = new(System.Globalization.CultureInfo.InvariantCulture);
    private (string Tex, MathRenderOptions Options)[] _formulas = [];

    [GlobalSetup]
    public void Setup()
    {
        _formulas = MathMix.Load(MathMix.FindMixFile());
        if (_formulas.Length != FormulaCount)
        {
            throw new InvalidOperationException($"mix.txt has {_formulas.Length} formulas; update FormulaCount.");
        }
    }

    [Benchmark(OperationsPerInvoke = FormulaCount, Description = "Compile one formula of the mix")]
    public int CompileMix()
    {
        var builder = _output.GetStringBuilder();
        builder.Clear();
        var errors = 0;
        foreach (var (tex, options) in _formulas)
        {
            errors += _compiler.Compile(tex, _output, options).Errors.Count;
        }
        return errors + builder.Length;
    }
}
