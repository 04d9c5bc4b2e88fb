using System.Text;
using System.Text.RegularExpressions;
using Inkstone.Diagrams.Internal.Svg;

namespace Inkstone.Diagrams;

/// <summary>
/// Turns the SVG that Graphviz's <c>dot -Tsvg</c> writes into one the page's theme paints: the XML prolog, doctype and
/// comments go (they hold dot's version), the white background goes, every colour becomes a class (black strokes and
/// fills the text colour, white the surface, any other fill a soft tint and any other stroke or text the accent),
/// ids get the diagram's prefix, and the root gets the same role, title and description as a Mermaid diagram.
/// </summary>
public static partial class GraphvizSvgTheme
{
    /// <summary>The options <c>dot</c> runs with so its text metrics match the theme's diagram font.</summary>
    public static IReadOnlyList<string> DotArguments { get; } =
        ["-Tsvg", "-Gfontname=Liberation Sans", "-Nfontname=Liberation Sans", "-Efontname=Liberation Sans", "-Gbgcolor=transparent"];

    public static string Apply(string dotSvg, DiagramOptions options, string title, string source)
    {
        var start = dotSvg.IndexOf("<svg", StringComparison.Ordinal);
        var end = dotSvg.LastIndexOf("</svg>", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new ArgumentException("The text is not an SVG document.", nameof(dotSvg));
        }

        var body = dotSvg[start..(end + "</svg>".Length)];
        body = Comment().Replace(body, "");
        var rootEnd = body.IndexOf('>', StringComparison.Ordinal);
        var root = body[..rootEnd];
        var rest = body[(rootEnd + 1)..];

        // The page background: dot's first polygon, white or transparent, spanning the graph.
        rest = Background().Replace(rest, "", 1);
        rest = Id().Replace(rest, m => $"{m.Groups["attr"].Value}=\"{options.IdPrefix}-{m.Groups["id"].Value}\"");
        rest = Href().Replace(rest, m => $"xlink:href=\"#{options.IdPrefix}-{m.Groups["id"].Value}\"");
        rest = Shape().Replace(rest, Recolour);
        rest = Lines().Replace(rest, "\n");

        var width = Attribute(root, "width");
        var height = Attribute(root, "height");
        var viewBox = Attribute(root, "viewBox");
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        if (root.Contains("xmlns:xlink", StringComparison.Ordinal))
        {
            svg.Append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
        }

        svg.Append(" class=\"diagram-svg diagram-svg--graphviz\"");
        if (viewBox is not null)
        {
            svg.Append(" viewBox=\"").Append(viewBox).Append('"');
        }

        if (width is not null && height is not null)
        {
            svg.Append(" width=\"").Append(width).Append("\" height=\"").Append(height).Append('"');
        }

        svg.Append($" role=\"img\" aria-labelledby=\"{options.IdPrefix}-title\" aria-describedby=\"{options.IdPrefix}-desc\">");
        svg.Append($"<title id=\"{options.IdPrefix}-title\">").Append(SvgText.Escape(title)).Append("</title>");
        svg.Append($"<desc id=\"{options.IdPrefix}-desc\">").Append(SvgText.Escape(source.Trim())).Append("</desc>");
        svg.Append(rest.Trim());
        return svg.ToString();
    }

    private static string Recolour(Match element)
    {
        var name = element.Groups["name"].Value;
        var attributes = element.Groups["attrs"].Value;
        var classes = new List<string>();
        var kept = ColourAttribute().Replace(attributes, colour =>
        {
            var property = colour.Groups["prop"].Value;
            var value = colour.Groups["value"].Value.Trim().ToLowerInvariant();
            if (value is "none" or "transparent" or "")
            {
                return $" {property}=\"none\"";
            }

            var tone = value is "black" or "#000000" or "#000" ? "fg" : value is "white" or "#ffffff" or "#fff" ? "bg" : property == "fill" && name != "text" ? "soft" : "accent";
            classes.Add($"gv-{(name == "text" ? "text" : property)}-{tone}");
            return "";
        });
        kept = FontFamily().Replace(kept, "");
        return classes.Count == 0 ? $"<{name}{kept}" : $"<{name} class=\"{string.Join(' ', classes)}\"{kept}";
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, "\\s" + name + "=\"(?<value>[^\"]*)\"", RegexOptions.CultureInvariant);
        return match.Success ? match.Groups["value"].Value : null;
    }

    [GeneratedRegex(@"<!--.*?-->\s*", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<polygon fill=""(?:white|transparent|none)"" stroke=""(?:transparent|none)""[^>]*/>\s*")]
    private static partial Regex Background();

    [GeneratedRegex(@"(?<attr>\bid)=""(?<id>[^""]*)""")]
    private static partial Regex Id();

    [GeneratedRegex(@"xlink:href=""#(?<id>[^""]*)""")]
    private static partial Regex Href();

    [GeneratedRegex(@"<(?<name>ellipse|polygon|polyline|path|text|rect|circle|line)(?<attrs>\s[^>]*)")]
    private static partial Regex Shape();

    [GeneratedRegex(@"\s(?<prop>fill|stroke)=""(?<value>[^""]*)""")]
    private static partial Regex ColourAttribute();

    [GeneratedRegex(@"\sfont-family=""[^""]*""")]
    private static partial Regex FontFamily();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Lines();
}
