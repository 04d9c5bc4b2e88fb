namespace Inkstone.Math.Internal;

internal sealed partial class Parser
{
    /// <summary>
    /// \TeX and \LaTeX with MathJax's (and LaTeX's) kerns and shifts: T, E lowered half an ex, X; L, a small A raised,
    /// then \TeX. MathML Core has no negative mspace, so a kern is a zero-width mspace with a negative margin, as for \!.
    /// </summary>
    private static MathNode Logo(bool latex)
    {
        var parts = new List<MathNode>(9);
        if (latex)
        {
            parts.Add(new MathNode("mtext", "L"));
            parts.Add(SpaceNode("-0.325em"));
            var small = new MathNode("mstyle", [new MathNode("mtext", "A")], AtomClass.Ord, " scriptlevel=\"1\"");
            parts.Add(new MathNode("mpadded", [small], AtomClass.Ord, " voffset=\"0.21em\""));
            parts.Add(SpaceNode("-0.17em"));
        }
        parts.Add(new MathNode("mtext", "T"));
        parts.Add(SpaceNode("-0.14em"));
        parts.Add(new MathNode("mpadded", [new MathNode("mtext", "E")], AtomClass.Ord, " voffset=\"-0.5ex\""));
        parts.Add(SpaceNode("-0.115em"));
        parts.Add(new MathNode("mtext", "X"));
        return new MathNode("mrow", parts);
    }
}
