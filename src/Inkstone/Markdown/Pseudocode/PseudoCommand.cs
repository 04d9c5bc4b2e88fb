using System.Collections.Frozen;

namespace Inkstone.Markdown.Pseudocode;

internal enum PseudoCommandRole
{
    Statement,
    Opening,
    ElseIf,
    Else,
    Closing,
    Until,
    Keyword,
    Words,
    Style,
    Call,
    Reference,
    Comment,
    Label,
    Caption,
    Begin,
    End,

    /// <summary><c>\\renewcommand{\\algorithmicrequire}{...}</c>: new words for the <c>\\Require</c> or <c>\\Ensure</c> lines.</summary>
    Rename,
}

/// <summary>
/// A command of the algorithmicx vocabulary (<c>\If</c>, <c>\State</c>, <c>\Call</c>), also as the <c>algorithmic</c>
/// package and pseudocode.js spell it (<c>\IF</c>, <c>\STATE</c>, <c>\CALL</c>): names are looked up without case.
/// </summary>
/// <param name="Statement">The statement a <see cref="PseudoCommandRole.Statement"/> starts.</param>
/// <param name="Block">The block an opening or closing command opens or closes.</param>
/// <param name="Shown">A keyword's or a symbol's text; the style of a <see cref="PseudoCommandRole.Style"/>.</param>
internal sealed record PseudoCommand(PseudoCommandRole Role, PseudoStatementKind Statement = default, PseudoBlockKind Block = default, string Shown = "", PseudoStyle Style = default)
{
    public static readonly FrozenDictionary<string, PseudoCommand> ByName = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static PseudoCommand? Find(string name) => ByName.GetValueOrDefault(name);

    private static Dictionary<string, PseudoCommand> Build()
    {
        var table = new Dictionary<string, PseudoCommand>(StringComparer.OrdinalIgnoreCase)
        {
            ["State"] = new(PseudoCommandRole.Statement, PseudoStatementKind.State),
            ["Statex"] = new(PseudoCommandRole.Statement, PseudoStatementKind.Statex),
            ["Require"] = new(PseudoCommandRole.Statement, PseudoStatementKind.Require),
            ["Ensure"] = new(PseudoCommandRole.Statement, PseudoStatementKind.Ensure),
            ["Input"] = new(PseudoCommandRole.Statement, PseudoStatementKind.Input),
            ["Output"] = new(PseudoCommandRole.Statement, PseudoStatementKind.Output),
            ["Procedure"] = new(PseudoCommandRole.Opening, Block: PseudoBlockKind.Procedure),
            ["Function"] = new(PseudoCommandRole.Opening, Block: PseudoBlockKind.Function),
            ["If"] = new(PseudoCommandRole.Opening, Block: PseudoBlockKind.If),
            ["For"] = new(PseudoCommandRole.Opening, Block: PseudoBlockKind.For),
            ["ForAll"] = new(PseudoCommandRole.Opening, Block: PseudoBlockKind.ForAll),
            ["While"] = new(PseudoCommandRole.Opening, Block: PseudoBlockKind.While),
            ["Repeat"] = new(PseudoCommandRole.Opening, Block: PseudoBlockKind.Repeat),
            ["Loop"] = new(PseudoCommandRole.Opening, Block: PseudoBlockKind.Loop),
            ["ElsIf"] = new(PseudoCommandRole.ElseIf, Block: PseudoBlockKind.If),
            ["ElseIf"] = new(PseudoCommandRole.ElseIf, Block: PseudoBlockKind.If),
            ["Else"] = new(PseudoCommandRole.Else, Block: PseudoBlockKind.If),
            ["EndProcedure"] = new(PseudoCommandRole.Closing, Block: PseudoBlockKind.Procedure),
            ["EndFunction"] = new(PseudoCommandRole.Closing, Block: PseudoBlockKind.Function),
            ["EndIf"] = new(PseudoCommandRole.Closing, Block: PseudoBlockKind.If),
            ["EndFor"] = new(PseudoCommandRole.Closing, Block: PseudoBlockKind.For),
            ["EndWhile"] = new(PseudoCommandRole.Closing, Block: PseudoBlockKind.While),
            ["EndLoop"] = new(PseudoCommandRole.Closing, Block: PseudoBlockKind.Loop),
            ["Until"] = new(PseudoCommandRole.Until, Block: PseudoBlockKind.Repeat),
            ["Comment"] = new(PseudoCommandRole.Comment),
            ["label"] = new(PseudoCommandRole.Label),
            ["caption"] = new(PseudoCommandRole.Caption),
            ["begin"] = new(PseudoCommandRole.Begin),
            ["end"] = new(PseudoCommandRole.End),
            ["renewcommand"] = new(PseudoCommandRole.Rename),
            ["algrenewcommand"] = new(PseudoCommandRole.Rename),
            ["Call"] = new(PseudoCommandRole.Call),
            ["ref"] = new(PseudoCommandRole.Reference),
            ["eqref"] = new(PseudoCommandRole.Reference),
            ["gets"] = new(PseudoCommandRole.Words, Shown: "←"),
            ["leftarrow"] = new(PseudoCommandRole.Words, Shown: "←"),
            ["ldots"] = new(PseudoCommandRole.Words, Shown: "…"),
            ["dots"] = new(PseudoCommandRole.Words, Shown: "…"),
            ["quad"] = new(PseudoCommandRole.Words, Shown: "\u2003"),
            ["qquad"] = new(PseudoCommandRole.Words, Shown: "\u2003\u2003"),
            ["textbf"] = new(PseudoCommandRole.Style, Style: PseudoStyle.Bold),
            ["textit"] = new(PseudoCommandRole.Style, Style: PseudoStyle.Italic),
            ["emph"] = new(PseudoCommandRole.Style, Style: PseudoStyle.Italic),
            ["texttt"] = new(PseudoCommandRole.Style, Style: PseudoStyle.Monospace),
            ["textsc"] = new(PseudoCommandRole.Style, Style: PseudoStyle.SmallCaps),
            ["textproc"] = new(PseudoCommandRole.Style, Style: PseudoStyle.SmallCaps),
            ["textrm"] = new(PseudoCommandRole.Style, Style: PseudoStyle.Upright),
            ["textnormal"] = new(PseudoCommandRole.Style, Style: PseudoStyle.Upright),
            ["text"] = new(PseudoCommandRole.Style, Style: PseudoStyle.Upright),
            ["mbox"] = new(PseudoCommandRole.Style, Style: PseudoStyle.Upright),
        };
        // Words the algorithm packages set in bold: algpseudocode's \Return, and the algorithmic package's and
        // pseudocode.js's \TRUE, \AND, \TO and the rest.
        foreach (var word in (string[])["return", "true", "false", "and", "or", "not", "to", "downto", "break", "continue", "print", "xor", "nil", "null", "global", "globals"])
        {
            table[word] = new(PseudoCommandRole.Keyword, Shown: word);
        }

        return table;
    }

    /// <summary>True for the keywords that may start a line without <c>\State</c>, as pseudocode.js and the algorithmic package allow.</summary>
    public bool StartsStatement => Role == PseudoCommandRole.Keyword && Shown is "return" or "break" or "continue" or "print";
}
