using System.Text;

namespace Inkstone.Highlighting;

/// <summary>A sink that writes a whole block as HTML into one builder, lines separated by '\n'.</summary>
internal sealed class HtmlBlockWriter(StringBuilder html) : IHighlightSink
{
    public void BeginLine(int lineIndex)
    {
        if (lineIndex > 0)
        {
            html.Append('\n');
        }
    }

    public void Token(TokenKind kind, ReadOnlySpan<char> text) => HtmlText.AppendToken(html, kind, text);

    public void EndLine()
    {
    }
}
