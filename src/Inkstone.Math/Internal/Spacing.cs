namespace Inkstone.Math.Internal;

/// <summary>
/// Applies TeX's spacing rules where MathML Core's operator dictionary would space differently:
/// binary operators that TeX treats as unary, and named functions (sin, lim) that need a thin space and an
/// invisible function application.
/// </summary>
internal static class Spacing
{
    private const string ThinSpace = "0.1667em";

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
                SpaceOpOrInner(op, node.Class, previous, NextClass(row, i + 1));
            }
            else if (node.Class == AtomClass.Inner && !node.IsFunction)
            {
                // \left...\right and delimited environments: an mrow takes no lspace or rspace, so TeX's thin spaces
                // between an inner atom and an ordinary one, a closing or an opening bracket or punctuation are mspaces.
                if (previous is AtomClass.Ord or AtomClass.Close or AtomClass.Inner)
                {
                    row.Insert(i, Space(ThinSpace));
                    i++;
                }
                if (NextClass(row, i + 1) is AtomClass.Ord or AtomClass.Open or AtomClass.Punct)
                {
                    row.Insert(i + 1, Space(ThinSpace));
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
                if (next is AtomClass.Ord or AtomClass.Op or AtomClass.Inner)
                {
                    row.Insert(insert++, Space(ThinSpace));
                }
                previous = node.Class;
                i = insert - 1;
                continue;
            }
            previous = node.Class;
        }
        return row;
    }

    /// <summary>
    /// A large operator or an inner atom (dots) takes TeX's thin spaces from the table, not the dictionary's: none
    /// at the start of a row or before an opening bracket (<c>\sum(x)</c>), none beside punctuation, where the
    /// dictionary gives ∑ a thin space each side and leaves … at its default thick ones. Binary operators,
    /// relations and punctuation bring their own space, so the neighbour's side stays 0 there.
    /// </summary>
    private static void SpaceOpOrInner(MathNode op, AtomClass atom, AtomClass? previous, AtomClass? next)
    {
        bool left, right;
        if (atom == AtomClass.Op)
        {
            left = previous is AtomClass.Ord or AtomClass.Op or AtomClass.Close or AtomClass.Inner;
            right = next is AtomClass.Ord or AtomClass.Inner;
        }
        else
        {
            left = previous is AtomClass.Ord or AtomClass.Close;
            // KaTeX, after amsmath's \dotsc, sets a thin space between dots and the comma after them.
            right = next is AtomClass.Ord or AtomClass.Open or AtomClass.Inner || (next is AtomClass.Punct && op.Text == "\u2026");
        }
        if (atom == AtomClass.Op && left && right)
        {
            return;
        }
        // Latin Modern Math's … and ⋯ are single glyphs narrower than TeX's three dots set a thin space apart
        // (0.837em and 0.776em against 1.172em): the difference goes on each side, so the dots sit where TeX's do.
        var (padded, thinPadded) = op.Text switch
        {
            "\u2026" => ("0.1675em", "0.3342em"),
            "\u22EF" => ("0.198em", "0.3647em"),
            _ => ("0em", ThinSpace),
        };
        op.SetSpacing(left ? thinPadded : padded, right ? thinPadded : padded);
    }

    public static MathNode Space(string width) => new("mspace", (string?)null, AtomClass.None, width == ThinSpace ? " width=\"0.1667em\"" : $" width=\"{width}\"");

    private static AtomClass? NextClass(List<MathNode> row, int from)
    {
        for (var i = from; i < row.Count; i++)
        {
            if (row[i].Class != AtomClass.None)
            {
                return row[i].Class;
            }
        }
        return null;
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
