using Inkstone.Diagrams.Internal.Svg;
using Inkstone.Diagrams.Internal.Text;

namespace Inkstone.Diagrams.Internal.Flowchart;

/// <summary>A class diagram's class: its name (and annotation), then its attributes, then its methods.</summary>
internal sealed class ClassMembers
{
    public string Name { get; set; } = "";

    public string? Annotation { get; set; }

    public List<string> Attributes { get; } = [];

    public List<string> Methods { get; } = [];
}

/// <summary>
/// A class box: three compartments one under the other, the name centred and bold (its annotation in «guillemets»
/// above it), members left-aligned, as Mermaid draws them.
/// </summary>
internal static class ClassBox
{
    private const double PadX = 10;
    private const double PadY = 5;
    private const double MemberSize = 13;

    /// <summary>Every line of the box, top to bottom, for sizes elsewhere and for readers of the structure.</summary>
    public static IReadOnlyList<string> Label(ClassMembers members) =>
        [.. Header(members), .. members.Attributes, .. members.Methods];

    public static (double Width, double Height) Size(ClassMembers members)
    {
        var width = System.Math.Max(TextMetrics.Width(Header(members)) * 1.08, System.Math.Max(TextMetrics.Width(members.Attributes, MemberSize), TextMetrics.Width(members.Methods, MemberSize)));
        var (header, attributes, methods) = Heights(members);
        return (System.Math.Max(width + 2 * PadX, 80), header + attributes + methods);
    }

    public static void Draw(SvgText svg, ClassMembers members, double x, double y, double w, double h)
    {
        string N(double v) => SvgText.Number(v);
        double l = x - w / 2, t = y - h / 2;
        var (header, attributes, _) = Heights(members);
        svg.Raw($"<rect class=\"node-shape\" x=\"{N(l)}\" y=\"{N(t)}\" width=\"{N(w)}\" height=\"{N(h)}\"/>");
        svg.Raw($"<path class=\"node-line\" d=\"M{N(l)},{N(t + header)}H{N(l + w)}M{N(l)},{N(t + header + attributes)}H{N(l + w)}\"/>");
        var lines = Header(members);
        svg.Label(lines, x, t + header / 2, "class-name");
        Members(svg, members.Attributes, l + PadX, t + header + PadY);
        Members(svg, members.Methods, l + PadX, t + header + attributes + PadY);
    }

    private static void Members(SvgText svg, List<string> lines, double left, double top)
    {
        if (lines.Count == 0)
        {
            return;
        }

        string N(double v) => SvgText.Number(v);
        svg.Raw($"<text class=\"class-member\" text-anchor=\"start\" dominant-baseline=\"central\" x=\"{N(left)}\" y=\"{N(top + TextMetrics.LineHeight / 2)}\">");
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Raw($"<tspan x=\"{N(left)}\"{(i > 0 ? $" dy=\"{N(TextMetrics.LineHeight)}\"" : "")}>").Escaped(lines[i]).Raw("</tspan>");
        }

        svg.Raw("</text>");
    }

    private static List<string> Header(ClassMembers members) =>
        members.Annotation is { } annotation ? ["«" + annotation + "»", members.Name] : [members.Name];

    private static (double Header, double Attributes, double Methods) Heights(ClassMembers members)
    {
        static double Part(int lines) => lines * TextMetrics.LineHeight + 2 * PadY;
        return (Part(Header(members).Count), Part(members.Attributes.Count), Part(members.Methods.Count));
    }
}
