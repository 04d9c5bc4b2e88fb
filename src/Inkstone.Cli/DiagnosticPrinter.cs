using Inkstone.Diagnostics;

namespace Inkstone.Cli;

/// <summary>
/// Prints diagnostics like a compiler: <c>path:line:col: error ID: message</c>, the source line with a
/// caret under the column, and the hint. A flood of one kind (thousands of missing images in an imported
/// site) is printed as its first few and a count per file, so the rest of the report stays readable;
/// <c>inkstone check --format json</c> gives them all.
/// </summary>
internal static class DiagnosticPrinter
{
    /// <summary>How many diagnostics of one id are printed in full before the rest are counted.</summary>
    public const int ShownPerId = 5;

    public static void Print(IEnumerable<Diagnostic> diagnostics, string siteRoot, TextWriter writer)
    {
        var all = diagnostics.ToList();
        var floods = all.GroupBy(d => d.Id).Where(g => g.Count() > ShownPerId * 2).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in all)
        {
            if (floods.ContainsKey(diagnostic.Id) && (shown[diagnostic.Id] = shown.GetValueOrDefault(diagnostic.Id) + 1) > ShownPerId)
            {
                continue;
            }

            PrintOne(diagnostic, siteRoot, writer);
        }

        foreach (var (id, flood) in floods.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var rest = flood.Skip(ShownPerId).ToList();
            var severity = flood[0].Severity == Severity.Error ? "error" : "warning";
            var files = rest.GroupBy(d => d.Location.Path).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            writer.WriteLine($"... and {rest.Count} more {severity}{(rest.Count == 1 ? "" : "s")} {id} in {files.Count} file{(files.Count == 1 ? "" : "s")}:");
            foreach (var file in files.Take(10))
            {
                writer.WriteLine($"  {TerminalText.Escape(file.Key)}: {file.Count()}");
            }

            if (files.Count > 10)
            {
                writer.WriteLine($"  ... {files.Count - 10} more files");
            }

            writer.WriteLine("  = hint: 'inkstone check --format json' lists every one.");
        }
    }

    private static void PrintOne(Diagnostic diagnostic, string siteRoot, TextWriter writer)
    {
        writer.WriteLine(TerminalText.Escape(diagnostic.ToString()));
        var line = SourceLine(siteRoot, diagnostic.Location);
        if (line is not null)
        {
            var number = diagnostic.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var column = System.Math.Clamp(diagnostic.Location.Column, 1, line.Length + 1);
            var before = TerminalText.Escape(line[..(column - 1)]);
            writer.WriteLine($"  {number} | {TerminalText.Escape(line)}");
            writer.WriteLine($"  {new string(' ', number.Length)} | {CaretPadding(before, before.Length + 1)}^");
        }

        if (diagnostic.Hint is not null)
        {
            writer.WriteLine($"  = hint: {TerminalText.Escape(diagnostic.Hint)}");
        }
    }

    private static string? SourceLine(string siteRoot, SourceLocation location)
    {
        if (location.Line <= 0)
        {
            return null;
        }

        var path = Path.Combine(siteRoot, location.Path);
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).Skip(location.Line - 1).FirstOrDefault();
        return line?.TrimEnd('\r');
    }

    // Wide characters (Chinese) take two terminal cells, so the caret pads them with two spaces.
    private static string CaretPadding(string line, int column)
    {
        var padding = new System.Text.StringBuilder();
        foreach (var c in line.AsSpan(0, column - 1))
        {
            padding.Append(c == '\t' ? "\t" : c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60)) ? "  " : " ");
        }

        return padding.ToString();
    }
}
