namespace Inkstone.Markdown.Pseudocode;

/// <summary>One step of an algorithm: a statement or a block of steps.</summary>
internal abstract class PseudoStep;

/// <summary>What a line may carry after its text: a <c>\Comment</c> and a <c>\label</c>.</summary>
internal sealed class PseudoLineEnd
{
    public IReadOnlyList<PseudoInline>? Comment { get; set; }

    public string? Label { get; set; }

    /// <summary>Where the label's name starts in the fence's text.</summary>
    public int LabelAt { get; set; }
}

internal enum PseudoStatementKind
{
    /// <summary><c>\State</c>: a numbered line.</summary>
    State,

    /// <summary><c>\Statex</c>: a line without a number.</summary>
    Statex,
    Require,
    Ensure,
    Input,
    Output,
}

/// <summary>A line of its own: <c>\State</c>, <c>\Statex</c>, <c>\Require</c> and the like.</summary>
internal sealed class PseudoStatement(PseudoStatementKind kind, List<PseudoInline> text) : PseudoStep
{
    public PseudoStatementKind Kind { get; } = kind;

    public List<PseudoInline> Text { get; } = text;

    public PseudoLineEnd End { get; } = new();
}

internal enum PseudoBlockKind
{
    Procedure,
    Function,
    If,
    For,
    ForAll,
    While,
    Repeat,
    Loop,
}

/// <summary>
/// A block: its opening line, the steps inside, <c>\ElsIf</c> and <c>\Else</c> clauses for an <c>\If</c>, and its
/// closing line (<c>\EndIf</c>, or <c>\Until{condition}</c> for a <c>\Repeat</c>).
/// </summary>
internal sealed class PseudoBlock(PseudoBlockKind kind) : PseudoStep
{
    public PseudoBlockKind Kind { get; } = kind;

    public List<PseudoClause> Clauses { get; } = [];

    /// <summary>The condition of <c>\Until</c>; null for every other block.</summary>
    public List<PseudoInline>? Until { get; set; }

    public PseudoLineEnd End { get; } = new();
}

internal enum PseudoClauseKind
{
    Opening,
    ElseIf,
    Else,
}

/// <summary>A block's opening line or one of its <c>\ElsIf</c>/<c>\Else</c> lines, with the steps under it.</summary>
internal sealed class PseudoClause(PseudoClauseKind kind)
{
    public PseudoClauseKind Kind { get; } = kind;

    /// <summary>A procedure's or function's name; null for other blocks.</summary>
    public List<PseudoInline>? Name { get; set; }

    /// <summary>The condition, range or parameters in braces; null for <c>\Else</c>, <c>\Repeat</c>, <c>\Loop</c>.</summary>
    public List<PseudoInline>? Argument { get; set; }

    public PseudoLineEnd End { get; } = new();

    public List<PseudoStep> Steps { get; } = [];
}
