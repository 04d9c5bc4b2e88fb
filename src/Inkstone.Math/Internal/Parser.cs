using System.Runtime.CompilerServices;

namespace Inkstone.Math.Internal;

/// <summary>
/// Recursive-descent parser from TeX tokens to a MathML tree. Every recursive entry goes through
/// <see cref="Enter"/>, which fails with an ordinary error long before the .NET stack runs out.
/// One parser per formula: it holds per-call state only.
/// </summary>
internal sealed partial class Parser
{
    private readonly TokenStream _tokens;
    private readonly MathCompilerOptions _limits;
    private readonly MathRenderOptions _options;
    private readonly string _source;
    private int _depth;

    /// <summary>How many environments (and \substack) enclose the current position: a line break ends a row there.</summary>
    private int _environments;
    private MathFont _font;

    /// <summary>The size set by \tiny ... \Huge around the current position, in percent of the formula's.</summary>
    private int _size = 100;
    private readonly RowNumbering _formula = new();
    private RowNumbering? _row;
    private bool _unnumberedEnvironment;
    private List<MathError>? _errors;
    private List<MathError>? _notes;
    private List<MathMacroDefinition>? _definitions;
    private List<string>? _references;
    private string? _lookupSource;
    private int _lookupStart = -1;
    private Command _lookupCommand;
    private bool _lookupFound;

    public Parser(string source, MathRenderOptions options, MathCompilerOptions limits)
    {
        _source = source;
        _options = options;
        _limits = limits;
        _tokens = new TokenStream(source, options.Macros, limits);
    }

    public List<MathError>? Errors => _errors;

    public List<MathError>? Notes => _notes;

    public List<MathMacroDefinition>? Definitions => _definitions;

    /// <summary>The macro table in use: the caller's, or the one the formula's own definitions created.</summary>
    public MathMacroTable? Macros => _tokens.Macros;

    public List<string>? References => _references;

    public RowNumbering Formula => _formula;

    /// <summary>True when the formula sits in a starred or unnumbered environment, which turns automatic numbering off.</summary>
    public bool UnnumberedEnvironment => _unnumberedEnvironment;

    /// <summary>True when some row of an environment carries its own tag, so the formula-level tag column is not needed.</summary>
    public bool HasRowTags { get; private set; }

    public MathNode ParseFormula()
    {
        var lines = new List<MathNode>();
        List<MathNode>? inline = null;
        while (true)
        {
            var row = ParseExpression(Stop.Top);
            var token = Peek();
            if (token.Kind == TokenKind.End)
            {
                if (inline is not null)
                {
                    inline.AddRange(row);
                    row = inline;
                }
                lines.Add(MathNode.Row(row));
                break;
            }
            // Only a top-level line break can stop here.
            _tokens.Next();
            SkipOptionalLength();
            if (!_options.Display)
            {
                // MathJax accepts \\ in inline math; MathML Core cannot break a line inside inline math, so it is a space
                // (and nothing at the end, where it would only leave a gap).
                inline ??= [];
                inline.AddRange(row);
                if (Peek().Kind != TokenKind.End)
                {
                    inline.Add(LineBreakSpace());
                }
                continue;
            }
            lines.Add(MathNode.Row(row));
            if (Peek().Kind == TokenKind.End)
            {
                break;
            }
        }
        if (lines.Count == 1)
        {
            return lines[0];
        }
        var rows = new List<MathNode>(lines.Count);
        foreach (var line in lines)
        {
            rows.Add(new MathNode("mtr", [new MathNode("mtd", [new MathNode("mspace", (string?)null, AtomClass.None, Strut(EnvironmentLayout.All["gathered"])), line])]));
        }
        return new MathNode("mtable", rows, attributes: " displaystyle=\"true\" class=\"ink-gather\"");
    }

    private List<MathNode> ParseExpression(Stop stop, bool leadingOrd = false, Token opener = default)
    {
        Enter(Peek());
        var list = new List<MathNode>();
        List<MathNode>? numerator = null;
        Token infix = default;
        while (true)
        {
            var token = Peek();
            if (IsTerminator(token, stop, opener))
            {
                break;
            }
            if (token.Kind is TokenKind.ControlWord or TokenKind.ControlSymbol && Lookup(token, out var command))
            {
                if (command.Kind == CommandKind.InfixFraction)
                {
                    _tokens.Next();
                    if (numerator is not null)
                    {
                        throw new MathParseException("Only one \\over, \\choose or \\atop is allowed per group.", token.Offset, token.SpanLength, "use braces: {a \\over b} \\over c");
                    }
                    numerator = Spacing.Apply(list, leadingOrd);
                    list = [];
                    infix = token;
                    continue;
                }
                if (TryParseSwitch(command, token, stop, list))
                {
                    break;
                }
            }
            ParseAtom(list);
        }
        Spacing.Apply(list, leadingOrd && numerator is null);
        if (numerator is not null)
        {
            var fraction = InfixFraction(infix, numerator, list);
            list = [fraction];
        }
        Exit();
        return list;
    }

    private bool IsTerminator(Token token, Stop stop, Token opener)
    {
        switch (token.Kind)
        {
            case TokenKind.End:
                if ((stop & Stop.Top) != 0)
                {
                    return true;
                }
                throw new MathParseException("The formula ends before a group or environment is closed.",
                    opener.Source is null ? _tokens.InputLength : opener.Offset, opener.Source is null ? 0 : opener.SpanLength,
                    (stop & Stop.Cell) != 0 ? "add the missing \\end{...}" : (stop & Stop.Right) != 0 ? "add the missing \\right" : "add the missing }");
            case TokenKind.Char when token.Length == 1:
                switch (token.Source[token.Start])
                {
                    case '}':
                        if ((stop & Stop.Group) != 0)
                        {
                            return true;
                        }
                        throw new MathParseException("This closing brace has no opening brace.", token.Offset, token.SpanLength, "remove it or add a {");
                    case ']' when (stop & Stop.Bracket) != 0:
                        return true;
                    case '$' when (stop & Stop.Dollar) != 0:
                        return true;
                    case '&':
                        if ((stop & Stop.Cell) != 0)
                        {
                            return true;
                        }
                        throw new MathParseException("& is only allowed inside an environment such as aligned or matrix.", token.Offset, token.SpanLength,
                            "wrap the lines in \\begin{aligned} ... \\end{aligned}, or write \\& for the symbol");
                }
                return false;
            case TokenKind.ControlWord or TokenKind.ControlSymbol:
                if (!Lookup(token, out var command))
                {
                    return false;
                }
                switch (command.Kind)
                {
                    case CommandKind.Right or CommandKind.Middle:
                        if ((stop & Stop.Right) != 0)
                        {
                            return true;
                        }
                        throw new MathParseException($"\\{token.Name} has no matching \\left.", token.Offset, token.SpanLength, "add \\left( before, or remove it");
                    case CommandKind.End:
                        if ((stop & Stop.Cell) != 0)
                        {
                            return true;
                        }
                        throw new MathParseException("\\end has no matching \\begin.", token.Offset, token.SpanLength);
                    case CommandKind.LineBreak:
                        if (_environments > 0 ? (stop & Stop.Cell) != 0 : stop == Stop.Top)
                        {
                            return true;
                        }
                        if (_environments == 0)
                        {
                            // Inside a group or \left...\right outside any environment MathJax takes \\ too; ParseCommand makes it a space.
                            return false;
                        }
                        throw new MathParseException("A line break inside braces cannot end a row of the environment.", token.Offset, token.SpanLength,
                            "close the group before the \\\\, or use \\substack or a nested \\begin{matrix} for lines inside a cell");
                }
                return false;
            default:
                return false;
        }
    }

    /// <summary>A command argument: a braced group or a single token.</summary>
    private MathNode ParseArgument(Token owner)
    {
        var token = Peek();
        if (token.Kind == TokenKind.End || token.IsChar('}') || token.IsChar('&'))
        {
            throw new MathParseException(owner.Kind is TokenKind.Char ? "An argument is missing." : $"\\{owner.Name} is missing an argument.",
                owner.Offset, owner.SpanLength, "add {...} after it");
        }
        Enter(token);
        var node = token.IsChar('{') ? ParseGroup() : ParsePrimary(single: true) ?? new MathNode("mrow", new List<MathNode>());
        Exit();
        return node;
    }

    /// <summary>Parses <c>{...}</c> into one node.</summary>
    private MathNode ParseGroup()
    {
        var open = _tokens.Next();
        var list = ParseExpression(Stop.Group, opener: open);
        ExpectCloseBrace(open);
        if (list is [{ Element: "mo", Class: AtomClass.Punct, Text.Length: 1 } sign])
        {
            // TeX makes a group an ordinary atom: the comma of 1{,}000 takes no space after it. (Relations and binary
            // operators keep their class: \overset and \stackrel read it from their argument, as amsmath does.)
            sign.Class = AtomClass.Ord;
            sign.SetSpacing("0em", "0em");
            return sign;
        }
        return list.Count == 0 ? new MathNode("mrow", list) : MathNode.Row(list);
    }

    private List<MathNode> ParseGroupList()
    {
        var open = Peek();
        if (!open.IsChar('{'))
        {
            var node = ParseArgument(open);
            return [node];
        }
        _tokens.Next();
        var list = ParseExpression(Stop.Group, opener: open);
        ExpectCloseBrace(open);
        return list;
    }

    private void ExpectCloseBrace(Token open)
    {
        var close = _tokens.Next();
        if (!close.IsChar('}'))
        {
            throw new MathParseException("This group is not closed.", open.Offset, open.SpanLength, "add the missing }");
        }
    }

    /// <summary>Parses an optional <c>[...]</c> argument, or returns null.</summary>
    private MathNode? ParseOptionalArgument()
    {
        var open = Peek();
        if (!open.IsChar('['))
        {
            return null;
        }
        _tokens.Next();
        var list = ParseExpression(Stop.Bracket, opener: open);
        if (!_tokens.Next().IsChar(']'))
        {
            throw new MathParseException("This optional argument is not closed.", open.Offset, open.SpanLength, "add the missing ]");
        }
        return MathNode.Row(list);
    }

    /// <summary>The next token after macro expansion, skipping spaces (math mode ignores them).</summary>
    private Token Peek()
    {
        while (true)
        {
            var token = _tokens.Peek();
            if (token.Kind != TokenKind.Space)
            {
                return token;
            }
            _tokens.NextRaw();
        }
    }

    /// <summary>Looks a command up once per token: the parser asks about the same token several times while deciding what ends an expression.</summary>
    private bool Lookup(Token token, out Command command)
    {
        if (ReferenceEquals(token.Source, _lookupSource) && token.Start == _lookupStart)
        {
            command = _lookupCommand;
            return _lookupFound;
        }
        _lookupFound = CommandTable.TryGet(token.Name, out _lookupCommand);
        _lookupSource = token.Source;
        _lookupStart = token.Start;
        command = _lookupCommand;
        return _lookupFound;
    }

    private void Enter(Token at)
    {
        // The stack probe is cheap but not free; the depth limit alone already keeps recursion shallow.
        if (++_depth > _limits.MaxNestingDepth || (_depth % 16 == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw new MathParseException($"The formula is nested too deeply (more than {_limits.MaxNestingDepth} levels).", at.Offset, at.SpanLength,
                "check for unbalanced braces or a runaway macro");
        }
    }

    private void Exit() => _depth--;

    private void AddError(string message, Token at, string? hint = null) =>
        (_errors ??= []).Add(new MathError(message, at.Offset, at.SpanLength, hint));

    private void AddNote(string message, Token at, string? hint = null) =>
        (_notes ??= []).Add(new MathError(message, at.Offset, at.SpanLength, hint) { Severity = MathSeverity.Note });
}
