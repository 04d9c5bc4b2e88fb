namespace Inkstone.Markdown.Pseudocode;

/// <summary>
/// Sets an algorithm's steps as lines, as algpseudocode typesets them: the keywords around each block's condition
/// ("<b>if</b> c <b>then</b>", "<b>for all</b> x <b>do</b>"), a closing line for each block ("<b>end if</b>", left out with
/// <c>noend</c>), each block's steps one level deeper, and every line numbered but <c>\Statex</c> and the
/// <c>\Require</c>/<c>\Ensure</c>/<c>\Input</c>/<c>\Output</c> lines.
/// </summary>
internal static class PseudocodeLayout
{
    public static List<PseudocodeLine> Lines(AlgorithmTree tree, bool ends)
    {
        var lines = new List<PseudocodeLine>();
        var count = 0;
        Walk(tree.Steps, 0);
        return lines;

        void Add(bool numbered, int depth, List<PseudoInline> text, PseudoLineEnd end) =>
            lines.Add(new PseudocodeLine(numbered ? ++count : null, depth, text, end.Comment, end.Label, end.LabelAt));

        void Walk(List<PseudoStep> steps, int depth)
        {
            foreach (var step in steps)
            {
                switch (step)
                {
                    case PseudoStatement statement:
                        var lead = statement.Kind switch
                        {
                            PseudoStatementKind.Require => "Require:",
                            PseudoStatementKind.Ensure => "Ensure:",
                            PseudoStatementKind.Input => "Input:",
                            PseudoStatementKind.Output => "Output:",
                            _ => null,
                        };
                        var text = lead is null ? statement.Text
                            : tree.Leads.TryGetValue(statement.Kind, out var renamed) ? [.. renamed, .. Spaced(statement.Text)]
                            : [new PseudoKeyword(lead), .. Spaced(statement.Text)];
                        Add(statement.Kind == PseudoStatementKind.State, depth, text, statement.End);
                        break;
                    case PseudoBlock block:
                        foreach (var clause in block.Clauses)
                        {
                            Add(true, depth, Opening(block.Kind, clause), clause.End);
                            Walk(clause.Steps, depth + 1);
                        }

                        if (block.Kind == PseudoBlockKind.Repeat)
                        {
                            Add(true, depth, [new PseudoKeyword("until"), .. Spaced(block.Until ?? [])], block.End);
                        }
                        else if (ends)
                        {
                            Add(true, depth, [new PseudoKeyword(Ending(block.Kind))], block.End);
                        }

                        break;
                }
            }
        }
    }

    private static List<PseudoInline> Opening(PseudoBlockKind kind, PseudoClause clause)
    {
        var argument = clause.Argument ?? [];
        return (kind, clause.Kind) switch
        {
            (_, PseudoClauseKind.Else) => [new PseudoKeyword("else")],
            (_, PseudoClauseKind.ElseIf) => Around("else if", argument, "then"),
            (PseudoBlockKind.Procedure or PseudoBlockKind.Function, _) =>
                [new PseudoKeyword(kind == PseudoBlockKind.Procedure ? "procedure" : "function"), new PseudoWords(" "), new PseudoCall(clause.Name ?? [], argument)],
            (PseudoBlockKind.If, _) => Around("if", argument, "then"),
            (PseudoBlockKind.For, _) => Around("for", argument, "do"),
            (PseudoBlockKind.ForAll, _) => Around("for all", argument, "do"),
            (PseudoBlockKind.While, _) => Around("while", argument, "do"),
            (PseudoBlockKind.Repeat, _) => [new PseudoKeyword("repeat")],
            _ => [new PseudoKeyword("loop")],
        };
    }

    private static string Ending(PseudoBlockKind kind) => kind switch
    {
        PseudoBlockKind.Procedure => "end procedure",
        PseudoBlockKind.Function => "end function",
        PseudoBlockKind.If => "end if",
        PseudoBlockKind.For or PseudoBlockKind.ForAll => "end for",
        PseudoBlockKind.While => "end while",
        _ => "end loop",
    };

    private static List<PseudoInline> Around(string before, List<PseudoInline> argument, string after) =>
        [new PseudoKeyword(before), .. Spaced(argument), new PseudoWords(" "), new PseudoKeyword(after)];

    private static List<PseudoInline> Spaced(List<PseudoInline> text) => text.Count == 0 ? [] : [new PseudoWords(" "), .. text];
}
