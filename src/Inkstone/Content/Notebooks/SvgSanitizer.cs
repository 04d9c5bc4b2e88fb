using System.Text;
using System.Xml;

namespace Inkstone.Content.Notebooks;

/// <summary>
/// Keeps of an SVG output (a matplotlib figure) only the drawing: an allow-list of SVG elements, no script, no
/// <c>foreignObject</c>, no event handler, and no reference to anything outside the file (<c>href</c> and
/// <c>url(...)</c> only to <c>#ids</c> of the same file, no <c>@import</c>). Written anew with an XML writer, so the
/// file is well-formed whatever came in. Null when the text is not an SVG document.
/// </summary>
internal static class SvgSanitizer
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "symbol", "use", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan",
        "textPath", "title", "desc", "clipPath", "mask", "pattern", "marker", "linearGradient", "radialGradient", "stop", "style",
        "filter", "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix", "feComposite", "feFlood", "feMerge", "feMergeNode", "feMorphology",
    };

    /// <summary>Elements that run or show something from elsewhere; any other unknown element is dropped quietly (matplotlib's metadata).</summary>
    private static readonly HashSet<string> Dangerous = new(StringComparer.Ordinal)
    {
        "script", "foreignObject", "image", "feImage", "iframe", "a", "animate", "set", "animateTransform", "animateMotion", "handler",
    };

    public static SanitizedMarkup? Sanitize(string svg)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        var output = new StringBuilder();
        var unsafeFound = false;
        try
        {
            using var reader = XmlReader.Create(new StringReader(svg), settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg" || reader.NamespaceURI != SvgNamespace)
            {
                return null;
            }

            using (var writer = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false }))
            {
                var rootDepth = reader.Depth;
                while (!reader.EOF)
                {
                    switch (reader.NodeType)
                    {
                        case XmlNodeType.Element when reader.NamespaceURI != SvgNamespace || !Kept.Contains(reader.LocalName):
                            unsafeFound |= Dangerous.Contains(reader.LocalName);
                            reader.Skip();
                            continue;
                        case XmlNodeType.Element when reader.LocalName == "style":
                            var css = reader.ReadElementContentAsString();
                            if (IsSafeStyle(css))
                            {
                                writer.WriteStartElement("style", SvgNamespace);
                                writer.WriteString(css);
                                writer.WriteEndElement();
                            }
                            else
                            {
                                unsafeFound = true;
                            }

                            continue;
                        case XmlNodeType.Element:
                            var empty = reader.IsEmptyElement;
                            var atRoot = reader.Depth == rootDepth;
                            writer.WriteStartElement(reader.Prefix, reader.LocalName, SvgNamespace);
                            unsafeFound |= !CopyAttributes(reader, writer);
                            if (empty)
                            {
                                writer.WriteEndElement();
                                if (atRoot)
                                {
                                    writer.Flush();
                                    return new SanitizedMarkup(output.ToString(), unsafeFound, false);
                                }
                            }

                            break;
                        case XmlNodeType.EndElement:
                            writer.WriteFullEndElement();
                            if (reader.Depth == rootDepth)
                            {
                                writer.Flush();
                                return new SanitizedMarkup(output.ToString(), unsafeFound, false);
                            }

                            break;
                        case XmlNodeType.Text:
                        case XmlNodeType.CDATA:
                        case XmlNodeType.SignificantWhitespace:
                        case XmlNodeType.Whitespace:
                            writer.WriteString(reader.Value);
                            break;
                    }

                    reader.Read();
                }
            }

            return null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <returns>False when an attribute was left out because it could run script or load something.</returns>
    private static bool CopyAttributes(XmlReader reader, XmlWriter writer)
    {
        var safe = true;
        if (!reader.MoveToFirstAttribute())
        {
            return true;
        }

        do
        {
            var name = reader.LocalName;
            var value = reader.Value;
            if (reader.NamespaceURI == XmlnsNamespace)
            {
                if (value is SvgNamespace or XlinkNamespace)
                {
                    writer.WriteAttributeString(reader.Prefix, name, XmlnsNamespace, value);
                }

                continue;
            }

            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                safe = false;
                continue;
            }

            var isHref = name == "href" && (reader.NamespaceURI is "" or XlinkNamespace);
            if ((isHref && !value.TrimStart().StartsWith('#')) || !IsSafeStyle(value))
            {
                safe = false;
                continue;
            }

            if (reader.NamespaceURI is "" or XlinkNamespace or XmlNamespace)
            {
                writer.WriteAttributeString(reader.Prefix, name, reader.NamespaceURI, value);
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
        return safe;
    }

    /// <summary>CSS or an attribute value that refers to nothing outside the file: every <c>url(</c> to a <c>#fragment</c>, no <c>@import</c>, no script.</summary>
    private static bool IsSafeStyle(string value)
    {
        var lower = value.ToLowerInvariant();
        if (lower.Contains("@import", StringComparison.Ordinal) || lower.Contains("javascript:", StringComparison.Ordinal) || lower.Contains("expression(", StringComparison.Ordinal))
        {
            return false;
        }

        var at = 0;
        while ((at = lower.IndexOf("url(", at, StringComparison.Ordinal)) >= 0)
        {
            var rest = lower.AsSpan(at + 4).TrimStart().TrimStart("'\"");
            if (!rest.StartsWith("#"))
            {
                return false;
            }

            at += 4;
        }

        return true;
    }
}
