using System.Globalization;
using System.IO.Hashing;
using System.Net;
using System.Text;
using Inkstone.Diagnostics;
using Inkstone.Diagrams;
using Markdig.Syntax;

namespace Inkstone.Markdown.Diagrams;

/// <summary>
/// Draws each <c>```mermaid</c> fence with <see cref="MermaidRenderer"/> and each <c>```dot</c>/<c>```graphviz</c> fence with
/// Graphviz's <c>dot</c>, at build time, as an SVG figure the theme colours. A fence that cannot be drawn (a syntax error,
/// a Mermaid type Inkstone does not draw, no <c>dot</c> on the machine) is reported at its line and left as a code block.
/// Runs before the code blocks are prepared, which then skip the drawn ones.
/// </summary>
internal static class DiagramPreparer
{
    public static void Prepare(MarkdownDocument document, string sourcePath, int firstBodyLine, PostRenderContext context)
    {
        var ordinal = 0;
        foreach (var block in document.Descendants<FencedCodeBlock>().ToList())
        {
            var language = Language(block.Info);
            if (language is null)
            {
                continue;
            }

            var source = block.Lines.ToString();
            ordinal++;
            var options = new DiagramOptions { IdPrefix = IdPrefix(source, ordinal) };
            // The fence's first content line is the line after the opening fence.
            var at = new SourceLocation(sourcePath, block.Line + firstBodyLine + 1, block.Column + 1);
            var html = language == "mermaid" ? Mermaid(source, options, at, context) : Graphviz(source, options, at, context);
            if (html is not null)
            {
                block.SetData(typeof(RenderedDiagram), new RenderedDiagram(html));
            }
        }
    }

    public static bool IsDiagram(string language) => Language(language) is not null;

    private static string? Language(string? info) => info?.ToLowerInvariant() switch
    {
        "mermaid" => "mermaid",
        "dot" or "graphviz" => "dot",
        _ => null,
    };

    private static string? Mermaid(string source, DiagramOptions options, SourceLocation fence, PostRenderContext context)
    {
        var result = MermaidRenderer.Render(source, options);
        foreach (var error in result.Errors)
        {
            var location = fence with { Line = fence.Line + error.Line - 1, Column = fence.Column + error.Column - 1 };
            switch (error.Kind)
            {
                case DiagramErrorKind.UnsupportedType:
                    context.Diagnostics.Warning(DiagnosticIds.DiagramTypeUnsupported, location, error.Message,
                        "Draw it as a flowchart or sequence diagram, or as a ```dot graph; or leave it, and readers see its source.");
                    break;
                case DiagramErrorKind.Ignored:
                    context.Diagnostics.Warning(DiagnosticIds.DiagramStatementIgnored, location, error.Message, null);
                    break;
                default:
                    context.Diagnostics.Add(new Diagnostic(DiagnosticIds.DiagramSyntax, context.Strict ? Severity.Error : Severity.Warning, location,
                        error.Message + " The diagram is shown as its source.", null));
                    break;
            }
        }

        return result.Svg is { } svg ? Figure("mermaid", svg, source, options, context) : null;
    }

    private static string? Graphviz(string source, DiagramOptions options, SourceLocation fence, PostRenderContext context)
    {
        var runner = context.Graphviz;
        context.Dependencies?.ToolVersion("dot", runner.Version);
        if (runner.Version is null)
        {
            context.Diagnostics.Warning(DiagnosticIds.GraphvizMissing, fence with { Line = fence.Line - 1 },
                "Graphviz's dot is not installed, so this graph is shown as its source.",
                "Install Graphviz (Debian and Ubuntu: sudo apt-get install graphviz; macOS: brew install graphviz) and build again.");
            return null;
        }

        var output = runner.Render(source);
        if (output.Svg is null)
        {
            var (line, message) = DotErrorLine(output.Error ?? "dot failed");
            context.Diagnostics.Add(new Diagnostic(DiagnosticIds.DiagramSyntax, context.Strict ? Severity.Error : Severity.Warning,
                line is { } l ? fence with { Line = fence.Line + l - 1 } : fence, message + " The graph is shown as its source.", null));
            return null;
        }

        var svg = GraphvizSvgTheme.Apply(output.Svg, options, "Graph", source);
        return Figure("graphviz", svg, source, options, context);
    }

    /// <summary>dot's first message, and the line it names ("syntax error in line 3 near '-&gt;'").</summary>
    private static (int? Line, string Message) DotErrorLine(string error)
    {
        var first = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? error;
        var match = System.Text.RegularExpressions.Regex.Match(first, @"line (\d+)");
        int? line = match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        first = first.StartsWith("Error: ", StringComparison.Ordinal) ? first["Error: ".Length..] : first;
        first = first.Replace("<stdin>: ", "", StringComparison.Ordinal);
        return (line, "Graphviz: " + first.TrimEnd('.') + ".");
    }

    /// <summary>
    /// The figure: the SVG, then the source in a closed <c>details</c> for readers who want the text. Its id prefix comes
    /// from the source's hash and the fence's place in the post, so ids never clash on a page listing several posts.
    /// </summary>
    private static string Figure(string kind, string svg, string source, DiagramOptions options, PostRenderContext context)
    {
        var html = new StringBuilder();
        html.Append("<figure class=\"diagram diagram--").Append(kind).Append("\">");
        html.Append("<div class=\"diagram__canvas\">").Append(svg).Append("</div>");
        html.Append("<details class=\"diagram__source\"><summary>").Append(context.Words.Site.DiagramSource.Replace("{kind}", kind == "mermaid" ? "Mermaid" : "Graphviz", StringComparison.Ordinal)).Append("</summary>");
        html.Append("<pre><code>").Append(WebUtility.HtmlEncode(source.TrimEnd())).Append("</code></pre></details>");
        html.Append("</figure>");
        return html.ToString();
    }

    private static string IdPrefix(string source, int ordinal)
    {
        var hash = XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(source));
        return "diagram-" + hash.ToString("x8", CultureInfo.InvariantCulture) + "-" + ordinal.ToString(CultureInfo.InvariantCulture);
    }
}
