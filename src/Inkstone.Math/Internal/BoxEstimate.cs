namespace Inkstone.Math.Internal;

/// <summary>
/// A rough height and depth of a subtree in em of its style's size, from Computer Modern's glyph heights and TeX's
/// (KaTeX's) script, fraction and limit shifts. It only has to be good enough to choose a delimiter size the way
/// TeX does; the browser does the real layout.
/// </summary>
internal readonly record struct BoxEstimate(double Height, double Depth)
{
    private const double AxisHeight = 0.25;
    private const double XHeight = 0.431;

    public static readonly BoxEstimate Empty = new(0, 0);

    private static readonly BoxEstimate Bracket = new(0.75, 0.25);

    /// <summary>How far the box reaches from the math axis, up or down: what TeX sizes a delimiter by.</summary>
    public double ReachFromAxis => System.Math.Max(Height - AxisHeight, Depth + AxisHeight);

    public BoxEstimate Union(BoxEstimate other) =>
        new(System.Math.Max(Height, other.Height), System.Math.Max(Depth, other.Depth));

    public static BoxEstimate Of(MathNode node, int style)
    {
        if (node.Children is not { } children)
        {
            return node.Element switch
            {
                "mi" or "mn" or "mo" or "mtext" => OfText(node, style),
                "mspace" => OfSpace(node.Attributes),
                _ => Empty,
            };
        }
        switch (node.Element)
        {
            case "mphantom" or "mrow" or "menclose" or "mtd" or "semantics":
                return OfRow(children, style);
            case "mpadded":
                var inner = OfRow(children, style);
                return node.Attributes?.Contains("height=\"0\"", StringComparison.Ordinal) == true ? Empty : inner;
            case "mstyle":
                var set = MathStyle.Of(node.Attributes, style);
                return Scaled(OfRow(children, set), set, style);
            case "msub" or "msup" or "msubsup":
                return OfScripts(node.Element, children, style);
            case "munder" or "mover" or "munderover":
                return OfLimits(node, children, style);
            case "mfrac":
                return OfFraction(node, children, style);
            case "msqrt" or "mroot":
                return Radicals.Box(Of(children[0], style), style);
            case "mtable":
                return OfTable(node, children, style);
            default:
                return OfRow(children, style);
        }
    }

    /// <summary>The union of the children; stretchy fences reach as far from the axis as the rest, up and down.</summary>
    private static BoxEstimate OfRow(List<MathNode> children, int style)
    {
        var box = Empty;
        var fenced = false;
        foreach (var child in children)
        {
            if (child.IsStretchyFence)
            {
                fenced = true;
                continue;
            }
            box = box.Union(Of(child, style));
        }
        if (fenced)
        {
            var reach = box.ReachFromAxis;
            box = box.Union(Bracket).Union(new BoxEstimate(reach + AxisHeight, reach - AxisHeight));
        }
        return box;
    }

    /// <summary>A box measured in <paramref name="inner"/> style expressed in em of <paramref name="outer"/> style.</summary>
    private static BoxEstimate Scaled(BoxEstimate box, int inner, int outer)
    {
        var ratio = MathStyle.Scale(inner) / MathStyle.Scale(outer);
        return new BoxEstimate(box.Height * ratio, box.Depth * ratio);
    }

    private static BoxEstimate OfScripts(string element, List<MathNode> children, int style)
    {
        var nucleus = Of(children[0], style);
        var scriptStyle = MathStyle.Smaller(style);
        var box = nucleus;
        var isGlyph = children[0].Children is null;
        if (element is "msub" or "msubsup")
        {
            var sub = Scaled(Of(children[1], scriptStyle), scriptStyle, style);
            var shift = System.Math.Max(element == "msub" ? 0.15 : 0.247, isGlyph ? 0 : nucleus.Depth + 0.05);
            shift = System.Math.Max(shift, sub.Height - 0.8 * XHeight);
            box = box.Union(new BoxEstimate(sub.Height - shift, sub.Depth + shift));
        }
        if (element is "msup" or "msubsup")
        {
            var sup = Scaled(Of(children[^1], scriptStyle), scriptStyle, style);
            var shift = System.Math.Max(style == MathStyle.Display ? 0.413 : 0.363, isGlyph ? 0 : nucleus.Height - 0.27);
            shift = System.Math.Max(shift, sup.Depth + 0.25 * XHeight);
            box = box.Union(new BoxEstimate(sup.Height + shift, sup.Depth - shift));
        }
        return box;
    }

    private static BoxEstimate OfLimits(MathNode node, List<MathNode> children, int style)
    {
        if (node.Attributes?.Contains("accent=\"true\"", StringComparison.Ordinal) == true)
        {
            // TeX lowers the accent by the nucleus's height up to the x-height (the TeXbook's rule 12): over an x-height
            // letter the box is as tall as the accent glyph.
            var accented = Of(children[0], style);
            return new BoxEstimate(accented.Height - System.Math.Min(accented.Height, XHeight) + AccentHeight(children[^1].Text), accented.Depth);
        }
        if (node.Attributes?.Contains("accentunder=\"true\"", StringComparison.Ordinal) == true)
        {
            var accented = Of(children[0], style);
            return new BoxEstimate(accented.Height, accented.Depth + 0.25);
        }
        if (style != MathStyle.Display && children[0].Limits == LimitsMode.Movable)
        {
            return OfScripts(node.Element switch { "munder" => "msub", "mover" => "msup", _ => "msubsup" }, children, style);
        }
        var limitStyle = MathStyle.Smaller(style);
        var box = Of(children[0], style);
        if (node.Element is "munder" or "munderover")
        {
            var under = Scaled(Of(children[1], limitStyle), limitStyle, style);
            box = new BoxEstimate(box.Height, box.Depth + System.Math.Max(0.167, 0.6 - under.Height) + under.Height + under.Depth + 0.1);
        }
        if (node.Element is "mover" or "munderover")
        {
            var over = Scaled(Of(children[^1], limitStyle), limitStyle, style);
            box = new BoxEstimate(box.Height + System.Math.Max(0.111, 0.2 - over.Depth) + over.Height + over.Depth + 0.1, box.Depth);
        }
        return box;
    }

    /// <summary>The heights of cmr10's accents (and cmmi10's vector arrow); wide accents about as tall as the arrow.</summary>
    private static double AccentHeight(string? accent) => accent switch
    {
        "¯" => 0.569,
        "ˇ" => 0.628,
        "˜" or "˙" or "¨" => 0.668,
        "ˆ" or "´" or "`" or "˘" or "˚" => 0.694,
        _ => 0.711,
    };

    private static BoxEstimate OfFraction(MathNode node, List<MathNode> children, int style)
    {
        var partStyle = MathStyle.OfFractionParts(node.Attributes, style);
        var numerator = Scaled(Of(children[0], partStyle), partStyle, style);
        var denominator = Scaled(Of(children[1], partStyle), partStyle, style);
        var display = style == MathStyle.Display;
        var ruled = node.Attributes?.Contains("linethickness=\"0\"", StringComparison.Ordinal) != true;
        var numeratorShift = display ? 0.677 : ruled ? 0.394 : 0.444;
        var denominatorShift = display ? 0.686 : 0.345;
        var clearance = (ruled ? (display ? 0.12 : 0.04) : (display ? 0.28 : 0.12)) + (ruled ? 0.02 : 0);
        numeratorShift = System.Math.Max(numeratorShift, AxisHeight + clearance + numerator.Depth);
        denominatorShift = System.Math.Max(denominatorShift, clearance + denominator.Height - AxisHeight);
        return new BoxEstimate(numeratorShift + numerator.Height, denominatorShift + denominator.Depth);
    }

    /// <summary>
    /// Rows at least as tall as TeX's array strut (0.84em above the baseline, 0.36em below), centred on the axis; aligned and
    /// gathered add \jot (0.3em) to each.
    /// </summary>
    private static BoxEstimate OfTable(MathNode node, List<MathNode> rows, int style)
    {
        var cellStyle = MathStyle.Of(node.Attributes, MathStyle.Text);
        var jot = node.Attributes is { } attributes && (attributes.Contains("ink-align", StringComparison.Ordinal) || attributes.Contains("ink-gather", StringComparison.Ordinal)) ? 0.3 : 0;
        var total = 0.0;
        foreach (var row in rows)
        {
            var box = row.Children is { } cells ? OfRow(cells, cellStyle) : Empty;
            total += System.Math.Max(box.Height, 0.84) + System.Math.Max(box.Depth, 0.36) + jot;
        }
        var scaled = Scaled(new BoxEstimate(total / 2 + AxisHeight, total / 2 - AxisHeight), cellStyle, style);
        return scaled;
    }

    /// <summary>A strut: the height and depth an mspace is given (a table's rows are spaced by them).</summary>
    private static BoxEstimate OfSpace(string? attributes) => new(Length(attributes, " height=\""), Length(attributes, " depth=\""));

    private static double Length(string? attributes, string name)
    {
        var start = attributes?.IndexOf(name, StringComparison.Ordinal) ?? -1;
        if (start < 0)
        {
            return 0;
        }
        start += name.Length;
        var end = attributes!.IndexOf("em\"", start, StringComparison.Ordinal);
        return end > start && double.TryParse(attributes.AsSpan(start, end - start), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : 0;
    }

    private static BoxEstimate OfText(MathNode node, int style)
    {
        if (node.Text is not { } text)
        {
            return Empty;
        }
        if (node.Element == "mo" && node.Class == AtomClass.Op && text.Length == 1 && text[0] is >= '∏' and <= '∐' or '∑' or >= '⋀' and <= '⋃' or >= '⨀' and <= '⨄')
        {
            return style == MathStyle.Display ? new BoxEstimate(1.05, 0.55) : new BoxEstimate(0.75, 0.25);
        }
        if (node.Element == "mo" && text.Length == 1 && text[0] is >= '∫' and <= '∳' or >= '⨌' and <= '⨑')
        {
            return style == MathStyle.Display ? new BoxEstimate(1.36, 0.862) : new BoxEstimate(0.805, 0.306);
        }
        var box = Empty;
        foreach (var character in text)
        {
            box = box.Union(OfCharacter(character));
        }
        return box;
    }

    private static BoxEstimate OfCharacter(char character) => character switch
    {
        '(' or ')' or '[' or ']' or '{' or '}' or '|' or '‖' or '⟨' or '⟩' or '⌊' or '⌋' or '⌈' or '⌉' or '/' or '\\' => Bracket,
        'g' or 'p' or 'q' or 'y' or 'γ' or 'η' or 'μ' or 'ρ' or 'χ' or ',' or ';' => new BoxEstimate(XHeight, 0.194),
        'j' or 'f' or 'β' or 'ζ' or 'ξ' or 'φ' or 'ψ' or 'ϕ' => new BoxEstimate(0.694, 0.194),
        'a' or 'c' or 'e' or 'm' or 'n' or 'o' or 'r' or 's' or 'u' or 'v' or 'w' or 'x' or 'z' or 'α' or 'ε' or 'ϵ' or 'ι'
            or 'κ' or 'ν' or 'π' or 'σ' or 'τ' or 'υ' or 'ω' or '.' or ':' => new BoxEstimate(XHeight, 0),
        '+' or '−' or '=' or '±' or '×' or '÷' or '<' or '>' or '≤' or '≥' or '∼' or '≈' or '→' or '←' or '⋅' or '∘' or '∣'
            => new BoxEstimate(0.583, 0.083),
        >= '0' and <= '9' => new BoxEstimate(0.644, 0),
        _ => new BoxEstimate(0.694, 0),
    };
}
