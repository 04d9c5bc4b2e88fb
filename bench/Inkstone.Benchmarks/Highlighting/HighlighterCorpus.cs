using System.Runtime.CompilerServices;
using System.Text;

namespace Inkstone.Benchmarks.Highlighting;

/// <summary>
/// Benchmark input: the golden-test samples (realistic, reviewed code) repeated to a few thousand lines,
/// so the numbers describe typical blog code rather than a synthetic worst case.
/// </summary>
internal static class HighlighterCorpus
{
    public const int PythonRepeats = 100;
    public const int CppRepeats = 100;
    public const int MixRepeats = 20;

    /// <summary>The languages of the mixed corpus: what ML and algorithm posts mostly show.</summary>
    public static readonly string[] MixFiles =
    [
        "python.py", "cpp.cpp", "csharp.cs", "javascript.js", "typescript.ts", "go.go", "rust.rs", "bash.sh",
        "console.console", "json.json", "yaml.yaml", "toml.toml", "sql.sql", "html.html", "css.css", "latex.tex",
    ];

    public static string Sample(string fileName) => File.ReadAllText(Path.Combine(SamplesDirectory(), fileName));

    public static string Repeat(string fileName, int times)
    {
        var sample = Sample(fileName).TrimEnd('\n') + "\n";
        var text = new StringBuilder(sample.Length * times);
        for (var i = 0; i < times; i++)
        {
            text.Append(sample);
        }

        return text.ToString();
    }

    /// <summary>
    /// The real code of the highlighting differential corpus as files: the golden samples and
    /// <c>Differential/Corpus</c>, each with its language (the file name's first part).
    /// </summary>
    public static IEnumerable<(string Language, string Code)> DifferentialFiles() =>
        new[] { SamplesDirectory(), Path.Combine(SamplesDirectory(), "..", "Differential", "Corpus") }
            .SelectMany(Directory.EnumerateFiles)
            .Where(f => !f.EndsWith(".tokens", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f).Split('.')[0], File.ReadAllText(f)));

    public static int CountLines(string code) => code.Count(c => c == '\n') + (code.EndsWith('\n') ? 0 : 1);

    private static string SamplesDirectory([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "tests", "Inkstone.Highlighting.Tests", "Samples"));
}
