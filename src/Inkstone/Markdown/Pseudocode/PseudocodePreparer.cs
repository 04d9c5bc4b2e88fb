using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.Markdown.Math;
using Markdig.Syntax;

namespace Inkstone.Markdown.Pseudocode;

/// <summary>
/// Reads every pseudocode fence of a post (<c>```pseudocode</c>, also <c>```algorithm</c> and <c>```algorithmic</c>)
/// and puts a <see cref="PseudocodeBlock"/> in its place, numbering the algorithms with a caption or a label in reading
/// order. Runs before the post's math, which compiles the blocks' formulas and resolves references to their labels. A
/// fence with a problem stays a code block of its source (highlighted as LaTeX), and each problem is a diagnostic at
/// its place in the fence: a warning, an error with <c>--strict</c>, as math errors are.
/// </summary>
internal static class PseudocodePreparer
{
    private static readonly Inkstone.Math.MathRenderOptions Ids = new();

    public static void Prepare(MarkdownDocument document, SourceText body, int firstBodyLine, Content.InterfaceWords words, bool strict, DiagnosticBag diagnostics)
    {
        var fences = document.Descendants<FencedCodeBlock>().Where(IsPseudocode).ToList();
        if (fences.Count == 0)
        {
            return;
        }

        var severity = strict ? Severity.Error : Severity.Warning;
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var fence in fences)
        {
            var (text, offsets) = FormulaOffsets.OfLines(fence.Lines, fence.Span.Start);
            SourceLocation At(int offset) => Locate(body, firstBodyLine, offsets[System.Math.Clamp(offset, 0, offsets.Length - 1)]);

            var parse = PseudocodeParser.Parse(text, offsets);
            foreach (var problem in parse.Problems)
            {
                diagnostics.Add(new Diagnostic(problem.Id, severity, At(problem.Offset), problem.Message, problem.Hint));
            }

            if (parse.Problems.Count > 0)
            {
                // Shown as its source, so the reader still sees the algorithm.
                fence.Info = "latex";
                continue;
            }

            var (every, ends) = Attributes(fence.Arguments, parse.Tree.NumberEvery);
            var cited = new List<KeyValuePair<string, string>>();
            var lines = PseudocodeLayout.Lines(parse.Tree, ends);
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].Label is not { } lineLabel)
                {
                    continue;
                }

                if (every == 0 || lines[i].Number is null)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticIds.PseudocodeLabel, severity, At(lines[i].LabelAt),
                        $"The label '{lineLabel}' names a line without a number, so a reference to it has nothing to show.",
                        every == 0 ? "Number the lines with \\begin{algorithmic}[1] or the fence attribute linenos." : "Put the label on a numbered line (\\State, not \\Statex)."));
                }
                else if (Claim(lineLabel, At(lines[i].LabelAt)))
                {
                    lines[i] = lines[i] with { Id = Ids.ElementId(lineLabel) };
                    cited.Add(new(lineLabel, lines[i].Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }

            var tree = parse.Tree;
            var label = tree.Label is { } name && Claim(name, At(tree.LabelAt)) ? name : null;
            int? shown = tree.Caption is not null || tree.Label is not null ? ++number : null;
            if (label is not null)
            {
                cited.Add(new(label, shown!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            var block = new PseudocodeBlock(text, lines, parse.Formulas)
            {
                Caption = tree.Caption,
                Number = shown,
                Label = label,
                Id = label is not null ? Ids.ElementId(label) : shown is { } n ? $"algorithm-{n}" : null,
                Labels = cited,
                NumberEvery = every,
                Words = words,
                Line = fence.Line,
                Column = fence.Column,
                Span = fence.Span,
            };
            var parent = fence.Parent!;
            var index = parent.IndexOf(fence);
            parent.RemoveAt(index);
            parent.Insert(index, block);
        }

        bool Claim(string name, SourceLocation at)
        {
            if (labels.Add(name))
            {
                return true;
            }

            diagnostics.Add(new Diagnostic(DiagnosticIds.PseudocodeLabel, severity, at,
                $"The label '{name}' is used twice in this post's pseudocode; a reference could only lead to the first.", "Give each \\label a name of its own."));
            return false;
        }
    }

    private static bool IsPseudocode(FencedCodeBlock fence) =>
        fence.Info is { } info && (info.Equals("pseudocode", StringComparison.OrdinalIgnoreCase) || info.Equals("algorithm", StringComparison.OrdinalIgnoreCase) || info.Equals("algorithmic", StringComparison.OrdinalIgnoreCase));

    /// <summary>The fence's words: <c>linenos</c> numbers every line (as <c>[1]</c> does), <c>noend</c> leaves out the closing lines.</summary>
    private static (int Every, bool Ends) Attributes(string? arguments, int every)
    {
        var words = (arguments ?? "").Split([' ', '\t', '{', '}', ','], StringSplitOptions.RemoveEmptyEntries);
        if (every == 0 && words.Any(w => w is "linenos" or "linenums" or "line-numbers" or "numberLines"))
        {
            every = 1;
        }

        return (every, !words.Contains("noend"));
    }

    private static SourceLocation Locate(SourceText body, int firstBodyLine, int offset)
    {
        var local = body.LocationOf(offset);
        return new SourceLocation(body.Path, local.Line + firstBodyLine - 1, local.Column);
    }
}
