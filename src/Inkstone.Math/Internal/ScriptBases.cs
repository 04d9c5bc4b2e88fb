namespace Inkstone.Math.Internal;

/// <summary>
/// Moves scripts to where TeX puts them (The TeXbook, Appendix G, rule 18). Chromium shifts a subscript down by at
/// least the base's depth plus 0.2em and a superscript up by at least its height less 0.25em; TeX ignores the depth
/// and height of a character (<c>y_2</c>, <c>f^2</c>, <c>(x)_i</c>, whose script belongs to the bracket, and
/// <c>\hat y_i</c>) and uses 0.05em for a box (<c>\log_2</c>). So the base is wrapped in an <c>mpadded</c> that hides
/// the depth or height TeX does not count. A large operator in text style gets its limits as scripts (what
/// <c>movablelimits</c> would do) with the operator's depth reduced by the same 0.15em, and an integral's subscript
/// is moved left by the operator's italic correction, as TeX does.
/// </summary>
internal static class ScriptBases
{
    /// <summary>Chromium's subscript drop (0.2em) less TeX's (0.05em).</summary>
    private const double ExtraDrop = 0.15;

    public static void Apply(MathNode root, bool display) => Walk(root, display ? MathStyle.Display : MathStyle.Text);

    private static void Walk(MathNode node, int style)
    {
        if (node.Children is [var first, ..])
        {
            switch (node.Element)
            {
                case "msub" or "msup" or "msubsup":
                    Adjust(node, first, style);
                    break;
                case "munder" or "mover" or "munderover" when style != MathStyle.Display && IsLargeOperator(first) && node.Attributes is null:
                    node.Element = node.Element switch { "munder" => "msub", "mover" => "msup", _ => "msubsup" };
                    Adjust(node, first, style);
                    break;
                case "munder" or "mover" when IsBrace(first):
                    // Chromium sets a brace's label as a limit, a gap from the brace that its font sets; TeX's
                    // \underbrace puts the label 0.26em (of the formula's size) further down, \overbrace 0.32em further up.
                    node.Children![1] = new MathNode("mpadded", [node.Children[1]], node.Children[1].Class,
                        node.Element == "munder" ? " voffset=\"-0.371em\"" : " voffset=\"0.457em\"");
                    break;
                case "munder" or "mover" or "munderover" when style != MathStyle.Display && IsMovableName(first):
                    // lim, sup, max: the limits are scripts in text style, where TeX drops them as from a box.
                    node.Element = node.Element switch { "munder" => "msub", "mover" => "msup", _ => "msubsup" };
                    AdjustName(node, first);
                    break;
            }
        }
        MathStyle.VisitChildren(node, style, Walk);
    }

    private static void Adjust(MathNode node, MathNode first, int style)
    {
        var sub = node.Element is "msub" or "msubsup";
        var sup = node.Element is "msup" or "msubsup";
        if (IsLargeOperator(first))
        {
            AdjustLargeOperator(node, first, style, sub);
            return;
        }
        if (sup && first is { Element: "mi", Attributes: null, Text: var letter } && ItalicCorrection.Of(letter) is { } kern)
        {
            // TeX sets the superscript of an italic letter after its italic correction (V^\pi); Chromium does not.
            var index = node.Element == "msup" ? 1 : 2;
            node.Children![index] = new MathNode("mrow", [Spacing.Space(ItalicCorrection.InScript(kern)), node.Children[index]]);
        }
        string? depth = null, height = null;
        if (Character(first) is { } c)
        {
            if (node.Element == "msub" && IsShort(node.Children![1]))
            {
                // TeX lowers a lone subscript by 0.15em (sub1), Chromium by the font's 0.247em (TeX's sub2, for a
                // subscript under a superscript): the script is raised by the difference, in em of its own size.
                node.Children[1] = new MathNode("mpadded", [node.Children[1]], node.Children[1].Class, " voffset=\"0.139em\"");
            }
            depth = sub && (Descends(c) || IsFenceGroup(first)) ? "0em" : null;
            height = sup && first.Element != "mover" && (IsTall(c) || IsFenceGroup(first)) ? "0.6em" : null;
        }
        else if (sub && first is { Element: "mi", IsFunction: true, Text: { } word } && word.AsSpan().IndexOfAny("gjpqy") >= 0)
        {
            depth = "0.044em";
        }
        if (depth is null && height is null)
        {
            return;
        }
        var attributes = (height is null ? "" : $" height=\"{height}\"") + (depth is null ? "" : $" depth=\"{depth}\"");
        node.Children![0] = new MathNode("mpadded", [first], first.Class, attributes) { IsFunction = first.IsFunction };
    }

    /// <summary>
    /// The scripts of an operator name (lim, sup) in text style: TeX drops a subscript by the name's depth plus 0.05em,
    /// at least 0.15em, where Chromium takes the depth plus 0.2em, at least 0.247em; the same amends as for a function's
    /// name (<c>\log_2</c>) or a letter.
    /// </summary>
    private static void AdjustName(MathNode node, MathNode name)
    {
        if (node.Element == "msup")
        {
            return;
        }
        if (name.Text!.AsSpan().IndexOfAny("gjpqy") >= 0)
        {
            node.Children![0] = new MathNode("mpadded", [name], name.Class, " depth=\"0.044em\"");
        }
        else if (node.Element == "msub" && IsShort(node.Children![1]))
        {
            node.Children[1] = new MathNode("mpadded", [node.Children[1]], node.Children[1].Class, " voffset=\"0.139em\"");
        }
    }

    private static bool IsMovableName(MathNode node) =>
        node is { Element: "mo", Text.Length: > 1 } && node.Attributes?.Contains("movablelimits=\"true\"", StringComparison.Ordinal) == true;

    /// <summary>
    /// A large operator with scripts beside it: the operator's depth reduced so the subscript drops by TeX's amount,
    /// its spacing moved outside (inside an mpadded it would separate the operator from its scripts), and an
    /// integral's subscript moved left by TeX's italic correction (0.194em in text style, 0.442em in display style), which
    /// Chromium no longer applies once the operator is wrapped.
    /// </summary>
    private static void AdjustLargeOperator(MathNode node, MathNode op, int style, bool sub)
    {
        var integral = op.Text![0] is >= '\u222B' and <= '\u2233' or '\u2A0C';
        if (!sub)
        {
            return;
        }
        var lspace = Attribute(op.Attributes, "lspace") ?? "0.1667em";
        var rspace = Attribute(op.Attributes, "rspace") ?? "0.1667em";
        op.SetSpacing("0em", "0em");
        var depth = style == MathStyle.Display ? (integral ? "0.71em" : null) : integral ? "0.16em" : "0.11em";
        var children = node.Children!;
        if (depth is not null)
        {
            children[0] = new MathNode("mpadded", [op], AtomClass.Op, $" depth=\"{depth}\"");
        }
        if (integral)
        {
            // TeX sets an integral's subscript left of its superscript by the italic correction. In em of the script's size.
            var shift = new MathNode("mspace", (string?)null, AtomClass.None,
                style == MathStyle.Display ? " width=\"0em\" style=\"margin-left:-0.631em\"" : " width=\"0em\" style=\"margin-left:-0.277em\"");
            children[1] = new MathNode("mrow", [shift, children[1]]);
        }
        if (lspace == "0em" && rspace == "0em")
        {
            return;
        }
        var scripts = new MathNode(node.Element, children, AtomClass.Op, node.Attributes);
        node.Element = "mrow";
        node.Attributes = null;
        node.Children = lspace == "0em" ? [scripts, Spacing.Space(rspace)] : rspace == "0em" ? [Spacing.Space(lspace), scripts] : [Spacing.Space(lspace), scripts, Spacing.Space(rspace)];
    }

    private static string? Attribute(string? attributes, string name)
    {
        var start = attributes?.IndexOf(" " + name + "=\"", StringComparison.Ordinal) ?? -1;
        if (attributes is null || start < 0)
        {
            return null;
        }
        start += name.Length + 3;
        return attributes[start..attributes.IndexOf('"', start)];
    }

    /// <summary>A script of letters, digits and operators only, no taller than a parenthesis: TeX's sub1 decides its drop.</summary>
    private static bool IsShort(MathNode node) => node.Element switch
    {
        "mi" or "mn" or "mo" or "mtext" or "mspace" => true,
        "mpadded" => IsWidenedLetter(node),
        "mrow" => node.Children!.TrueForAll(child => child.Element is "mi" or "mn" or "mo" or "mtext" or "mspace"),
        _ => false,
    };

    private static bool IsBrace(MathNode node) =>
        node is { Element: "munder" or "mover", Attributes: null, Children: [_, { Element: "mo", Text: "⏟" or "⏞" }] };

    /// <summary>A letter in a box of TeX's width (<see cref="LetterWidths"/>).</summary>
    private static bool IsWidenedLetter(MathNode node) =>
        node is { Element: "mpadded", Children: [{ Element: "mi" }] } && node.Attributes?.StartsWith(" width=", StringComparison.Ordinal) == true;

    private static bool IsLargeOperator(MathNode node) =>
        node is { Element: "mo", Class: AtomClass.Op, IsFunction: false, Text: [var c] }
        && node.Attributes?.Contains("movablelimits=\"false\"", StringComparison.Ordinal) != true
        && c is >= '\u220F' and <= '\u2211' or >= '\u222B' and <= '\u2233' or >= '\u22C0' and <= '\u22C3' or >= '\u2A00' and <= '\u2A0C';

    /// <summary>The character a script attaches to in TeX: a one-character token, an accented one, or the closing bracket of a group.</summary>
    private static char? Character(MathNode node) => node switch
    {
        { Element: "mi" or "mn", Text: [var c] } => c,
        { Element: "mo", Class: AtomClass.Ord or AtomClass.Open or AtomClass.Close, Text: [var c] } => c,
        { Element: "mover", Children: [{ Element: "mi" or "mn", Text: [var c] }, _] } when node.Attributes?.Contains("accent=\"true\"", StringComparison.Ordinal) == true => c,
        { Children: [var letter] } when IsWidenedLetter(node) => Character(letter),
        _ when IsFenceGroup(node) => ')',
        _ => null,
    };

    private static bool IsFenceGroup(MathNode node) =>
        node is { Element: "mrow", Children: [{ Element: "mo", Class: AtomClass.Open, IsStretchyFence: false }, .., { Element: "mo", Class: AtomClass.Close, IsStretchyFence: false }] };

    private static bool Descends(char c) => c is 'f' or 'g' or 'j' or 'p' or 'q' or 'y' or 'Q' or 'β' or 'γ' or 'ζ' or 'η' or 'μ' or 'ξ' or 'ρ' or 'ς' or 'φ'
        or 'χ' or 'ψ' or 'ϕ' or 'ϱ' or '(' or ')' or '[' or ']' or '{' or '}' or '|' or '‖' or '⟨' or '⟩';

    private static bool IsTall(char c) => c is >= 'A' and <= 'Z' or >= '0' and <= '9' or 'b' or 'd' or 'f' or 'h' or 'k' or 'l' or 't' or 'β' or 'δ' or 'ζ'
        or 'θ' or 'λ' or 'ξ' or '∂' or '(' or ')' or '[' or ']' or '{' or '}' or '|' or '‖' or '⟨' or '⟩' || c is >= 'Α' and <= 'Ω';
}
