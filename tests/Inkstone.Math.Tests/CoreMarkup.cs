using System.Globalization;
using System.Xml.Linq;

namespace Inkstone.Math.Tests;

/// <summary>Checks that markup uses only MathML Core elements and attributes (plus an HTML link inside a token element).</summary>
internal static class CoreMarkup
{
    private static readonly HashSet<string> Elements =
    [
        "math", "semantics", "annotation", "mrow", "mi", "mn", "mo", "mtext", "mspace", "ms", "mfrac", "msqrt", "mroot", "mstyle", "merror",
        "mpadded", "mphantom", "msub", "msup", "msubsup", "munder", "mover", "munderover", "mmultiscripts", "mprescripts", "mtable", "mtr", "mtd",
    ];

    private static readonly HashSet<string> Attributes =
    [
        "display", "class", "id", "style", "mathcolor", "mathbackground", "mathsize", "displaystyle", "scriptlevel", "dir", "lspace", "rspace",
        "stretchy", "symmetric", "maxsize", "minsize", "largeop", "movablelimits", "form", "fence", "separator", "accent", "accentunder",
        "linethickness", "width", "height", "depth", "voffset", "encoding", "mathvariant",
    ];

    /// <summary>Returns null when the markup is Core, or a description of the first violation.</summary>
    public static string? Violation(XElement root)
    {
        if (root.Name.LocalName == "span")
        {
            return root.Attribute("class")?.Value.StartsWith("math-error", StringComparison.Ordinal) == true ? null : "unexpected span";
        }
        foreach (var element in root.DescendantsAndSelf())
        {
            var name = element.Name.LocalName;
            if (name == "a")
            {
                if (element.Parent?.Name.LocalName != "mtext" || element.Attributes().Any(a => a.Name.LocalName != "href")
                    || !element.Attribute("href")!.Value.StartsWith('#'))
                {
                    return "a link outside mtext or with attributes other than a fragment href";
                }
                continue;
            }
            if (!Elements.Contains(name))
            {
                return $"element {name} is not MathML Core";
            }
            foreach (var attribute in element.Attributes())
            {
                var attributeName = attribute.Name.LocalName;
                if (!Attributes.Contains(attributeName))
                {
                    return $"attribute {attributeName} on {name} is not MathML Core";
                }
                if (attributeName == "mathvariant" && (attribute.Value != "normal" || name != "mi"
                    || new StringInfo(element.Value).LengthInTextElements != 1))
                {
                    return $"mathvariant=\"{attribute.Value}\" on <{name}>{element.Value}</{name}>";
                }
            }
        }
        return null;
    }
}
