namespace Inkstone.Math.Internal;

/// <summary>
/// Applies TeX's spacing rules where MathML Core's operator dictionary would space differently:
/// binary operators that TeX treats as unary, and named functions (sin, lim) that need a thin space and an
/// invisible function application.
/// </summary>
internal static class Spacing
{
    private const string ThinSpace = "0.1667em";
    private const string MediumSpace = "0.2222em";
    private const string ThickSpace = "0.2778em";
    private const string WideSpace = "0.5556em";

    /// <param name="row">The row to adjust in place.</param>
    /// <param name="leadingOrd">Treat the row as preceded by an ordinary atom (the right-hand cells of align, where TeX inserts {}).</param>
    public static List<MathNode> Apply(List<MathNode> row, bool leadingOrd)
    {
        AtomClass? previous = leadingOrd ? AtomClass.Ord : null;
        for (var i = 0; i < row.Count; i++)
        {
            var node = row[i];
            if (node.Class == AtomClass.None)
            {
                continue;
            }
            if (node.Class == AtomClass.Bin)
            {
                var next = NextClass(row, i + 1);
                if (previous is null or AtomClass.Bin or AtomClass.Op or AtomClass.Rel or AtomClass.Open or AtomClass.Punct
                    || next is null or AtomClass.Rel or AtomClass.Close or AtomClass.Punct)
                {
                    node.Class = AtomClass.Ord;
                    Core(node)?.SetSpacing("0em", "0em");
                }
                else if (i == 0)
                {
                    Core(node)?.AddAttribute(" form=\"infix\"");
                }
            }
            else if (node.Class is AtomClass.Op or AtomClass.Inner && !node.IsFunction && Core(node) is { } op)
            {
                var next = NextClass(row, i + 1);
                if (previous is null && next is null && node == op && DotsPadding(op.Text) is var (padding, _))
                {
                    // Dots alone in a row (a matrix cell) make the row an embellished operator, whose lspace and rspace
                    // Chromium drops: their padding is written as spaces.
                    op.SetSpacing("0em", "0em");
                    row.Insert(i + 1, Space(padding));
                    row.Insert(i, Space(padding));
                    i += 2;
                }
                else
                {
                    SpaceOpOrInner(op, node.Class, previous, next, scripted: node != op);
                }
            }
            else if (node.Class == AtomClass.Inner && !node.IsFunction)
            {
                // \left...\right and delimited environments: an mrow takes no lspace or rspace, so TeX's thin spaces
                // between an inner atom and an ordinary one, a closing or an opening bracket or punctuation are mspaces.
                if (previous is AtomClass.Ord or AtomClass.Close or AtomClass.Inner)
                {
                    row.Insert(i, InnerSpace());
                    i++;
                }
                if (NextClass(row, i + 1) is AtomClass.Ord or AtomClass.Open or AtomClass.Punct)
                {
                    row.Insert(i + 1, InnerSpace());
                    i++;
                }
                previous = AtomClass.Inner;
                continue;
            }
            else if (node.IsFunction)
            {
                if (previous is AtomClass.Ord or AtomClass.Close or AtomClass.Inner)
                {
                    row.Insert(i, Space(ThinSpace));
                    i++;
                }
                var next = NextClass(row, i + 1);
                var insert = i + 1;
                if (next is not null)
                {
                    row.Insert(insert++, new MathNode("mo", "\u2061", AtomClass.None));
                }
                // A large operator after the name brings its own thin space (\max_\theta \sum): only one is TeX's.
                if (next is AtomClass.Ord or AtomClass.Inner || (next is AtomClass.Op && !BringsOwnSpace(row, insert)))
                {
                    row.Insert(insert++, Space(ThinSpace));
                }
                previous = node.Class;
                i = insert - 1;
                continue;
            }
            else if (node is { Element: "mi", Attributes: null, IsFunction: false } && i + 1 < row.Count && ItalicCorrection.Of(node.Text) is { } kern)
            {
                row.Insert(++i, Space(kern));
            }
            previous = node.Class;
        }
        SpaceBinariesAndRelations(row, leadingOrd);
        return row;
    }

    /// <summary>
    /// Chromium spaces each operator by the MathML dictionary, which gives × ⋅ ∘ ⊗ thinner spaces than TeX's medium
    /// one and : ⊨ and others thinner than TeX's thick one, and spaces a relation at the start or end of a row, after an
    /// opening bracket and between two relations, where TeX's table has none (<c>:=</c>, <c>\uparrow\downarrow</c>). So binary operators and
    /// relations get TeX's spacing written out, except the common ones where the dictionary already agrees.
    /// </summary>
    private static void SpaceBinariesAndRelations(List<MathNode> row, bool leadingOrd)
    {
        AtomClass? previous = leadingOrd ? AtomClass.Ord : null;
        for (var i = 0; i < row.Count; i++)
        {
            var node = row[i];
            if (node.Class == AtomClass.None)
            {
                continue;
            }
            if (node.Class == AtomClass.Bin && Core(node) is { } bin && !HasSpacing(bin) && !DictionaryMediumSpaced(bin.Text))
            {
                i = Space(row, i, bin, MediumSpace, MediumSpace);
            }
            else if (node.Class == AtomClass.Rel && Core(node) is { } rel)
            {
                var side = rel.Attributes?.Contains("lspace=\"0.5556em\"", StringComparison.Ordinal) == true ? WideSpace : ThickSpace;
                var left = previous is null or AtomClass.Rel or AtomClass.Open or AtomClass.Punct ? "0em" : side;
                var right = NextClass(row, i + 1) is null or AtomClass.Rel or AtomClass.Close or AtomClass.Punct ? "0em" : side;
                if (left == side && right == side && side == ThickSpace && DictionaryThickSpaced(rel.Text) && node == rel)
                {
                    // A row of its own (the base of \overset) may have spaced it as if alone.
                    rel.SetSpacing(null, null);
                }
                else if (LongArrowPad(rel.Text) is > 0 and var pad)
                {
                    // Latin Modern Math draws long arrows as single glyphs narrower than TeX's, which joins two: the
                    // difference goes on each side, so what follows stands where it does in TeX.
                    i = Space(row, i, rel, Em(left, pad), Em(right, pad));
                }
                else
                {
                    i = Space(row, i, rel, left, right);
                }
            }
            previous = node.Class;
        }
    }

    /// <summary>
    /// Spaces an operator: on the mo itself, or, for a relation or binary operator built with scripts over or under it
    /// (<c>\overset{d}{\sim}</c>), with mspaces beside it, since Chromium does not give an mover its core's spacing.
    /// Returns the index of the node, which moves when a space goes before it.
    /// </summary>
    private static int Space(List<MathNode> row, int i, MathNode core, string left, string right)
    {
        if (row[i] == core)
        {
            core.SetSpacing(left, right);
            return i;
        }
        core.SetSpacing("0em", "0em");
        if (right != "0em")
        {
            row.Insert(i + 1, Space(right));
        }
        if (left != "0em")
        {
            row.Insert(i, Space(left));
            i++;
        }
        return i;
    }

    /// <summary>Half the difference between TeX's width of a long arrow and Latin Modern Math's glyph.</summary>
    private static double LongArrowPad(string? text) => text switch
    {
        "⟵" or "⟶" or "⟼" => 0.0875,
        "⟸" or "⟹" => 0.0905,
        "⟷" or "⟺" => 0.1625,
        "↪" or "↩" => 0.0645,
        // \models is TeX's | joined to = (0.278em + 0.778em less a 3mu kern); Latin Modern Math's ⊨ is narrower.
        "⊨" => 0.125,
        _ => 0,
    };

    private static string Em(string space, double pad) =>
        (double.Parse(space.AsSpan(0, space.Length - 2), System.Globalization.CultureInfo.InvariantCulture) + pad)
        .ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + "em";

    private static bool HasSpacing(MathNode mo) => mo.Attributes?.Contains(" lspace=", StringComparison.Ordinal) == true;

    private static bool DictionaryMediumSpaced(string? text) => text is "+" or "−" or "±" or "∓" or "÷" or "⊕" or "⊖" or "∪" or "∩";

    private static bool DictionaryThickSpaced(string? text) => text is "=" or "<" or ">" or "≤" or "≥";

    /// <summary>
    /// A large operator or an inner atom (dots) takes TeX's thin spaces from the table, not the dictionary's: none
    /// at the start of a row or before an opening bracket (<c>\sum(x)</c>), none beside punctuation, where the
    /// dictionary gives ∑ a thin space each side and leaves … at its default thick ones. Binary operators,
    /// relations and punctuation bring their own space, so the neighbour's side stays 0 there.
    /// </summary>
    private static void SpaceOpOrInner(MathNode op, AtomClass atom, AtomClass? previous, AtomClass? next, bool scripted)
    {
        bool left, right;
        if (atom == AtomClass.Op)
        {
            left = previous is AtomClass.Ord or AtomClass.Op or AtomClass.Close or AtomClass.Inner;
            // A binary operator after a large operator is unary (rule 5), so an ordinary atom.
            right = next is AtomClass.Ord or AtomClass.Inner or AtomClass.Bin;
        }
        else
        {
            left = previous is AtomClass.Ord or AtomClass.Close;
            // KaTeX, after amsmath's \dotsc, sets a thin space between dots and the comma after them.
            right = next is AtomClass.Ord or AtomClass.Open or AtomClass.Inner || (next is AtomClass.Punct && op.Text == "\u2026");
        }
        if (atom == AtomClass.Op && left && right && !scripted)
        {
            return;
        }
        var (padded, thinPadded) = DotsPadding(op.Text) ?? ("0em", ThinSpace);
        op.SetSpacing(left ? thinPadded : padded, right ? thinPadded : padded);
    }

    /// <summary>
    /// Latin Modern Math's …, ⋯ and ⋱ are single glyphs narrower than TeX's three dots set apart by thin spaces or mu
    /// kerns (0.837em, 0.776em and 0.614em against 1.172em, 1.172em and 1.167em): the difference goes on each side, so
    /// the dots sit where TeX's do. The second width adds the thin space of an inner atom's neighbour.
    /// </summary>
    private static (string Padding, string ThinPadding)? DotsPadding(string? text) => text switch
    {
        "\u2026" => ("0.1675em", "0.3342em"),
        "\u22EF" => ("0.198em", "0.3647em"),
        "\u22F1" or "\u22F0" => ("0.2765em", "0.4432em"),
        _ => null,
    };

    /// <summary>A thin space beside an inner atom: only in display and text style, so script rows drop it (<see cref="ScriptStyleSpacing"/>).</summary>
    private static MathNode InnerSpace() => new("mspace", (string?)null, AtomClass.None, " width=\"0.1667em\"") { IsStyleSpace = true };

    public static MathNode Space(string width) => new("mspace", (string?)null, AtomClass.None, width == ThinSpace ? " width=\"0.1667em\"" : $" width=\"{width}\"");

    /// <summary>Whether the next atom is a large operator that <see cref="SpaceOpOrInner"/> spaces (not a function name).</summary>
    private static bool BringsOwnSpace(List<MathNode> row, int from)
    {
        for (var i = from; i < row.Count; i++)
        {
            if (row[i].Class != AtomClass.None)
            {
                return row[i] is { Class: AtomClass.Op, IsFunction: false } && Core(row[i]) is not null;
            }
        }
        return false;
    }

    private static AtomClass? NextClass(List<MathNode> row, int from)
    {
        for (var i = from; i < row.Count; i++)
        {
            if (row[i].Class != AtomClass.None)
            {
                return LeadingClass(row[i]);
            }
        }
        return null;
    }

    /// <summary>
    /// The class a node shows to the atom before it. A bracketed group with scripts (<c>(x+1)^2</c>, made one node so the
    /// tree says what is squared) is a closing atom to what follows but opens with its bracket: <c>=(x+1)^2</c> keeps the
    /// relation's space and <c>a-(b)^2</c> keeps a binary minus.
    /// </summary>
    private static AtomClass LeadingClass(MathNode node)
    {
        if (node.Class != AtomClass.Close)
        {
            return node.Class;
        }
        var first = node;
        while (first.Element is "msub" or "msup" or "msubsup" && first.Children is [var sub, ..])
        {
            first = sub;
        }
        return first is { Element: "mrow", Children: [{ Element: "mo", Class: AtomClass.Open }, ..] } ? AtomClass.Open : AtomClass.Close;
    }

    public static bool IsEmbellishedOperator(MathNode node) => Core(node) is not null;

    /// <summary>Gives an operator its dictionary spacing back (after \mathbin{+} etc. undoes the unary treatment of a lone operator).</summary>
    public static void ResetSpacing(MathNode node) => Core(node)?.SetSpacing(null, null);

    /// <summary>The mo that carries the spacing of an embellished operator (an mo, possibly with scripts).</summary>
    private static MathNode? Core(MathNode node)
    {
        while (true)
        {
            if (node.Element == "mo")
            {
                return node;
            }
            if (node.Element is "msub" or "msup" or "msubsup" or "munder" or "mover" or "munderover" && node.Children is { Count: > 0 } children)
            {
                node = children[0];
                continue;
            }
            return null;
        }
    }
}
