using System.Globalization;
using System.Text;
using Inkstone.Diagnostics;

namespace Inkstone.Server.Live;

/// <summary>The diagnostics of a failed rebuild for the browser overlay, each with the source lines around it.</summary>
internal static class OverlayJson
{
    public static string Write(IEnumerable<Diagnostic> diagnostics, string siteRoot) =>
        DiagnosticJson.Write(diagnostics, source: d => Source(siteRoot, d.Location));

    private static string? Source(string siteRoot, SourceLocation location)
    {
        var path = Path.Combine(siteRoot, location.Path);
        if (location.Line <= 0 || !File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path);
        var builder = new StringBuilder();
        for (var n = System.Math.Max(1, location.Line - 2); n <= System.Math.Min(lines.Length, location.Line + 2); n++)
        {
            builder.Append(n == location.Line ? "> " : "  ").Append(n.ToString(CultureInfo.InvariantCulture).PadLeft(4)).Append(" | ").Append(lines[n - 1]).Append('\n');
            if (n == location.Line)
            {
                builder.Append(new string(' ', 9 + System.Math.Max(0, location.Column - 1))).Append("^\n");
            }
        }

        return builder.ToString().TrimEnd('\n');
    }
}
