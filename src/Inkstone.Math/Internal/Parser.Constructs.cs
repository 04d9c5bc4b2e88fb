namespace Inkstone.Math.Internal;

internal sealed partial class Parser
{
    private MathNode WithFont(MathFont font, Func<MathNode> parse)
    {
        var saved = _font;
        _font = font;
        try
        {
            var node = parse();
            return font is MathFont.Upright or MathFont.TextItalic ? MergeLetters(node) : node;
        }
        finally
        {
            _font = saved;
        }
    }

    /// <summary>An upright letter (\mathrm{d}); a longer mi is upright without it.</summary>
    private const string UprightAttribute = " mathvariant=\"normal\"";

    /// <summary>A letter or digit of TeX's text italic (\mathit, \textit), which math.css draws in Latin Modern Roman Italic.</summary>
    private const string TextItalicAttribute = " class=\"ink-textit\"";

    /// <summary>
    /// Joins adjacent letters of one font into one mi: \mathrm{softmax} is one upright word, and \mathit{diff} one
    /// italic word, whose letters the font kerns and ligatures as TeX's math does for a run of ordinary characters.
    /// </summary>
    private static MathNode MergeLetters(MathNode node)
    {
        if (node.Element != "mrow" || node.Children is not { Count: > 1 } children)
        {
            return node;
        }
        var merged = new List<MathNode>(children.Count);
        foreach (var child in children)
        {
            if (child.Mergeable && merged.Count > 0 && merged[^1] is { Mergeable: true } previous
                && ReferenceEquals(previous.Attributes, child.Attributes))
            {
                merged[^1] = new MathNode("mi", previous.Text + child.Text, attributes: previous.Attributes) { Mergeable = true };
                continue;
            }
            merged.Add(child);
        }
        foreach (var child in merged)
        {
            if (child.Mergeable && child.Text!.Length > 1 && ReferenceEquals(child.Attributes, UprightAttribute))
            {
                child.Attributes = null;
            }
        }
        return MathNode.Row(merged);
    }

    private MathNode Function(string name, bool limits)
    {
        if (limits)
        {
            return new MathNode("mo", name, AtomClass.Op, " movablelimits=\"true\"" + NoSpace) { Limits = LimitsMode.Movable, IsFunction = true };
        }
        return new MathNode("mi", name, AtomClass.Op) { IsFunction = true };
    }

    private MathNode Fraction(Token token, int style)
    {
        var numerator = ParseArgument(token);
        var denominator = ParseArgument(token);
        return new MathNode("mfrac", [numerator, denominator], AtomClass.Ord, StyleAttributes(style));
    }

    private static string? StyleAttributes(int style) => style switch
    {
        1 => " displaystyle=\"true\" scriptlevel=\"0\"",
        2 => " displaystyle=\"false\"",
        _ => null,
    };

    private static MathNode Binomial(MathNode top, MathNode bottom, int style)
    {
        var fraction = new MathNode("mfrac", [top, bottom], AtomClass.Ord, " linethickness=\"0\" class=\"ink-delimited\"" + StyleAttributes(style));
        return new MathNode("mrow", [MathNode.StretchyFence("(", AtomClass.Open, " stretchy=\"true\""), fraction,
            MathNode.StretchyFence(")", AtomClass.Close, " stretchy=\"true\"")], AtomClass.Ord);
    }

    private MathNode InfixFraction(Token infix, List<MathNode> numerator, List<MathNode> denominator)
    {
        var top = MathNode.Row(numerator);
        var bottom = MathNode.Row(denominator);
        var kind = infix.Name;
        if (kind.SequenceEqual("over"))
        {
            return MathNode.Of("mfrac", top, bottom);
        }
        if (kind.SequenceEqual("choose"))
        {
            return Binomial(top, bottom, 0);
        }
        var fraction = new MathNode("mfrac", [top, bottom], AtomClass.Ord, " linethickness=\"0\"");
        if (kind.SequenceEqual("atop"))
        {
            return fraction;
        }
        var (open, close) = kind.SequenceEqual("brace") ? ("{", "}") : ("[", "]");
        fraction.AddAttribute(" class=\"ink-delimited\"");
        return new MathNode("mrow", [MathNode.StretchyFence(open, AtomClass.Open, " stretchy=\"true\""), fraction,
            MathNode.StretchyFence(close, AtomClass.Close, " stretchy=\"true\"")], AtomClass.Ord);
    }

    private static MathNode SpaceNode(string width) =>
        width.StartsWith('-')
            ? new MathNode("mspace", (string?)null, AtomClass.None, $" width=\"0em\" style=\"margin-left:{width}\"")
            : Spacing.Space(width);

    /// <summary>A line break where MathML Core cannot break (inline math, a group outside environments): an interword space.</summary>
    private static MathNode LineBreakSpace() => Spacing.Space("0.3333em");

    private MathNode OperatorName(Token token)
    {
        var starred = false;
        if (_tokens.PeekRaw().IsChar('*'))
        {
            _tokens.NextRaw();
            starred = true;
        }
        var body = WithFont(MathFont.Upright, () => ParseArgument(token));
        var text = FlattenText(body);
        if (text is null)
        {
            var row = new MathNode("mrow", [body], AtomClass.Op) { IsFunction = true };
            row.Limits = starred ? LimitsMode.Movable : LimitsMode.None;
            return row;
        }
        return starred
            ? new MathNode("mo", text, AtomClass.Op, " movablelimits=\"true\"" + NoSpace) { Limits = LimitsMode.Movable, IsFunction = true }
            : new MathNode("mi", text, AtomClass.Op) { IsFunction = true };
    }

    /// <summary>The text of a row made only of plain tokens and spaces (for \operatorname), or null.</summary>
    private static string? FlattenText(MathNode node)
    {
        if (node.Children is null)
        {
            return node.Element is "mi" or "mn" or "mo" or "mtext" ? node.Text : node.Element == "mspace" ? "\u2009" : null;
        }
        if (node.Element != "mrow")
        {
            return null;
        }
        var builder = new System.Text.StringBuilder();
        foreach (var child in node.Children)
        {
            var text = FlattenText(child);
            if (text is null)
            {
                return null;
            }
            builder.Append(text);
        }
        return builder.ToString();
    }

    private MathNode Negate(Token token)
    {
        var next = Peek();
        if (next.Kind == TokenKind.End)
        {
            throw new MathParseException("\\not needs a relation after it.", token.Offset, token.SpanLength, "write \\not= or \\neq");
        }
        var node = ParsePrimary(single: true) ?? throw new MathParseException("\\not needs a relation after it.", token.Offset, token.SpanLength);
        if (node.Element is "mo" or "mi" && node.Text is { } text)
        {
            node.Text = text switch
            {
                "=" => "≠",
                "<" => "≮",
                ">" => "≯",
                "∈" => "∉",
                "∋" => "∌",
                "≡" => "≢",
                "⊂" => "⊄",
                "⊃" => "⊅",
                "⊆" => "⊈",
                "⊇" => "⊉",
                "≤" => "≰",
                "≥" => "≱",
                "∼" => "≁",
                "≈" => "≉",
                "≃" => "≄",
                "≅" => "≇",
                "∣" => "∤",
                "∥" => "∦",
                "≺" => "⊀",
                "≻" => "⊁",
                "→" => "↛",
                "←" => "↚",
                "⇒" => "⇏",
                "⇐" => "⇍",
                "↔" => "↮",
                "⇔" => "⇎",
                "⊢" => "⊬",
                "⊨" => "⊭",
                "∃" => "∄",
                _ => text + "\u0338",
            };
            return node;
        }
        return new MathNode("mrow", [node, new MathNode("mo", "\u0338", AtomClass.Ord, NoSpace)], node.Class);
    }

    private MathNode ExtensibleArrow(Token token, string arrow)
    {
        var below = ParseOptionalArgument();
        var above = ParseArgument(token);
        // No minsize: Chromium paints a horizontal minsize wider than the operator's box, over the spaces beside it.
        // A short label is padded instead, so the arrow stretches to its least width.
        var op = new MathNode("mo", arrow, AtomClass.Rel, " stretchy=\"true\"");
        var least = LeastArrowWidth(arrow);
        // Spacing puts the relation's spaces beside it as mspaces (browsers do not reliably give an embellished operator
        // its core's spacing), and none at the start or end of a row.
        // Chromium sets the labels as limits, 0.136em further from the arrow than amsmath (and KaTeX) does: voffset
        // brings them back without changing the box.
        var over = new MathNode("mpadded", [PaddedLabel(above, least)], AtomClass.Ord, " voffset=\"-0.194em\"");
        return below is null
            ? MathNode.Of("mover", op, over, AtomClass.Rel)
            : new MathNode("munderover", [op, new MathNode("mpadded", [PaddedLabel(below, least)], AtomClass.Ord, " voffset=\"0.194em\""), over], AtomClass.Rel);
    }

    /// <summary>
    /// The least width of an extensible arrow in em of the text size: amsmath's arrow fill with its kerns, as KaTeX
    /// measures it (a single arrow 1.469em, a double one 1.526em, a two-headed one 1.75em).
    /// </summary>
    private static double LeastArrowWidth(string arrow) => arrow switch
    {
        "→" or "←" => 1.469,
        "⇒" or "⇐" => 1.526,
        "↦" => 1.5,
        "↪" or "↩" => 1.08,
        "⇀" or "⇁" or "↼" or "↽" or "↠" or "↞" or "=" => 0.888,
        _ => 1.75,
    };

    /// <summary>
    /// A label of an extensible arrow with amsmath's room on each side (0.4286em of the script size), widened so that
    /// label and room together are at least the arrow's least width (<paramref name="least"/> em of the text size,
    /// which is 1/0.7 of it in the label's), from an estimate of half an em per character.
    /// </summary>
    private static MathNode PaddedLabel(MathNode label, double least)
    {
        const double Room = 0.4286;
        var side = System.Math.Max(Room, ((least / 0.7) - (0.5 * CharacterCount(label))) / 2);
        var pad = side == Room ? "0.4286em" : side.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "em";
        return new MathNode("mrow", [Spacing.Space(pad), label, Spacing.Space(pad)], AtomClass.Ord);
    }

    private static int CharacterCount(MathNode node)
    {
        if (node.Children is { } children)
        {
            var count = 0;
            foreach (var child in children)
            {
                count += CharacterCount(child);
            }
            return count;
        }
        return node.Text is { } text ? text.Length - text.Count(char.IsLowSurrogate) : 0;
    }

    private MathNode Modulo(Token token, int kind)
    {
        var display = _options.Display;
        switch (kind)
        {
            case 0:
                // amsmath's \bmod: 5mu on each side in place of the binary operator's 4mu.
                return new MathNode("mo", "mod", AtomClass.Bin, " lspace=\"0.2778em\" rspace=\"0.2778em\"");
            case 2:
                return new MathNode("mrow", [Spacing.Space(display ? "1em" : "0.4444em"), new MathNode("mi", "mod"), Spacing.Space("0.3333em")], AtomClass.Ord);
            default:
                {
                    var argument = ParseArgument(token);
                    var inner = new List<MathNode> { new MathNode("mo", "(", AtomClass.Open, Unstretched) };
                    if (kind == 1)
                    {
                        inner.Add(new MathNode("mi", "mod"));
                        inner.Add(Spacing.Space("0.3333em"));
                    }
                    inner.Add(argument);
                    inner.Add(new MathNode("mo", ")", AtomClass.Close, Unstretched));
                    return new MathNode("mrow", [Spacing.Space(display ? "1em" : "0.4444em"), new MathNode("mrow", inner)], AtomClass.Ord);
                }
        }
    }
}
