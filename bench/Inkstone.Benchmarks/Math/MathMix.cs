using Inkstone.Math;

namespace Inkstone.Benchmarks.Math;

/// <summary>Reads bench/math/mix.txt: one formula per line, "$$ " marks display math.</summary>
public static class MathMix
{
    public static (string Tex, MathRenderOptions Options)[] Load(string path) =>
        [.. File.ReadAllLines(path).Where(line => line.Trim().Length > 0).Select(line => line.StartsWith("$$ ", StringComparison.Ordinal)
            ? (line[3..], MathRenderOptions.Block)
            : (line, MathRenderOptions.Inline))];

    /// <summary>Finds bench/math/mix.txt by walking up from the working directory (BenchmarkDotNet runs from a generated folder).</summary>
    public static string FindMixFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "bench", "math", "mix.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "bench", "math", "mix.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("bench/math/mix.txt not found above " + AppContext.BaseDirectory);
    }
}
