using Inkstone.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Sidenotes;

/// <summary>
/// Reads each marginal note's text as Markdown (emphasis, links, math and citations work in it) and puts it in the note;
/// an unclosed note is reported and shown as written.
/// </summary>
internal static class MarginNoteExpander
{
    public static void Expand(MarkdownDocument document, string sourcePath, int firstBodyLine, MarkdownPipeline pipeline, MarkdownParserContext? parser, DiagnosticBag diagnostics)
    {
        foreach (var note in document.Descendants<MarginNoteInline>().ToList())
        {
            if (note.Markdown is null)
            {
                diagnostics.Warning(DiagnosticIds.MarginNoteUnclosed, new SourceLocation(sourcePath, note.Line + firstBodyLine, note.Column + 1),
                    "The marginal note '{->' is never closed; it is shown as written.", "End the note with '}' in the same paragraph: {-> a note}.");
                note.ReplaceBy(new LiteralInline("{->") { Line = note.Line, Column = note.Column, Span = note.Span });
                continue;
            }

            var parsed = Markdig.Markdown.Parse(note.Markdown, pipeline, parser);
            if (parsed.FirstOrDefault() is ParagraphBlock { Inline: { } inlines })
            {
                foreach (var child in inlines.ToList())
                {
                    child.Remove();
                    note.AppendChild(child);
                }
            }
        }
    }
}
