namespace Inkstone.Math.Internal;

/// <summary>Writes the node tree as MathML text. All text goes through <see cref="WriteEscaped"/>, so nothing from the input is ever markup.</summary>
internal static class MathWriter
{
    public static void Write(TextWriter output, MathNode node)
    {
        output.Write('<');
        output.Write(node.Element);
        if (node.Attributes is not null)
        {
            output.Write(node.Attributes);
        }
        output.Write('>');
        if (node.Children is { } children)
        {
            foreach (var child in children)
            {
                Write(output, child);
            }
        }
        else if (node.Text is not null)
        {
            WriteEscaped(output, node.Text, attribute: false);
        }
        output.Write("</");
        output.Write(node.Element);
        output.Write('>');
    }

    /// <summary>Escapes markup characters and replaces characters that XML forbids (controls, lone surrogates) with U+FFFD.</summary>
    public static void WriteEscaped(TextWriter output, ReadOnlySpan<char> text, bool attribute)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement;
            if (c >= 0x20 && c < 0xD800 && c is not ('&' or '<' or '>' or '"'))
            {
                continue;
            }
            switch (c)
            {
                case '&':
                    replacement = "&amp;";
                    break;
                case '<':
                    replacement = "&lt;";
                    break;
                case '>':
                    replacement = "&gt;";
                    break;
                case '"':
                    if (!attribute)
                    {
                        continue;
                    }
                    replacement = "&quot;";
                    break;
                case '\t' or '\n' or '\r':
                    if (!attribute)
                    {
                        continue;
                    }
                    replacement = " ";
                    break;
                case < (char)0x20 or '\uFFFE' or '\uFFFF':
                    replacement = "\uFFFD";
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    i++;
                    continue;
                case >= '\uD800' and <= '\uDFFF':
                    replacement = "\uFFFD";
                    break;
                default:
                    continue;
            }
            output.Write(text[start..i]);
            output.Write(replacement);
            start = i + 1;
        }
        output.Write(text[start..]);
    }
}
