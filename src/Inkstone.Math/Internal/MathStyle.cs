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
}
