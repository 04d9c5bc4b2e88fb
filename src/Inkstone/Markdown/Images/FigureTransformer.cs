using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Images;

/// <summary>Wraps each paragraph that is a single titled image into a <see cref="FigureBlock"/>.</summary>
internal static class FigureTransformer
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>().ToList())
        {
            if (paragraph.Inline is { } inline && Single(inline) is LinkInline { IsImage: true, Title: { Length: > 0 } title } && paragraph.Parent is { } parent)
            {
                var index = parent.IndexOf(paragraph);
                parent.RemoveAt(index);
                var figure = new FigureBlock { Caption = title, Line = paragraph.Line, Column = paragraph.Column, Span = paragraph.Span };
                figure.Add(paragraph);
                parent.Insert(index, figure);
            }
        }
    }

    private static Inline? Single(ContainerInline container)
    {
        Inline? found = null;
        foreach (var child in container)
        {
            if (child is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = child;
        }

        return found;
    }
}
