namespace Inkstone.Math.Internal;

internal sealed partial class Parser
{
    /// <summary>Parses one atom with its scripts and adds it to <paramref name="list"/>.</summary>
    private void ParseAtom(List<MathNode> list)
    {
        var node = ParsePrimary(single: false);
        if (node is null)
        {
            return;
        }
        MathNode? sub = null, sup = null;
        string? primes = null;
        while (true)
        {
            var token = Peek();
            if (TryApplyLimits(node, token))
            {
                continue;
            }
            if (token.IsChar('^') || token.IsChar('_'))
            {
                _tokens.Next();
                var isSup = token.IsChar('^');
                if (isSup ? sup is not null : sub is not null)
                {
                    throw new MathParseException(isSup ? "Double superscript." : "Double subscript.", token.Offset, token.SpanLength,
                        isSup ? "group with braces: x^{a^b} or {x^a}^b" : "group with braces: x_{a_b} or {x_a}_b");
                }
                // MathJax applies a \limits written between the _ and the script (\sum_\limits{i}) to the operator, as if it came first.
                while (TryApplyLimits(node, Peek()))
                {
                }
                var script = ParseScriptArgument(token);
                if (isSup)
                {
                    sup = primes is null ? script : MathNode.Row([PrimeNode(primes), script]);
                }
                else
                {
                    sub = script;
                }
                continue;
            }
            if (token.IsChar('\''))
            {
                if (sup is not null)
                {
                    throw new MathParseException("A prime after a superscript is a double superscript.", token.Offset, token.SpanLength, "write x'^{2} instead of x^{2}'");
                }
                primes = ReadPrimes();
                continue;
            }
            break;
        }
        if (primes is not null && sup is null)
        {
            sup = PrimeNode(primes);
        }
        if (sub is null && sup is null)
        {
            list.Add(node);
            return;
        }
        list.Add(AttachScripts(GroupFence(list, node), sub, sup));
    }

    /// <summary>Consumes \limits or \nolimits after an operator and sets how its scripts are placed; false for any other token.</summary>
    private bool TryApplyLimits(MathNode node, Token token)
    {
        if (token.Kind != TokenKind.ControlWord || !Lookup(token, out var command) || command.Kind != CommandKind.Limits)
        {
            return false;
        }
        _tokens.Next();
        if (node.Limits == LimitsMode.None)
        {
            throw new MathParseException($"\\{token.Name} must follow an operator such as \\sum or \\int.", token.Offset, token.SpanLength);
        }
        node.Limits = command.Argument == 1 ? LimitsMode.Forced : LimitsMode.Beside;
        return true;
    }

    /// <summary>
    /// For (x+1)^2, makes the whole parenthesised group the base rather than the closing parenthesis alone.
    /// The drawing is the same; the tree says what is squared, which matters to screen readers.
    /// </summary>
    private static MathNode GroupFence(List<MathNode> list, MathNode close)
    {
        if (close.Element != "mo" || close.Class != AtomClass.Close)
        {
            return close;
        }
        var depth = 0;
        for (var i = list.Count - 1; i >= 0; i--)
        {
            var node = list[i];
            if (node.Element != "mo")
            {
                continue;
            }
            if (node.Class == AtomClass.Close)
            {
                depth++;
            }
            else if (node.Class == AtomClass.Open && depth-- == 0)
            {
                var group = list.GetRange(i, list.Count - i);
                list.RemoveRange(i, list.Count - i);
                group.Add(close);
                // The row is spaced when it ends, after the group has left it: the group is spaced as a row of its own.
                return new MathNode("mrow", Spacing.Apply(group, leadingOrd: false), AtomClass.Close);
            }
        }
        return close;
    }

    private MathNode AttachScripts(MathNode node, MathNode? sub, MathNode? sup)
    {
        var above = node.Limits is LimitsMode.Movable or LimitsMode.Forced;
        if (node.Limits == LimitsMode.Forced && node.Element == "mo")
        {
            node.AddAttribute(" movablelimits=\"false\"");
        }
        MathNode result;
        if (sub is not null && sup is not null)
        {
            result = new MathNode(above ? "munderover" : "msubsup", [node, sub, sup], node.Class);
        }
        else if (sub is not null)
        {
            result = MathNode.Of(above ? "munder" : "msub", node, sub, node.Class);
        }
        else
        {
            result = MathNode.Of(above ? "mover" : "msup", node, sup!, node.Class);
        }
        result.IsFunction = node.IsFunction;
        return result;
    }

    private string ReadPrimes()
    {
        var count = 0;
        while (Peek().IsChar('\''))
        {
            _tokens.Next();
            count++;
        }
        return count switch { 1 => "′", 2 => "″", 3 => "‴", 4 => "⁗", _ => new string('′', count) };
    }

    private static MathNode PrimeNode(string primes) => new("mo", primes, AtomClass.Ord, " lspace=\"0em\" rspace=\"0em\"");

    /// <summary>
    /// A sub- or superscript: a group, a single token, or (as MathJax and TeX take it) a command with its own arguments,
    /// so <c>t_\max</c>, <c>x^\frac12</c> and <c>x_\mathrm{in}</c> work without braces.
    /// </summary>
    private MathNode ParseScriptArgument(Token op)
    {
        var token = Peek();
        var isSup = op.IsChar('^');
        if (token.Kind == TokenKind.End || token.IsChar('}') || token.IsChar('&') || token.IsChar('^') || token.IsChar('_'))
        {
            throw new MathParseException(isSup ? "A superscript is missing after ^." : "A subscript is missing after _.", op.Offset, op.SpanLength,
                isSup ? "write x^{...}" : "write x_{...}");
        }
        if (token.Kind is TokenKind.ControlWord or TokenKind.ControlSymbol && Lookup(token, out var command) && !CanBeBareScript(command.Kind))
        {
            var written = isSup ? "^" : "_";
            // Echo the base when it is a single letter or digit so the hint reads like the fix ("write x_{\displaystyle ...}").
            var before = op.Offset > 0 && op.Offset <= _source.Length && char.IsAsciiLetterOrDigit(_source[op.Offset - 1]) ? _source[op.Offset - 1].ToString() : "";
            throw new MathParseException($"\\{token.Name} needs braces when used as a {(isSup ? "superscript" : "subscript")}.",
                token.Offset, token.SpanLength, $"write {before}{written}{{\\{token.Name} ...}}");
        }
        return ParseArgument(op);
    }

    /// <summary>Commands that make no atom of their own (switches, row and group ends, definitions) cannot be a script by themselves.</summary>
    private static bool CanBeBareScript(CommandKind kind) => kind is not (CommandKind.Limits or CommandKind.Style or CommandKind.Color
        or CommandKind.Size or CommandKind.FontSwitch or CommandKind.InfixFraction or CommandKind.LineBreak or CommandKind.End or CommandKind.Right
        or CommandKind.Middle or CommandKind.Hline or CommandKind.Tag or CommandKind.Label or CommandKind.NoNumber or CommandKind.Define
        or CommandKind.NewCommand or CommandKind.Relax);
}
