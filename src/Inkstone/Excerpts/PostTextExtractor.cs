using Inkstone.Markdown.Callouts;
using Inkstone.Markdown.Math;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Excerpts;

/// <summary>
/// Walks a parsed post and lists its visible content in reading order: prose, inline formulas and
/// code, and one piece for each display formula or code block. Images, raw HTML and footnote
/// definitions are left out. Excerpts, word counts and the search index all read this one list.
/// </summary>
internal static class PostTextExtractor
{
    /// <param name="stopAt">A block at which to stop (the <c>&lt;!-- more --&gt;</c> marker), or null.</param>
    public static IReadOnlyList<TextPiece> Extract(MarkdownDocument document, Block? stopAt = null)
    {
        var pieces = new List<TextPiece>();
        Walk(document, pieces, stopAt);
        return pieces;
    }

    private static bool Walk(ContainerBlock container, List<TextPiece> pieces, Block? stopAt)
    {
        foreach (var block in container)
        {
            if (ReferenceEquals(block, stopAt))
            {
                return false;
            }

            switch (block)
            {
                case FootnoteGroup:
                    break;
                case CalloutBlock callout:
                    var lead = string.Join(' ', new[] { callout.Icon, callout.Title }.Where(s => s is not null));
                    if (lead.Length > 0)
                    {
                        pieces.Add(new TextPiece(TextPieceKind.Text, lead + " "));
                    }

                    if (!Walk(callout, pieces, stopAt))
                    {
                        return false;
                    }

                    break;
                case MathBlock math:
                    pieces.Add(new TextPiece(TextPieceKind.DisplayMath, math.Lines.ToString()));
                    break;
                case FencedCodeBlock fenced when string.Equals(fenced.Info, "math", StringComparison.OrdinalIgnoreCase):
                    pieces.Add(new TextPiece(TextPieceKind.DisplayMath, fenced.Lines.ToString()));
                    break;
                case Markdown.Pseudocode.PseudocodeBlock pseudocode:
                    pieces.Add(new TextPiece(TextPieceKind.CodeBlock, pseudocode.Source));
                    break;
                case CodeBlock code:
                    pieces.Add(new TextPiece(TextPieceKind.CodeBlock, code.Lines.ToString()));
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    AddInlines(leaf.Inline, pieces);
                    pieces.Add(new TextPiece(TextPieceKind.BlockEnd, ""));
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                    {
                        foreach (var cell in row.OfType<TableCell>())
                        {
                            Walk(cell, pieces, stopAt);
                        }
                    }

                    break;
                case ContainerBlock child:
                    if (!Walk(child, pieces, stopAt))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    private static void AddInlines(ContainerInline container, List<TextPiece> pieces)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true }:
                case FootnoteLink:
                case HtmlInline:
                    break;
                case Markdown.Citations.CitationInline citation:
                    pieces.Add(new TextPiece(TextPieceKind.Text, citation.Text ?? citation.Written));
                    break;
                case LiteralInline literal:
                    pieces.Add(new TextPiece(TextPieceKind.Text, literal.Content.ToString()));
                    break;
                case CodeInline code:
                    pieces.Add(new TextPiece(TextPieceKind.InlineCode, code.Content));
                    break;
                case MathInline math:
                    pieces.Add(new TextPiece(TextPieceKind.InlineMath, math.Content.ToString(), (math.GetData(typeof(RenderedMath)) as RenderedMath)?.Html));
                    break;
                case HtmlEntityInline entity:
                    pieces.Add(new TextPiece(TextPieceKind.Text, entity.Transcoded.ToString()));
                    break;
                case LineBreakInline:
                    pieces.Add(new TextPiece(TextPieceKind.Text, " "));
                    break;
                case ContainerInline child:
                    AddInlines(child, pieces);
                    break;
            }
        }
    }
}
