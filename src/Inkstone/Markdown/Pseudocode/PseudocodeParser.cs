using Inkstone.Diagnostics;
using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Pseudocode;

/// <summary>
/// Reads a pseudocode fence into an <see cref="AlgorithmTree"/>: <c>\begin{algorithm}</c> and <c>\begin{algorithmic}</c>
/// when present, the caption and label, and the statements and blocks, kept balanced on a stack. Every problem is kept
/// with its offset; the tree is only used when there is none. Formulas become <see cref="MathInline"/>s that carry the
/// post offsets of their characters, for the post's math pass to compile.
/// </summary>
internal sealed partial class PseudocodeParser
{
    private readonly string _text;
    private readonly int[] _offsets;
    private readonly List<PseudoToken> _tokens;
    private readonly List<PseudocodeProblem> _problems = [];
    private readonly List<MathInline> _formulas = [];
    private readonly AlgorithmTree _tree = new();
    private readonly Stack<(PseudoBlock Block, PseudoToken Opener)> _open = new();
    private int _at;

    // Where the line being read takes more text, and where a \Comment or \label after it goes.
    private List<PseudoInline>? _line;
    private PseudoLineEnd? _end;
    private bool _outside;

    private PseudocodeParser(string text, int[] offsets)
    {
        _text = text;
        _offsets = offsets;
        _tokens = PseudocodeLexer.Read(text, _problems);
    }

    /// <param name="text">The fence's text.</param>
    /// <param name="offsets">For each character of <paramref name="text"/>, its offset in the post's Markdown (one more for the end).</param>
    public static PseudocodeParse Parse(string text, int[] offsets)
    {
        var parser = new PseudocodeParser(text, offsets);
        parser.ReadAll();
        return new PseudocodeParse(parser._tree, parser._problems, parser._formulas);
    }

    private List<PseudoStep> Steps => _open.Count > 0 ? _open.Peek().Block.Clauses[^1].Steps : _tree.Steps;

    private void ReadAll()
    {
        while (_at < _tokens.Count)
        {
            var token = _tokens[_at++];
            switch (token.Kind)
            {
                case PseudoTokenKind.Space:
                    if (_line is { Count: > 0 } line)
                    {
                        AppendWords(line, " ");
                    }

                    break;
                case PseudoTokenKind.Command:
                    Command(token);
                    break;
                case PseudoTokenKind.Close:
                    Problem(PseudocodeProblem.Syntax(token.Start, 1, "This } closes no brace.", "Remove it, or write \\} for a brace."));
                    break;
                default:
                    if (LineText(token) is { } text)
                    {
                        Inline(token, text);
                    }

                    break;
            }
        }

        foreach (var (block, opener) in _open)
        {
            Problem(new PseudocodeProblem(DiagnosticIds.PseudocodeUnbalanced, opener.Start, opener.Length,
                $"\\{opener.Value} is never closed.", $"End it with {Closer(block.Kind)}."));
        }

        EndLine();
    }

    private void Command(PseudoToken token)
    {
        if (PseudoCommand.Find(token.Value) is not { } command)
        {
            var near = Inkstone.Math.NameSuggester.Nearest(token.Value, PseudoCommand.ByName.Keys);
            Problem(new PseudocodeProblem(DiagnosticIds.PseudocodeUnknownCommand, token.Start, token.Length,
                $"Pseudocode has no command \\{token.Value}.", near is not null ? $"Did you mean \\{near}?" : "Write it in a formula ($...$), or as text."));
            SkipArguments();
            return;
        }

        switch (command.Role)
        {
            case PseudoCommandRole.Statement:
                var statement = new PseudoStatement(command.Statement, []);
                Steps.Add(statement);
                StartLine(statement.Text, statement.End);
                break;
            case PseudoCommandRole.Opening:
                Open(token, command);
                break;
            case PseudoCommandRole.ElseIf or PseudoCommandRole.Else:
                Clause(token, command);
                break;
            case PseudoCommandRole.Closing or PseudoCommandRole.Until:
                Close(token, command);
                break;
            case PseudoCommandRole.Comment:
                var comment = Group(token);
                if (_end is null)
                {
                    // A comment alone is a line of its own, as pseudocode.js's \COMMENT is.
                    var line = new PseudoStatement(PseudoStatementKind.State, []);
                    Steps.Add(line);
                    StartLine(line.Text, line.End);
                }

                Trim(comment);
                _end!.Comment = comment;
                break;
            case PseudoCommandRole.Label:
                var (label, at, _) = RawGroup(token);
                if (_end is not null && label.Length > 0)
                {
                    (_end.Label, _end.LabelAt) = (label, at);
                }
                else if (label.Length > 0)
                {
                    (_tree.Label, _tree.LabelAt) = (label, at);
                }

                break;
            case PseudoCommandRole.Caption:
                EndLine();
                _tree.Caption = Group(token);
                Trim(_tree.Caption);
                break;
            case PseudoCommandRole.Begin:
                Begin(token);
                break;
            case PseudoCommandRole.Rename:
                EndLine();
                var (target, targetAt, length) = RawGroup(token);
                var words = Group(token);
                Trim(words);
                PseudoStatementKind? renamed = target.TrimStart('\\') switch
                {
                    "algorithmicrequire" => PseudoStatementKind.Require,
                    "algorithmicensure" => PseudoStatementKind.Ensure,
                    "algorithmicinput" => PseudoStatementKind.Input,
                    "algorithmicoutput" => PseudoStatementKind.Output,
                    _ => null,
                };
                if (renamed is { } kind)
                {
                    _tree.Leads[kind] = words;
                }
                else
                {
                    Problem(PseudocodeProblem.Syntax(targetAt, System.Math.Max(1, length), $"Pseudocode can rename only \\algorithmicrequire, \\algorithmicensure, \\algorithmicinput and \\algorithmicoutput, not '{target}'.",
                        "Write the words themselves where they are needed."));
                }

                break;
            case PseudoCommandRole.End:
                EndLine();
                RawGroup(token);
                break;
            default:
                if (LineText(token, command) is { } text)
                {
                    InlineCommand(token, command, text);
                }

                break;
        }
    }

    private void StartLine(List<PseudoInline> text, PseudoLineEnd end)
    {
        EndLine();
        _line = text;
        _end = end;
    }

    private void EndLine()
    {
        if (_line is { } text)
        {
            Trim(text);
        }

        _line = null;
        _end = null;
        _outside = false;
    }

    /// <summary>The text of the line being read; a keyword such as <c>\Return</c> starts a line of its own; anything else outside a line is a problem.</summary>
    private List<PseudoInline>? LineText(PseudoToken token, PseudoCommand? command = null)
    {
        if (_line is { } text)
        {
            return text;
        }

        if (command is { StartsStatement: true })
        {
            var statement = new PseudoStatement(PseudoStatementKind.State, []);
            Steps.Add(statement);
            StartLine(statement.Text, statement.End);
            return statement.Text;
        }

        if (!_outside)
        {
            // Once per run of text: the words after the first are the same mistake.
            _outside = true;
            Problem(PseudocodeProblem.Syntax(token.Start, System.Math.Max(1, token.Length), "This text stands outside a statement.",
                "Start the line with \\State (or \\Statex for a line without a number)."));
        }

        if (token.Kind == PseudoTokenKind.Open)
        {
            _at--;
            Group(token);
        }

        return null;
    }

    private void Open(PseudoToken token, PseudoCommand command)
    {
        EndLine();
        var block = new PseudoBlock(command.Block);
        var clause = new PseudoClause(PseudoClauseKind.Opening);
        if (command.Block is PseudoBlockKind.Procedure or PseudoBlockKind.Function)
        {
            clause.Name = Group(token);
            clause.Argument = Group(token);
        }
        else if (command.Block is not (PseudoBlockKind.Repeat or PseudoBlockKind.Loop))
        {
            clause.Argument = Group(token);
        }

        Trim(clause.Name);
        Trim(clause.Argument);
        Steps.Add(block);
        block.Clauses.Add(clause);
        _open.Push((block, token));
        _end = clause.End;
    }

    private void Clause(PseudoToken token, PseudoCommand command)
    {
        EndLine();
        if (_open.Count == 0 || _open.Peek().Block.Kind != PseudoBlockKind.If)
        {
            Problem(new PseudocodeProblem(DiagnosticIds.PseudocodeUnbalanced, token.Start, token.Length,
                $"\\{token.Value} stands outside an \\If block{(_open.Count > 0 ? $" (the open block is \\{_open.Peek().Opener.Value})" : "")}.",
                _open.Count > 0 ? $"Close the \\{_open.Peek().Opener.Value} first with {Closer(_open.Peek().Block.Kind)}." : "Open the block with \\If{condition}."));
            if (command.Role == PseudoCommandRole.ElseIf)
            {
                Group(token);
            }

            return;
        }

        var block = _open.Peek().Block;
        if (block.Clauses[^1].Kind == PseudoClauseKind.Else)
        {
            Problem(new PseudocodeProblem(DiagnosticIds.PseudocodeUnbalanced, token.Start, token.Length,
                $"\\{token.Value} comes after this \\If's \\Else.", "An \\If has one \\Else, after its \\ElsIf clauses."));
        }

        var clause = new PseudoClause(command.Role == PseudoCommandRole.ElseIf ? PseudoClauseKind.ElseIf : PseudoClauseKind.Else);
        if (command.Role == PseudoCommandRole.ElseIf)
        {
            clause.Argument = Group(token);
            Trim(clause.Argument);
        }

        block.Clauses.Add(clause);
        _end = clause.End;
    }

    private void Close(PseudoToken token, PseudoCommand command)
    {
        EndLine();
        // \EndFor closes \ForAll too, as in algpseudocode.
        bool Closes(PseudoBlock block) => block.Kind == command.Block || (command.Block == PseudoBlockKind.For && block.Kind == PseudoBlockKind.ForAll);
        if (_open.Count == 0 || !_open.Any(o => Closes(o.Block)))
        {
            Problem(new PseudocodeProblem(DiagnosticIds.PseudocodeUnbalanced, token.Start, token.Length,
                $"\\{token.Value} closes no block{(_open.Count > 0 ? $": the open block is \\{_open.Peek().Opener.Value}" : "")}.",
                _open.Count > 0 ? $"Close it with {Closer(_open.Peek().Block.Kind)}, or remove \\{token.Value}." : $"Remove it, or open the block it closes."));
            if (command.Role == PseudoCommandRole.Until)
            {
                Group(token);
            }

            return;
        }

        while (!Closes(_open.Peek().Block))
        {
            var (inner, opener) = _open.Pop();
            Problem(new PseudocodeProblem(DiagnosticIds.PseudocodeUnbalanced, opener.Start, opener.Length,
                $"\\{opener.Value} is never closed: \\{token.Value} closes the block around it.", $"End it with {Closer(inner.Kind)} before \\{token.Value}."));
        }

        var (block, _) = _open.Pop();
        if (command.Role == PseudoCommandRole.Until)
        {
            block.Until = Group(token);
            Trim(block.Until);
        }

        _end = block.End;
    }

    private static string Closer(PseudoBlockKind kind) => kind switch
    {
        PseudoBlockKind.Repeat => "\\Until{condition}",
        PseudoBlockKind.ForAll => "\\EndFor",
        _ => "\\End" + kind,
    };

    private void Begin(PseudoToken token)
    {
        EndLine();
        var (name, offset, length) = RawGroup(token);
        if (name is "algorithm" or "algorithm*" or "algorithmic")
        {
            var option = Option();
            if (name == "algorithmic" && option is { } every)
            {
                if (int.TryParse(every.Text, out var n) && n >= 0)
                {
                    _tree.NumberEvery = n;
                }
                else
                {
                    Problem(PseudocodeProblem.Syntax(every.Offset, every.Text.Length, $"[{every.Text}] is not a number of lines.", "Write \\begin{algorithmic}[1] to number every line."));
                }
            }

            return;
        }

        Problem(PseudocodeProblem.Syntax(offset, System.Math.Max(1, length), $"Pseudocode has no environment '{name}'.", "A fence holds \\begin{algorithm}, \\begin{algorithmic} and the statements inside them."));
    }

    /// <summary>An optional argument in brackets right after a command, or null.</summary>
    private (string Text, int Offset)? Option()
    {
        if (_at >= _tokens.Count || !_tokens[_at].Is(PseudoTokenKind.Text, "["))
        {
            return null;
        }

        var start = _tokens[_at].End;
        var close = _tokens.FindIndex(_at, t => t.Is(PseudoTokenKind.Text, "]"));
        if (close < 0)
        {
            Problem(PseudocodeProblem.Syntax(_tokens[_at].Start, 1, "This [ is never closed.", "Close it with ]."));
            _at = _tokens.Count;
            return null;
        }

        _at = close + 1;
        return (_text[start.._tokens[close].Start].Trim(), start);
    }

    private void SkipArguments()
    {
        while (_at < _tokens.Count && _tokens[_at].Kind == PseudoTokenKind.Open)
        {
            Group(_tokens[_at]);
        }
    }

    private void Problem(PseudocodeProblem problem) => _problems.Add(problem);
}
