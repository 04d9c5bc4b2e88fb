using System.Runtime.CompilerServices;
using Inkstone.Highlighting.Tests.TextMate;

namespace Inkstone.Highlighting.Tests.Differential;

/// <summary>One block of the corpus: the code, Inkstone's language name and shiki's for the same language.</summary>
internal sealed record DifferentialBlock(string Language, string ShikiLanguage, string Code, string Source, bool Core);

/// <summary>
/// The corpus, assembled when the test runs, never committed as other projects' text: the golden samples, the longer
/// blocks of <c>Differential/Corpus</c> (original, written for this comparison) and the TextMate snippets written for Inkstone's own tests, and files that pinned installs already put on the machine
/// (Python's standard library, MIT-licensed JavaScript and TypeScript of shiki's own package, the .NET SDK's MSBuild
/// files), each cut to its first lines.
/// </summary>
internal static class DifferentialCorpus
{
    private const int MaxLinesPerFile = 400;

    // Golden samples whose language shiki has under another name; console, pycon, ansi and text are left out, since
    // their output lines are not code in either highlighter.
    private static readonly Dictionary<string, string> ShikiNames = new(StringComparer.Ordinal)
    {
        ["bash"] = "shellscript",
        ["dockerfile"] = "docker",
        ["mysql"] = "sql",
        ["postgresql"] = "sql",
    };

    private static readonly HashSet<string> NotCompared = ["console", "pycon", "ansi", "text"];

    public static IReadOnlyList<DifferentialBlock> Assemble()
    {
        var blocks = new List<DifferentialBlock>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestsRoot(), "Inkstone.Highlighting.Tests", "Samples")).Where(f => !f.EndsWith(".tokens", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileName(file).Split('.')[0];
            if (!NotCompared.Contains(language))
            {
                blocks.Add(new(language, ShikiNames.GetValueOrDefault(language, language), File.ReadAllText(file), $"Samples/{Path.GetFileName(file)}", Core: true));
            }
        }

        // Longer blocks written for this comparison, so that a core language is not judged on its one golden sample.
        foreach (var file in Directory.GetFiles(Path.Combine(TestsRoot(), "Inkstone.Highlighting.Tests", "Differential", "Corpus")).Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileName(file).Split('.')[0];
            blocks.Add(new(language, ShikiNames.GetValueOrDefault(language, language), File.ReadAllText(file), $"Differential/Corpus/{Path.GetFileName(file)}", Core: true));
        }

        foreach (var (language, code) in TextMateSnippets.ByLanguage.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            blocks.Add(new(language, language, code, "TextMateSnippets", Core: false));
        }

        AddInstalled(blocks, "python", "python", PythonStandardLibrary("textwrap.py"), core: true);
        AddInstalled(blocks, "python", "python", PythonStandardLibrary("heapq.py"), core: true);
        var shiki = Path.Combine(TestsRoot(), "shiki", "node_modules");
        AddInstalled(blocks, "javascript", "javascript", Path.Combine(shiki, "ccount", "index.js"), core: true);
        AddInstalled(blocks, "javascript", "javascript", Path.Combine(shiki, "@shikijs", "core", "dist", "index.mjs"), core: true);
        AddInstalled(blocks, "typescript", "typescript", Path.Combine(shiki, "@shikijs", "types", "dist", "index.d.mts"), core: true);
        AddInstalled(blocks, "xml", "xml", Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "sdk"), core: true);
        return blocks;
    }

    private static void AddInstalled(List<DifferentialBlock> blocks, string language, string shikiLanguage, string? path, bool core)
    {
        if (path is not null && Directory.Exists(path))
        {
            path = Directory.EnumerateFiles(path, "Microsoft.Common.CurrentVersion.targets", SearchOption.AllDirectories).FirstOrDefault();
        }

        if (path is null || !File.Exists(path))
        {
            return;
        }

        var code = string.Join('\n', File.ReadLines(path).Take(MaxLinesPerFile)) + "\n";
        blocks.Add(new(language, shikiLanguage, code, path, core));
    }

    private static string? PythonStandardLibrary(string file) =>
        Directory.Exists("/usr/lib") ? Directory.GetDirectories("/usr/lib", "python3*").Select(d => Path.Combine(d, file)).FirstOrDefault(File.Exists) : null;

    public static string TestsRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
