using System.Globalization;
using System.Text;

namespace Inkstone.Browser.Tests.MathLayout;

/// <summary>The Markdown report of a run: distribution of deviations, pass rate per section, the worst formulas.</summary>
internal sealed class MathLayoutReport(IReadOnlyList<FormulaDeviation> deviations)
{
    private static readonly double[] Bounds = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0];

    public int Count => deviations.Count;

    public int Passing => deviations.Count(d => d.WithinTolerance);

    public int BeyondLimit => deviations.Count(d => d.BeyondLimit);

    public double PassRate => (double)Passing / Count;

    public IReadOnlyList<FormulaDeviation> Worst(int count) =>
        deviations.OrderByDescending(d => d.Severity).ThenBy(d => d.Formula.Id, StringComparer.Ordinal).Take(count).ToList();

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Passing}/{Count} formulas ({PassRate:P1}) within {FormulaDeviation.HorizontalTolerance}em horizontally and {FormulaDeviation.VerticalTolerance}em vertically; {BeyondLimit} beyond {FormulaDeviation.Limit}em");

    /// <summary>Every formula, worst first, one tab-separated line each: for working through the failures beyond the worst 30.</summary>
    public string ToTable()
    {
        var c = CultureInfo.InvariantCulture;
        var table = new StringBuilder("id\tsection\tdx\tat\tdy\tat\tmatched\tonly Inkstone\tonly KaTeX\tformula\n");
        foreach (var d in Worst(Count))
        {
            var tex = (d.Formula.Display ? "(display) " : "") + d.Formula.Tex;
            table.AppendLine(c, $"{d.Formula.Id}\t{d.Formula.Section}\t{d.MaxDx:0.000}\t{d.WorstX}\t{d.MaxDy:0.000}\t{d.WorstY}\t{d.Matched}\t{d.InkstoneOnly}\t{d.KatexOnly}\t{tex}");
        }

        return table.ToString();
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        md.AppendLine("# Inkstone beside KaTeX: glyph positions").AppendLine();
        md.AppendLine("Written by `MathLayoutTests` (tests/Inkstone.Browser.Tests/MathLayout) from `formulas.txt`, in headless Chromium: ")
            .AppendLine("each formula rendered by Inkstone (MathML, the theme's math.css and Latin Modern Math) and by KaTeX (HTML output, ")
            .AppendLine("its CSS and fonts), every glyph's centre and baseline measured in em of the formula's font size from the ")
            .AppendLine("formula's left edge and baseline, glyphs matched by character. Stretched delimiters and large operators are ")
            .AppendLine("compared horizontally only. Regenerate with `INKSTONE_UPDATE_DOCS=1 dotnet test tests/Inkstone.Browser.Tests -c Release --filter MathLayout`.")
            .AppendLine();
        md.AppendLine(c, $"**{Summary}.**").AppendLine();
        var reviewed = deviations.Count(d => d.BeyondLimit && ReviewedDifference.ById.ContainsKey(d.Formula.Id));
        md.AppendLine(c, $"Of those beyond {FormulaDeviation.Limit}em, {reviewed} are reviewed differences where Inkstone follows TeX and KaTeX does not (listed below).").AppendLine();
        md.AppendLine("## Distribution of the largest deviation per formula").AppendLine();
        md.AppendLine("| largest deviation (em) | horizontal | vertical |").AppendLine("| --- | ---: | ---: |");
        var measured = deviations.Where(d => d.Measured).ToList();
        var lower = 0.0;
        foreach (var bound in Bounds.Append(double.PositiveInfinity))
        {
            var label = double.IsPositiveInfinity(bound) ? string.Create(c, $"> {lower}") : string.Create(c, $"{lower} – {bound}");
            var dx = measured.Count(d => d.MaxDx > lower && d.MaxDx <= bound) + (lower == 0 ? measured.Count(d => d.MaxDx == 0) : 0);
            var dy = measured.Count(d => d.MaxDy > lower && d.MaxDy <= bound) + (lower == 0 ? measured.Count(d => d.MaxDy == 0) : 0);
            md.AppendLine(c, $"| {label} | {dx} | {dy} |");
            lower = bound;
        }

        md.AppendLine(c, $"| not measured (a side failed or no glyph matched) | {Count - measured.Count} | |").AppendLine();
        md.AppendLine("## By section").AppendLine();
        md.AppendLine("| section | formulas | within tolerance | beyond 0.3em |").AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var section in deviations.GroupBy(d => d.Formula.Section))
        {
            md.AppendLine(c, $"| {section.Key} | {section.Count()} | {section.Count(d => d.WithinTolerance)} | {section.Count(d => d.BeyondLimit)} |");
        }

        md.AppendLine().AppendLine("## Reviewed differences: Inkstone follows TeX").AppendLine();
        md.AppendLine("| id | formula | dx (em) | dy (em) | why it stays |").AppendLine("| --- | --- | ---: | ---: | --- |");
        foreach (var d in deviations.Where(d => ReviewedDifference.ById.ContainsKey(d.Formula.Id)))
        {
            var tex = (d.Formula.Display ? "(display) " : "") + d.Formula.Tex.Replace("|", "\\|", StringComparison.Ordinal);
            md.AppendLine(c, $"| {d.Formula.Id} | `{tex}` | {d.MaxDx:0.000} | {d.MaxDy:0.000} | {ReviewedDifference.ById[d.Formula.Id]} |");
        }

        md.AppendLine().AppendLine("## The worst 30").AppendLine();
        md.AppendLine("`worst-cases.png` beside this report shows them (Inkstone left, KaTeX right).").AppendLine();
        md.AppendLine("| id | formula | dx (em) | at | dy (em) | at | matched | only Inkstone | only KaTeX |")
            .AppendLine("| --- | --- | ---: | --- | ---: | --- | ---: | ---: | ---: |");
        foreach (var d in Worst(30))
        {
            var tex = (d.Formula.Display ? "(display) " : "") + d.Formula.Tex.Replace("|", "\\|", StringComparison.Ordinal);
            md.AppendLine(c, $"| {d.Formula.Id} | `{tex}` | {d.MaxDx:0.000} | {d.WorstX} | {d.MaxDy:0.000} | {d.WorstY} | {d.Matched} | {d.InkstoneOnly} | {d.KatexOnly} |");
        }

        return md.ToString();
    }
}
