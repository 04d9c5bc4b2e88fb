using Inkstone.Diagnostics;
using Inkstone.Highlighting;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;

namespace Inkstone.Markdown.CodeBlocks;

/// <summary>
/// Reads each code block's fence attributes, resolves its language (an unknown one is a warning at the
/// fence, and the block is shown as plain text), highlights it through the cache, and groups
/// consecutive fences that carry <c>tab="..."</c> into one tab group.
/// </summary>
internal static class CodeBlockPreparer
{
    public const string UnknownLanguageId = DiagnosticIds.UnknownCodeLanguage;

    public static void Prepare(MarkdownDocument document, string sourcePath, int firstBodyLine, bool lineNumbers, HighlightCache cache, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<CodeBlock>().ToList())
        {
            if (block is MathBlock || (block is FencedCodeBlock { Info: { } fenceLanguage } && fenceLanguage.Equals("math", StringComparison.OrdinalIgnoreCase))
                || block.GetData(typeof(Diagrams.RenderedDiagram)) is not null)
            {
                continue;
            }

            var fenced = block as FencedCodeBlock;
            var info = CodeFenceInfo.Parse(fenced?.Info, fenced?.Arguments, lineNumbers);
            var language = cache.Highlighter.PlainText;
            // A diagram fence shown as its source was reported by the diagram preparer already.
            if (info.Language.Length > 0 && !cache.Highlighter.TryResolve(info.Language, out language) && !Diagrams.DiagramPreparer.IsDiagram(info.Language))
            {
                diagnostics.Warning(UnknownLanguageId, new SourceLocation(sourcePath, block.Line + firstBodyLine, block.Column + 1),
                    $"Inkstone cannot highlight the language '{info.Language}'; the block is shown as plain text.",
                    $"Known languages include: {string.Join(", ", cache.Highlighter.Languages.Select(l => l.Name).Take(26))}.");
            }

            var code = block.Lines.ToString();
            var marks = Array.Empty<DiffMark>();
            if (info.Diff && language.Name != "diff")
            {
                (code, marks) = StripDiffMarks(code);
            }
            else if (language.Name == "diff")
            {
                marks = code.Split('\n').Select(l => l.StartsWith('+') ? DiffMark.Inserted : l.StartsWith('-') ? DiffMark.Deleted : DiffMark.None).ToArray();
            }

            block.SetData(typeof(CodeBlockData), new CodeBlockData(info, language.Name, cache.Lines(language, code), marks));
        }

        CodeTabsTransformer.Apply(document);
    }

    /// <summary>For <c>diff</c> on a real language: the first column (+, - or space) becomes a mark, the rest is code.</summary>
    private static (string Code, DiffMark[] Marks) StripDiffMarks(string code)
    {
        var lines = code.Split('\n');
        var marks = new DiffMark[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            marks[i] = line.StartsWith('+') ? DiffMark.Inserted : line.StartsWith('-') ? DiffMark.Deleted : DiffMark.None;
            lines[i] = line.Length > 0 && line[0] is '+' or '-' or ' ' ? line[1..] : line;
        }

        return (string.Join('\n', lines), marks);
    }
}
