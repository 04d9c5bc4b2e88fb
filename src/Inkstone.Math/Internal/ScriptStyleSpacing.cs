namespace Inkstone.Math.Internal;

/// <summary>
/// TeX's inter-atom table puts no medium or thick space in script and scriptscript style: the relation in
/// <c>\sum_{j=1}</c> and the minus in <c>s_{t-1}</c> sit tight. Browsers space an operator by their dictionary
/// whatever the script level, so a walk over the finished tree, which knows each row's style, writes
/// <c>lspace="0em" rspace="0em"</c> on the binary operators, relations and punctuation of script rows, and drops the
/// thin spaces Spacing put beside inner atoms there.
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
        // The children of an mstyle take the style it sets; every other row's children take the row's.
        if ((node.Element == "mstyle" ? MathStyle.Of(node.Attributes, style) : style) >= MathStyle.Script && node.Children is { } children)
        {
            children.RemoveAll(static child => child.IsStyleSpace);
        }
        MathStyle.VisitChildren(node, style, Walk);
    }
}
