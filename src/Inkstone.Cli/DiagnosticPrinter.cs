using Inkstone.Diagnostics;

namespace Inkstone.Cli;

/// <summary>
/// Prints diagnostics like a compiler: <c>path:line:col: error ID: message</c>, the source line with a
/// caret under the column, and the hint.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, string siteRoot, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
            var line = SourceLine(siteRoot, diagnostic.Location);
            if (line is not null)
            {
                var number = diagnostic.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                writer.WriteLine($"  {number} | {line}");
                var column = System.Math.Clamp(diagnostic.Location.Column, 1, line.Length + 1);
                writer.WriteLine($"  {new string(' ', number.Length)} | {CaretPadding(line, column)}^");
            }

            if (diagnostic.Hint is not null)
            {
                writer.WriteLine($"  = hint: {diagnostic.Hint}");
            }
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
