namespace Inkstone.Math.Internal;

/// <summary>
/// TeX's inter-atom table puts no medium or thick space in script and scriptscript style: the relation in
/// <c>\sum_{j=1}</c> and the minus in <c>s_{t-1}</c> sit tight. Browsers space an operator by their dictionary
/// whatever the script level, so a walk over the finished tree, which knows each row's style, writes
/// <c>lspace="0em" rspace="0em"</c> on the binary operators, relations and punctuation of script rows.
/// </summary>
internal static class ScriptStyleSpacing
{
    public static void Apply(MathNode root, bool display) => Walk(root, display ? MathStyle.Display : MathStyle.Text);

    private static void Walk(MathNode node, int style)
    {
        if (node.Element == "mo")
        {
            if (style >= MathStyle.Script && node.Class is AtomClass.Bin or AtomClass.Rel or AtomClass.Punct)
            {
                node.SetSpacing("0em", "0em");
            }
            return;
        }
        if (node.Children is not { } children)
        {
            return;
        }
        switch (node.Element)
        {
            case "msub" or "msup" or "msubsup" or "munder" or "mover" or "munderover":
                Walk(children[0], style);
                var accent = node.Element == "mover" && node.Attributes?.Contains("accent=\"true\"", StringComparison.Ordinal) == true;
                for (var i = 1; i < children.Count; i++)
                {
                    Walk(children[i], accent ? style : MathStyle.Smaller(style));
                }
                return;
            case "mfrac":
                var inner = MathStyle.OfFractionParts(node.Attributes, style);
                foreach (var child in children)
                {
                    Walk(child, inner);
                }
                return;
            case "mroot":
                Walk(children[0], style);
                Walk(children[1], MathStyle.ScriptScript);
                return;
            case "mstyle" or "mtable":
                var set = MathStyle.Of(node.Attributes, node.Element == "mtable" ? MathStyle.Text : style);
                foreach (var child in children)
                {
                    Walk(child, set);
                }
                return;
            default:
                foreach (var child in children)
                {
                    Walk(child, style);
                }
                return;
        }
    }
}
