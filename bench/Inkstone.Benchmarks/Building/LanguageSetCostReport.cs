using System.Diagnostics;
using Inkstone.Benchmarks.Highlighting;
using Inkstone.Building;
using Inkstone.Highlighting;
using Inkstone.Highlighting.TextMate;
using Inkstone.Markdown.CodeBlocks;
using Inkstone.Output;

namespace Inkstone.Benchmarks.Building;

/// <summary>
/// What the wider language set (the TextMate grammars) costs a whole build: the same site built cold (empty caches)
/// with the hand-written lexers alone and with the grammars too, alternately in one process so machine load falls on
/// both alike, timed in the process's processor time (and wall clock); then the core lexers' and the TextMate path's
/// lines per second on the site's code blocks, in the thread's processor time; then the TextMate path on the languages a
/// build gives to a grammar (bash, SQL, LaTeX, ...), on the differential corpus's real code, since the benchmark corpus
/// holds none; and a deeply nested block on that path, which the depth bound keeps to a few hundred lines of work.
/// Run: dotnet run -c Release --project bench/Inkstone.Benchmarks -- --language-set-cost DIR [ROUNDS]
/// </summary>
internal static class LanguageSetCostReport
{
    public static void Run(string site, int rounds)
    {
        var files = new Inkstone.FileSystem.PhysicalFileSystem(site);
        var options = new BuildOptions();
        BuildCaches HandWritten() => new() { Highlights = new HighlightCache(new SyntaxHighlighter()) };
        BuildCaches WithGrammars() => new();

        // Warm-up: load and compile the code of both configurations before timing.
        SiteBuilder.Run(files, new MemoryOutput(), options, HandWritten());
        var grammarCaches = WithGrammars();
        SiteBuilder.Run(files, new MemoryOutput(), options, grammarCaches);

        var without = new List<(double Cpu, double Wall)>();
        var with = new List<(double Cpu, double Wall)>();
        for (var round = 0; round < rounds; round++)
        {
            // Alternate which goes first, so a trend in the machine's load does not favour one.
            if (round % 2 == 0)
            {
                without.Add(Time(() => SiteBuilder.Run(files, new MemoryOutput(), options, HandWritten())));
                with.Add(Time(() => SiteBuilder.Run(files, new MemoryOutput(), options, WithGrammars())));
            }
            else
            {
                with.Add(Time(() => SiteBuilder.Run(files, new MemoryOutput(), options, WithGrammars())));
                without.Add(Time(() => SiteBuilder.Run(files, new MemoryOutput(), options, HandWritten())));
            }
        }

        var cpuWithout = Median(without.Select(t => t.Cpu));
        var cpuWith = Median(with.Select(t => t.Cpu));
        Console.WriteLine($"cold builds, {rounds} of each, alternating; medians:");
        Console.WriteLine($"  hand-written lexers only:  {cpuWithout:0} ms processor, {Median(without.Select(t => t.Wall)):0} ms wall  (all CPU: {string.Join(", ", without.Select(t => t.Cpu.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"  with the TextMate grammars: {cpuWith:0} ms processor, {Median(with.Select(t => t.Wall)):0} ms wall  (all CPU: {string.Join(", ", with.Select(t => t.Cpu.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"  ratio (processor time, with / without): {cpuWith / cpuWithout:0.000}");

        var blocks = grammarCaches.Highlights.Entries.Select(e => e.Key).ToList();
        var languages = blocks.GroupBy(b => b.Item1).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"code blocks in the site: {blocks.Count:N0} ({string.Join(", ", languages)})");
        var hand = new SyntaxHighlighter();
        var grammars = TextMateLanguages.Create().Where(l => !l.ReplacesHandWritten).ToDictionary(l => l.Name, StringComparer.Ordinal);
        var grammarNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["cpp"] = "cpp", ["python"] = "python", ["go"] = "go" };
        Console.WriteLine($"core lexers: {LinesPerSecond(hand, blocks, (h, name) => h.TryResolve(name, out var l) ? l : null):N0} lines/s (one thread, processor time)");
        Console.WriteLine($"TextMate path, same blocks through VS Code's grammars: {LinesPerSecond(hand, blocks, (_, name) => grammars.GetValueOrDefault(grammarNames.GetValueOrDefault(name, name))):N0} lines/s");

        var build = new SyntaxHighlighter(TextMateLanguages.Create());
        Console.WriteLine($"code blocks in the site that a build highlights by grammar: {blocks.Count(b => IsGrammar(build, b.Item1))}");
        var real = HighlighterCorpus.DifferentialFiles().Where(f => IsGrammar(build, f.Language)).ToList();
        var repeated = Enumerable.Repeat(real, GrammarRounds).SelectMany(f => f).Select(f => (f.Language, f.Code)).ToList();
        Console.WriteLine($"TextMate path, the languages a build highlights by grammar, on the differential corpus's {real.Count} files of them "
            + $"({string.Join(", ", real.Select(f => f.Language).Distinct())}; {real.Sum(f => HighlighterCorpus.CountLines(f.Code)):N0} lines, {GrammarRounds} rounds): "
            + $"{LinesPerSecond(build, repeated, (h, name) => h.TryResolve(name, out var l) ? l : null):N0} lines/s");

        build.TryResolve("bash", out var bash);
        var nested = string.Concat(Enumerable.Repeat("echo $(\n", 160_000));
        var started = ThreadCpuTime.Now();
        build.HighlightLines(bash, nested);
        Console.WriteLine($"160,000 lines of `echo $(` on the TextMate path (plain past the depth bound): {(ThreadCpuTime.Now() - started).TotalMilliseconds:0} ms processor time");
    }

    private const int GrammarRounds = 20;

    private static bool IsGrammar(SyntaxHighlighter highlighter, string name) =>
        highlighter.TryResolve(name, out var language) && language.Lexer is TextMateLexer or Inkstone.Highlighting.Lexers.ShellBlockLexer { Script: TextMateLexer };

    private static double LinesPerSecond(SyntaxHighlighter highlighter, List<(string, string)> blocks, Func<SyntaxHighlighter, string, HighlightLanguage?> resolve)
    {
        // One pass to compile what compiles on first use, then the timed pass.
        var chosen = blocks.Select(b => (Language: resolve(highlighter, b.Item1), Code: b.Item2)).Where(b => b.Language is not null).ToList();
        foreach (var (language, code) in chosen.Take(50))
        {
            highlighter.HighlightLines(language!, code);
        }

        var lines = 0L;
        var started = ThreadCpuTime.Now();
        foreach (var (language, code) in chosen)
        {
            lines += highlighter.HighlightLines(language!, code).Count;
        }

        return lines / (ThreadCpuTime.Now() - started).TotalSeconds;
    }

    private static (double Cpu, double Wall) Time(Action build)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        build();
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalMilliseconds, wall.Elapsed.TotalMilliseconds);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
