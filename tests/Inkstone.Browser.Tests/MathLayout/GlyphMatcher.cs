using System.Text;

namespace Inkstone.Browser.Tests.MathLayout;

/// <summary>
/// Pairs the glyphs of the two renderings of one formula by character (nearest first, see <see cref="NearestPairs"/>),
/// after folding the spellings that differ only in encoding (Inkstone's 𝐱 is KaTeX's x in a bold font, KaTeX's
/// vector arrow is a combining character). Glyphs one side draws and the other does not (a radical sign KaTeX
/// draws as SVG, a delimiter piece) stay unmatched and are counted, not measured.
/// </summary>
internal static class GlyphMatcher
{
    public static FormulaDeviation Compare(MathLayoutCase formula, IReadOnlyList<Glyph>? inkstone, IReadOnlyList<Glyph>? katex)
    {
        if (inkstone is null || katex is null)
        {
            return new FormulaDeviation(formula, double.NaN, double.NaN, "", "", 0, inkstone?.Count ?? 0, katex?.Count ?? 0);
        }

        var a = inkstone.Select(g => Fold(g.C)).ToArray();
        var b = katex.Select(g => Fold(g.C)).ToArray();
        var pairs = NearestPairs(a, inkstone, b, katex);
        double dx = 0, dy = 0;
        string worstX = "", worstY = "";
        foreach (var (i, j) in pairs)
        {
            var x = System.Math.Abs(inkstone[i].Centre - katex[j].Centre);
            if (x > dx)
            {
                dx = x;
                worstX = inkstone[i].C;
            }

            if (inkstone[i].IsTall || katex[j].IsTall)
            {
                continue;
            }

            var y = System.Math.Abs(inkstone[i].Y - katex[j].Y);
            if (y > dy)
            {
                dy = y;
                worstY = inkstone[i].C;
            }
        }

        return new FormulaDeviation(formula, dx, dy, worstX, worstY, pairs.Count, inkstone.Count - pairs.Count, katex.Count - pairs.Count);
    }

    /// <summary>One spelling for characters the two renderers encode differently but draw alike.</summary>
    public static string Fold(string c)
    {
        var folded = c.Normalize(NormalizationForm.FormKC);
        return folded switch
        {
            "-" => "−",
            "*" => "∗",
            "\u20D7" => "→",
            "\u02C6" or "\u0302" => "^",
            "\u02DC" or "\u0303" => "~",
            "\u02C7" or "\u030C" => "ˇ",
            "\u00B4" or "\u0301" or "\u02CA" => "´",
            "`" or "\u0300" or "\u02CB" => "`",
            "\u02D9" or "\u0307" => "˙",
            "\u00A8" or "\u0308" => "¨",
            "\u02D8" or "\u0306" => "˘",
            "\u00AF" or "\u0304" or "\u02C9" => "¯",
            "\u2223" => "|",
            "\u22C5" => "·",
            "\u2016" or "\u2225" => "‖",
            _ => folded,
        };
    }

    /// <summary>
    /// Pairs glyphs of the same character nearest first. Reading order cannot be used: KaTeX writes stacked
    /// parts bottom to top (a fraction's denominator before its numerator, limits below before above), MathML
    /// base first. Two equal characters that traded places would be paired with each other's partner and the
    /// swap missed; formulas rarely repeat a character close enough for that.
    /// </summary>
    private static List<(int, int)> NearestPairs(string[] a, IReadOnlyList<Glyph> inkstone, string[] b, IReadOnlyList<Glyph> katex)
    {
        var candidates = new List<(double Distance, int I, int J)>();
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                if (a[i] == b[j])
                {
                    candidates.Add((System.Math.Abs(inkstone[i].Centre - katex[j].Centre) + System.Math.Abs(inkstone[i].Y - katex[j].Y), i, j));
                }
            }
        }

        candidates.Sort((p, q) => p.Distance.CompareTo(q.Distance));
        var usedA = new bool[a.Length];
        var usedB = new bool[b.Length];
        var pairs = new List<(int, int)>();
        foreach (var (_, i, j) in candidates)
        {
            if (!usedA[i] && !usedB[j])
            {
                usedA[i] = usedB[j] = true;
                pairs.Add((i, j));
            }
        }

        return pairs;
    }
}
