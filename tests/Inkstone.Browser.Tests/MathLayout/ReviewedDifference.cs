namespace Inkstone.Browser.Tests.MathLayout;

/// <summary>
/// Formulas whose difference from KaTeX has been looked at and kept because Inkstone follows TeX there and KaTeX does
/// not; the report lists them with the reason.
/// </summary>
internal static class ReviewedDifference
{
    public static readonly IReadOnlyDictionary<string, string> ById = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["f199"] = "TeX sets the limits of a \\mathop atom under it in display style (\\displaylimits); KaTeX puts them beside.",
        ["f448"] = "A space in \\text is TeX's interword space (cmr10, 0.333em); KaTeX's font gives the space character 0.25em, "
            + "so each space of ' for all ' leaves KaTeX 0.083em behind (and the two l's are then paired crosswise).",
        ["f449"] = "Spaces in \\text: TeX's 0.333em against KaTeX's 0.25em (two spaces).",
        ["f450"] = "Spaces in \\text: TeX's 0.333em against KaTeX's 0.25em (two spaces).",
        ["f316"] = "TeX's \\ddots is 1.167em wide (three periods and 6mu of kerns), as wide as its \\cdots; KaTeX's ⋱ glyph is 1.282em, "
            + "so KaTeX's middle column is 0.116em wider and the last column stands that much further right.",
        ["f631"] = "A size command scales the spaces beside its atoms with its letters, as TeX's mu (1/18 of the quad of the math "
            + "font in force) and MathJax's mathsize do: the + of \\tiny has 4mu of the tiny size (0.111em) on each side. KaTeX puts "
            + "0.327em there, so its b stands 0.43em further right.",
    };
}
