using System.Collections.Frozen;

namespace Inkstone.Math.Internal;

/// <summary>How one \begin{name} environment is laid out.</summary>
/// <param name="Open">Delimiter drawn before the table ("" for none).</param>
/// <param name="Close">Delimiter drawn after the table ("" for none).</param>
/// <param name="Numbered">Rows may carry \tag and \label (align, gather); false for the starred forms.</param>
/// <param name="Tight">alignat and alignedat: the column pairs stand side by side with no space between them.</param>
internal sealed record EnvironmentLayout(EnvironmentKind Kind, string Open = "", string Close = "", bool Display = false, bool Small = false, bool Numbered = false,
    bool Starred = false, bool Tight = false)
{
    public static readonly FrozenDictionary<string, EnvironmentLayout> All = new Dictionary<string, EnvironmentLayout>
    {
        ["matrix"] = new(EnvironmentKind.Matrix),
        ["pmatrix"] = new(EnvironmentKind.Matrix, "(", ")"),
        ["bmatrix"] = new(EnvironmentKind.Matrix, "[", "]"),
        ["Bmatrix"] = new(EnvironmentKind.Matrix, "{", "}"),
        ["vmatrix"] = new(EnvironmentKind.Matrix, "|", "|"),
        ["Vmatrix"] = new(EnvironmentKind.Matrix, "‖", "‖"),
        ["matrix*"] = new(EnvironmentKind.Matrix),
        ["pmatrix*"] = new(EnvironmentKind.Matrix, "(", ")"),
        ["bmatrix*"] = new(EnvironmentKind.Matrix, "[", "]"),
        ["smallmatrix"] = new(EnvironmentKind.Matrix, Small: true),
        ["array"] = new(EnvironmentKind.Array),
        ["darray"] = new(EnvironmentKind.Array, Display: true),
        ["subarray"] = new(EnvironmentKind.Array, Small: true),
        ["cases"] = new(EnvironmentKind.Cases, "{"),
        ["dcases"] = new(EnvironmentKind.Cases, "{", Display: true),
        ["rcases"] = new(EnvironmentKind.Cases, "", "}"),
        ["drcases"] = new(EnvironmentKind.Cases, "", "}", Display: true),
        ["aligned"] = new(EnvironmentKind.Align, Display: true),
        ["alignedat"] = new(EnvironmentKind.Align, Display: true, Tight: true),
        ["split"] = new(EnvironmentKind.Align, Display: true),
        ["align"] = new(EnvironmentKind.Align, Display: true, Numbered: true),
        ["align*"] = new(EnvironmentKind.Align, Display: true, Numbered: true, Starred: true),
        ["alignat"] = new(EnvironmentKind.Align, Display: true, Numbered: true, Tight: true),
        ["alignat*"] = new(EnvironmentKind.Align, Display: true, Numbered: true, Starred: true, Tight: true),
        ["gathered"] = new(EnvironmentKind.Gather, Display: true),
        ["gather"] = new(EnvironmentKind.Gather, Display: true, Numbered: true),
        ["gather*"] = new(EnvironmentKind.Gather, Display: true, Numbered: true, Starred: true),
        ["equation"] = new(EnvironmentKind.Equation),
        ["equation*"] = new(EnvironmentKind.Equation, Starred: true),
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
