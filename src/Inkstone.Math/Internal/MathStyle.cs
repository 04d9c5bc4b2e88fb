namespace Inkstone.Math.Internal;

/// <summary>
/// TeX's four styles as the passes over the finished tree track them: display and text set operators at full size,
/// script at 70 % and scriptscript at 50 %, and script styles take no medium or thick spaces.
/// </summary>
internal static class MathStyle
{
    public const int Display = 0;
    public const int Text = 1;
    public const int Script = 2;
    public const int ScriptScript = 3;

    /// <summary>The style of a script or a fraction part: text and display give script, script gives scriptscript.</summary>
    public static int Smaller(int style) => style <= Text ? Script : ScriptScript;

    /// <summary>The style inside a fraction: its own displaystyle attribute, or one step smaller than around it.</summary>
    public static int OfFractionParts(string? attributes, int style) =>
        attributes?.Contains("displaystyle=\"true\"", StringComparison.Ordinal) == true ? Text
        : attributes?.Contains("displaystyle=\"false\"", StringComparison.Ordinal) == true ? Script
        : style == Display ? Text : Smaller(style);

    /// <summary>The size of a style relative to text style.</summary>
    public static double Scale(int style) => style switch
    {
        Script => 0.7,
        ScriptScript => 0.5,
        _ => 1,
    };

    /// <summary>The style an <c>mstyle</c> or <c>mtable</c> sets by its attributes, or the inherited one.</summary>
    public static int Of(string? attributes, int inherited)
    {
        if (attributes is null)
        {
            return inherited;
        }
        if (attributes.Contains("displaystyle=\"true\"", StringComparison.Ordinal))
        {
            return Display;
        }
        if (attributes.Contains("scriptlevel=\"2\"", StringComparison.Ordinal))
        {
            return ScriptScript;
        }
        if (attributes.Contains("scriptlevel=\"1\"", StringComparison.Ordinal))
        {
            return Script;
        }
        return attributes.Contains("displaystyle=\"false\"", StringComparison.Ordinal) ? Text : inherited;
    }

    /// <summary>
    /// Visits each child of <paramref name="node"/> with the style TeX gives it: scripts and limits one step smaller
    /// (an accent's base style kept), fraction parts by the fraction's style, a root's index in scriptscript, and what
    /// an <c>mstyle</c> or <c>mtable</c> sets; every other child in the node's own style.
    /// </summary>
    public static void VisitChildren(MathNode node, int style, Action<MathNode, int> visit)
    {
        if (node.Children is not { } children)
        {
            return;
        }
        switch (node.Element)
        {
            case "msub" or "msup" or "msubsup" or "munder" or "mover" or "munderover":
                visit(children[0], style);
                var accent = node.Element == "mover" && node.Attributes?.Contains("accent=\"true\"", StringComparison.Ordinal) == true;
                for (var i = 1; i < children.Count; i++)
                {
                    visit(children[i], accent ? style : Smaller(style));
                }
                return;
            case "mfrac":
                var inner = OfFractionParts(node.Attributes, style);
                foreach (var child in children)
                {
                    visit(child, inner);
                }
                return;
            case "mroot":
                visit(children[0], style);
                visit(children[1], ScriptScript);
                return;
            case "mstyle" or "mtable":
                var set = Of(node.Attributes, node.Element == "mtable" ? Text : style);
                foreach (var child in children)
                {
                    visit(child, set);
                }
                return;
            default:
                foreach (var child in children)
                {
                    visit(child, style);
                }
                return;
        }
    }
}
