using System.Text;
using System.Xml.Linq;

namespace Inkstone.Math.Tests.Differential;

/// <summary>
/// Reduces MathML from Temml or Inkstone to what both should agree on: the element structure and the characters.
/// Attributes are dropped (Temml expresses spacing, stretching and styles through classes and CSS; unit tests check ours),
/// presentation-only wrappers are unwrapped and invisible helpers removed.
/// </summary>
internal static class DifferentialNormalizer
{
    private static readonly HashSet<string> Unwrapped = ["mrow", "mstyle", "mpadded", "menclose", "semantics", "a"];
    private static readonly HashSet<string> Dropped = ["mspace", "annotation"];

    public static string Normalize(string markup)
    {
        var math = XElement.Parse(markup);
        var builder = new StringBuilder();
        foreach (var node in Flatten(math.Nodes()))
        {
            Write(builder, node);
        }
        return builder.ToString();
    }

    private static IEnumerable<XNode> Flatten(IEnumerable<XNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node is XElement element)
            {
                var name = element.Name.LocalName;
                if (Dropped.Contains(name) || (name == "mo" && element.Value is "" or "\u2061"))
                {
                    continue;
                }
                if (Unwrapped.Contains(name))
                {
                    foreach (var child in Flatten(element.Nodes()))
                    {
                        yield return child;
                    }
                    continue;
                }
                yield return element;
            }
            else if (node is XText text && !string.IsNullOrWhiteSpace(text.Value))
            {
                yield return text;
            }
        }
    }

    private static void Write(StringBuilder builder, XNode node)
    {
        if (node is XText text)
        {
            builder.Append(Characters(text.Value));
            return;
        }
        var element = (XElement)node;
        var name = element.Name.LocalName;
        builder.Append('(').Append(name);
        var children = Flatten(element.Nodes()).ToList();
        // Script and table elements need their argument boundaries; a flattened mrow argument is bracketed instead.
        var structural = name is "msub" or "msup" or "msubsup" or "munder" or "mover" or "munderover" or "mfrac" or "mroot";
        if (structural)
        {
            foreach (var argument in element.Elements())
            {
                builder.Append(' ');
                var parts = Flatten([argument]).ToList();
                if (parts.Count != 1)
                {
                    builder.Append('[');
                }
                foreach (var part in parts)
                {
                    Write(builder, part);
                }
                if (parts.Count != 1)
                {
                    builder.Append(']');
                }
            }
        }
        else
        {
            foreach (var child in children)
            {
                builder.Append(' ');
                Write(builder, child);
            }
        }
        builder.Append(')');
    }

    /// <summary>Unifies characters that are drawn alike: no-break spaces, the two vertical bars.</summary>
    private static string Characters(string text) =>
        text.Normalize(NormalizationForm.FormC).Replace('\u00A0', ' ').Replace('\u2223', '|').Trim();
}
