namespace Inkstone.Math.Internal;

internal sealed partial class Parser
{
    /// <summary>amsmath's \\dots: centred (\\dotsb) before a binary operator or a relation, on the line otherwise.</summary>
    private bool BinaryOrRelationFollows()
    {
        var next = Peek();
        if (next.Kind == TokenKind.Char)
        {
            return next.Length == 1 && next.Source[next.Start] is '+' or '-' or '=' or '<' or '>' or '*';
        }
        return next.Kind is TokenKind.ControlWord or TokenKind.ControlSymbol && Lookup(next, out var command)
            && command.Class is AtomClass.Bin or AtomClass.Rel;
    }

    private MathNode? ParseCommand(Token token)
    {
        if (!Lookup(token, out var command))
        {
            var name = token.Name.ToString();
            var nearest = CommandSuggester.Nearest(name, _tokens.Macros);
            throw new MathParseException($"Unknown command \\{name}.", token.Offset, token.SpanLength,
                nearest is null ? "define it with \\newcommand or in the site's math macros" : $"did you mean \\{nearest}?")
            {
                Origin = token.Source,
            };
        }
        switch (command.Kind)
        {
            case CommandKind.Symbol or CommandKind.UprightSymbol:
                return SymbolNode(command);
            case CommandKind.Dots when command.Text == "⋮":
                // TeX's \vdots is a box 1.5em tall (a 0.6em kern over three dots 0.4em apart), which makes its row of a
                // matrix taller than the strut: the mpadded gives the glyph that height, and the width of TeX's period
                // (0.278em; Latin Modern Math's ⋮ is 0.218em), the glyph in its middle.
                return new MathNode("mpadded", [new MathNode("mi", command.Text)], AtomClass.Ord, " width=\"0.278em\" lspace=\"0.03em\" height=\"1.5em\" depth=\"0em\"");
            case CommandKind.Dots:
                return new MathNode(command.Class == AtomClass.Ord ? "mi" : "mo", token.IsWord("dots") && BinaryOrRelationFollows() ? "⋯" : command.Text, command.Class);
            case CommandKind.Function:
                return Function(command.Text!, command.Argument == 1);
            case CommandKind.BigOperator:
                return BigOperator(command);
            case CommandKind.Fraction:
                return Fraction(token, command.Argument);
            case CommandKind.Binomial:
                return Binomial(ParseArgument(token), ParseArgument(token), command.Argument);
            case CommandKind.Sqrt:
                {
                    var index = ParseOptionalArgument();
                    var radicand = ParseArgument(token);
                    return index is null ? new MathNode("msqrt", [radicand]) : MathNode.Of("mroot", radicand, index);
                }
            case CommandKind.Accent:
                {
                    var body = ParseArgument(token);
                    // TeX's \vec is a small arrow (cmmi's, half an em wide); Latin Modern Math's → is an em wide and would
                    // widen the base, and its combining arrow (U+20D7) is drawn left of the letter in Chromium.
                    var stretchy = command.Argument == 1 ? " stretchy=\"true\"" : token.IsWord("vec") ? Unstretched + " mathsize=\"50%\"" : Unstretched;
                    if (command.Argument != 1 && !token.IsWord("vec") && body is { Element: "mi", Attributes: null } && AccentSkew.Of(body.Text) is { } skew)
                    {
                        stretchy += skew;
                    }
                    return MathNode.Of("mover", body, new MathNode("mo", command.Text, AtomClass.Ord, stretchy), AtomClass.Ord, " accent=\"true\"");
                }
            case CommandKind.UnderAccent:
                return MathNode.Of("munder", ParseArgument(token), new MathNode("mo", command.Text, AtomClass.Ord, " stretchy=\"true\""), AtomClass.Ord, " accentunder=\"true\"");
            case CommandKind.Brace:
                {
                    var body = ParseArgument(token);
                    var brace = new MathNode("mo", command.Text, AtomClass.Ord, " stretchy=\"true\"");
                    // The label is written as an ordinary script (\underbrace{..}_{n}); munder/mover puts it under the brace.
                    var braced = MathNode.Of(command.Argument == 1 ? "munder" : "mover", body, brace, AtomClass.Ord);
                    braced.Limits = LimitsMode.Forced;
                    return braced;
                }
            case CommandKind.Font:
                return WithFont((MathFont)command.Argument, () => ParseArgument(token));
            case CommandKind.Text:
                return ParseText(token, (MathFont)command.Argument);
            case CommandKind.OperatorName:
                return OperatorName(token);
            case CommandKind.Left:
                return LeftRight(token);
            case CommandKind.BigDelimiter:
                {
                    var delimiter = ReadDelimiter(token);
                    var node = new MathNode("mo", delimiter.Length == 0 ? "" : delimiter, command.Class == AtomClass.Ord ? AtomClass.Ord : command.Class,
                        $" stretchy=\"true\" symmetric=\"true\" minsize=\"{command.Text}\" maxsize=\"{command.Text}\"");
                    if (command.Class == AtomClass.Ord)
                    {
                        node.AddAttribute(NoSpace);
                    }
                    return DelimiterWidths.Narrowed(node, DelimiterWidths.SizeOf(command.Text!));
                }
            case CommandKind.Space:
                return SpaceNode(command.Text!);
            case CommandKind.HorizontalSpace:
                return SpaceNode(ReadLength(token, command.Argument));
            case CommandKind.TextColor:
                {
                    var color = ReadColor(token);
                    var body = ParseArgument(token);
                    return new MathNode("mstyle", [body], body.Class, $" mathcolor=\"{color}\"");
                }
            case CommandKind.ColorBox:
                {
                    var border = command.Argument == 1 ? ReadColor(token) : null;
                    var color = ReadColor(token);
                    var body = ParseText(token, MathFont.Default);
                    var style = border is null ? " class=\"ink-colorbox\"" : $" class=\"ink-fcolorbox\" style=\"border-color:{border}\"";
                    return new MathNode("mrow", [body], AtomClass.Ord, $" mathbackground=\"{color}\"{style}");
                }
            case CommandKind.Boxed:
                return new MathNode("mrow", [ParseArgument(token)], AtomClass.Ord, " class=\"ink-boxed\"");
            case CommandKind.Cancel:
                return new MathNode("mrow", [ParseArgument(token)], AtomClass.Ord, $" class=\"{command.Text}\"");
            case CommandKind.Not:
                return Negate(token);
            case CommandKind.StackRel:
                {
                    var script = ParseArgument(token);
                    var body = ParseArgument(token);
                    var atomClass = command.Argument == 0 ? AtomClass.Rel : body.Class is AtomClass.Rel or AtomClass.Bin ? body.Class : AtomClass.Ord;
                    return MathNode.Of(command.Argument == 2 ? "munder" : "mover", body, script, atomClass);
                }
            case CommandKind.Phantom:
                {
                    var phantom = new MathNode("mphantom", [ParseArgument(token)]);
                    return command.Argument switch
                    {
                        1 => new MathNode("mpadded", [phantom], AtomClass.Ord, " height=\"0\" depth=\"0\""),
                        2 => new MathNode("mpadded", [phantom], AtomClass.Ord, " width=\"0\""),
                        _ => phantom,
                    };
                }
            case CommandKind.Smash when command.Argument == 1:
                // \rlap: no width, so the content overlaps what follows.
                return new MathNode("mpadded", [ParseArgument(token)], AtomClass.Ord, " width=\"0\"");
            case CommandKind.Smash:
                {
                    ParseOptionalArgument();
                    return new MathNode("mpadded", [ParseArgument(token)], AtomClass.Ord, " height=\"0\" depth=\"0\"");
                }
            case CommandKind.XArrow:
                return ExtensibleArrow(token, command.Text!);
            case CommandKind.Begin:
                return ParseEnvironment(token);
            case CommandKind.Tag:
                ParseTag(token);
                return null;
            case CommandKind.Label:
                ParseLabel(token);
                return null;
            case CommandKind.NoNumber:
                (_row ?? _formula).NoNumber = true;
                return null;
            case CommandKind.Reference:
                return Reference(token, command.Argument == 1);
            case CommandKind.Define:
                Define(token);
                return null;
            case CommandKind.NewCommand:
                NewCommand(token, command.Argument);
                return null;
            case CommandKind.Mod:
                return Modulo(token, command.Argument);
            case CommandKind.AtomClass:
                {
                    var body = ParseArgument(token);
                    if (command.Class != AtomClass.Ord && body is { Element: "mpadded", Children: [{ Element: "mi" } letter] } && body.Attributes!.StartsWith(" width=", StringComparison.Ordinal))
                    {
                        // A letter widened to TeX's width (\mathop{\mathbb{E}}) is an operator of the letter itself.
                        body = letter;
                    }
                    if (command.Class == AtomClass.Op && body.Element is "mi" or "mn" && body.Text is not null)
                    {
                        // A single token becomes an operator so that movablelimits can move its limits in inline style.
                        return new MathNode("mo", body.Text, AtomClass.Op, " movablelimits=\"true\"") { Limits = LimitsMode.Movable };
                    }
                    if (command.Class == AtomClass.Op)
                    {
                        var op = body.Element is "mo" or "mrow" ? body : new MathNode("mrow", [body], AtomClass.Op);
                        op.Class = AtomClass.Op;
                        op.Limits = LimitsMode.Movable;
                        return op;
                    }
                    if (command.Class is not (AtomClass.Ord or AtomClass.Inner) && body.Element is "mi" or "mn" && body.Text is not null)
                    {
                        // \mathrel{R}: a letter used as an operator is an operator element.
                        body.Element = "mo";
                        body.Attributes = command.Class is AtomClass.Open or AtomClass.Close ? Unstretched : null;
                    }
                    if (command.Class != AtomClass.Ord && Spacing.IsEmbellishedOperator(body))
                    {
                        if (command.Class is AtomClass.Bin or AtomClass.Rel)
                        {
                            Spacing.ResetSpacing(body);
                        }
                        body.Class = command.Class;
                        return body;
                    }
                    var gap = command.Class switch { AtomClass.Rel => "0.2778em", AtomClass.Bin => "0.2222em", _ => null };
                    return gap is null
                        ? new MathNode("mrow", [body], command.Class == AtomClass.Punct ? AtomClass.Punct : AtomClass.Ord)
                        : new MathNode("mrow", [Spacing.Space(gap), body, Spacing.Space(gap)], AtomClass.Ord);
                }
            case CommandKind.Substack:
                return Substack(token);
            case CommandKind.Strut:
                // An invisible parenthesis: the height and depth of a line of math, no width.
                return new MathNode("mpadded", [new MathNode("mphantom", [new MathNode("mo", "(", AtomClass.Ord, Unstretched)])], AtomClass.Ord, " width=\"0\"");
            case CommandKind.Logo:
                return Logo(command.Argument == 1);
            case CommandKind.BorderMatrix:
                return BorderMatrix(token);
            case CommandKind.Relax:
                return null;
            case CommandKind.Hline:
                throw new MathParseException($"\\{token.Name} is only allowed at the start of a row of an array or matrix.", token.Offset, token.SpanLength);
            case CommandKind.Limits:
                throw new MathParseException($"\\{token.Name} must follow an operator such as \\sum or \\int.", token.Offset, token.SpanLength);
            case CommandKind.LineBreak when _environments == 0:
                SkipOptionalLength();
                return LineBreakSpace();
            case CommandKind.End or CommandKind.Right or CommandKind.Middle or CommandKind.LineBreak:
                throw new MathParseException($"\\{token.Name} is not allowed here.", token.Offset, token.SpanLength);
            default:
                throw new MathParseException($"\\{token.Name} is not allowed here.", token.Offset, token.SpanLength);
        }
    }

    /// <summary>Handles commands that change everything after them in the current group. Returns true when it consumed the rest.</summary>
    private bool TryParseSwitch(Command command, Token token, Stop stop, List<MathNode> list)
    {
        switch (command.Kind)
        {
            case CommandKind.Style:
                _tokens.Next();
                list.Add(new MathNode("mstyle", ParseExpression(stop), AtomClass.Ord, command.Argument switch
                {
                    0 => " displaystyle=\"true\" scriptlevel=\"0\"",
                    1 => " displaystyle=\"false\" scriptlevel=\"0\"",
                    2 => " displaystyle=\"false\" scriptlevel=\"1\"",
                    _ => " displaystyle=\"false\" scriptlevel=\"2\"",
                }));
                return true;
            case CommandKind.Color:
                {
                    _tokens.Next();
                    var color = ReadColor(token);
                    list.Add(new MathNode("mstyle", ParseExpression(stop), AtomClass.Ord, $" mathcolor=\"{color}\""));
                    return true;
                }
            case CommandKind.Size:
                {
                    _tokens.Next();
                    // TeX's sizes are absolute (\Huge inside \tiny is still \Huge); mathsize is relative to the size around it.
                    var saved = _size;
                    _size = int.Parse(command.Text.AsSpan(0, command.Text!.Length - 1), System.Globalization.CultureInfo.InvariantCulture);
                    var size = saved == 100 ? command.Text : (100.0 * _size / saved).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
                    list.Add(new MathNode("mstyle", ParseExpression(stop), AtomClass.Ord, $" mathsize=\"{size}\""));
                    _size = saved;
                    return true;
                }
            case CommandKind.FontSwitch:
                {
                    _tokens.Next();
                    var saved = _font;
                    _font = (MathFont)command.Argument;
                    var rest = ParseExpression(stop);
                    _font = saved;
                    list.AddRange(rest);
                    return true;
                }
            default:
                return false;
        }
    }
}
