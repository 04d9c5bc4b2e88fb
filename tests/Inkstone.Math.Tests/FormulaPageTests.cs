using System.Net;
using System.Text;

namespace Inkstone.Math.Tests;

/// <summary>
/// docs/math/formulas.html shows a representative set of formulas for visual review (docs/math/formulas.png is its screenshot).
/// The test fails when the committed page is out of date; regenerate it with INKSTONE_UPDATE_DOCS=1 dotnet test ...
/// </summary>
public sealed class FormulaPageTests
{
    private static readonly (string Title, string Tex, bool Display)[] Samples =
    [
        ("Fractions and roots", "\\frac{1}{1+e^{-x}} + \\dfrac{a}{b} + \\tfrac{1}{2} + \\sqrt{x^2+y^2} + \\sqrt[3]{\\frac{a}{b}} + \\binom{n}{k}", true),
        ("Continued fraction", "x = a_0 + \\cfrac{1}{a_1 + \\cfrac{1}{a_2 + \\cfrac{1}{a_3}}}", true),
        ("Big operators with limits", "\\sum_{i=1}^{n} x_i \\quad \\prod_{k=1}^{n} k \\quad \\int_{0}^{\\infty} e^{-x^2}\\,dx \\quad \\oint_C f \\quad \\bigcup_{i \\in I} A_i \\quad \\lim_{n \\to \\infty} \\left(1+\\frac{1}{n}\\right)^{n}", true),
        ("Inline operators", "\\sum_{i=1}^n x_i = \\lim_{n\\to\\infty} a_n, \\quad \\max_{x} f(x), \\quad \\operatorname*{arg\\,max}_\\theta J(\\theta)", false),
        ("Stretchy delimiters", "\\left( \\frac{a}{b} \\right) \\left[ \\sum_i x_i \\right] \\left\\{ x \\;\\middle|\\; x > 0 \\right\\} \\left\\langle \\frac{u}{2}, v \\right\\rangle \\left\\| \\frac{x}{y} \\right\\| \\quad \\big( \\Big( \\bigg( \\Bigg(", true),
        ("Matrices", "A = \\begin{pmatrix} a_{11} & \\cdots & a_{1n} \\\\ \\vdots & \\ddots & \\vdots \\\\ a_{m1} & \\cdots & a_{mn} \\end{pmatrix}, \\quad \\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}, \\quad \\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix}, \\quad \\begin{array}{c|c} x & y \\\\ \\hline 1 & 2 \\end{array}", true),
        ("Aligned derivation with a tag", "\\begin{aligned} \\nabla_\\theta J(\\theta) &= \\mathbb{E}_{\\tau \\sim \\pi_\\theta}\\left[\\sum_{t=0}^{T} \\nabla_\\theta \\log \\pi_\\theta(a_t \\mid s_t)\\, G_t\\right] \\\\ &\\approx \\frac{1}{N}\\sum_{i=1}^{N} \\sum_{t=0}^{T} \\nabla_\\theta \\log \\pi_\\theta(a^i_t \\mid s^i_t)\\, G^i_t \\end{aligned} \\tag{1}", true),
        ("Align with a tag per row", "\\begin{align} f(x) &= (x+1)^2 \\tag{2.1} \\\\ &= x^2 + 2x + 1 \\tag{2.2} \\end{align}", true),
        ("Cases", "F_n = \\begin{cases} 0 & n = 0 \\\\ 1 & n = 1 \\\\ F_{n-1} + F_{n-2} & \\text{otherwise} \\end{cases}", true),
        ("PPO objective", "L^{CLIP}(\\theta) = \\hat{\\mathbb{E}}_t\\left[\\min\\left(r_t(\\theta)\\hat{A}_t,\\ \\operatorname{clip}(r_t(\\theta), 1-\\epsilon, 1+\\epsilon)\\hat{A}_t\\right)\\right]", true),
        ("Attention", "\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V", true),
        ("Accents", "\\hat{x}\\ \\bar{x}\\ \\tilde{x}\\ \\vec{v}\\ \\dot{x}\\ \\ddot{x}\\ \\widehat{xyz}\\ \\widetilde{abc}\\ \\overline{AB}\\ \\underline{x}\\ \\overrightarrow{AB}\\ \\underbrace{a+\\cdots+a}_{n}\\ \\overbrace{1+2}^{3}", true),
        ("Alphabets", "\\mathbb{R}\\,\\mathbb{N}\\,\\mathbb{Z}\\,\\mathbb{E}\\quad \\mathcal{L}\\,\\mathcal{N}\\,\\mathcal{B}\\quad \\mathfrak{g}\\,\\mathfrak{R}\\quad \\mathbf{W}\\mathbf{x}\\quad \\boldsymbol{\\theta}\\quad \\mathsf{A}\\quad \\mathtt{x}\\quad \\mathrm{d}x", true),
        ("Chinese text", "\\text{损失函数 } \\mathcal{L}(\\theta) = \\frac{1}{N}\\sum_{i=1}^{N} \\ell_i \\quad \\text{（当 } N > 0 \\text{ 时）}", true),
        ("Arrows, stacking, boxes", "A \\xrightarrow[\\text{under}]{f} B \\xleftarrow{g} C \\quad a \\stackrel{\\text{def}}{=} b \\quad x \\overset{!}{=} y \\quad \\boxed{E = mc^2} \\quad \\cancel{x} \\quad \\bcancel{y} \\quad \\xcancel{z} \\quad a \\not= b \\quad a \\equiv b \\pmod{n}", true),
        ("Colours and spacing", "{\\color{red} x} + \\textcolor{blue}{y} + \\colorbox{yellow}{z} \\quad a\\,b\\:c\\;d\\quad e\\qquad f \\quad g\\!h", true),
        ("Unary and binary minus", "-x - y = -(a - b), \\quad x^{-1}, \\quad a \\pm b \\times c \\div d", false),
        ("Error rendering", "\\frac{1}{", false),
    ];

    [Fact]
    public void Formula_page_is_up_to_date()
    {
        var root = RepositoryRoot();
        var path = Path.Combine(root, "docs", "math", "formulas.html");
        var page = BuildPage();
        if (System.Environment.GetEnvironmentVariable("INKSTONE_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, page);
        }
        Assert.True(File.Exists(path), "docs/math/formulas.html is missing; run the tests with INKSTONE_UPDATE_DOCS=1");
        Assert.Equal(page, File.ReadAllText(path));
    }

    private static string BuildPage()
    {
        var compiler = new MathCompiler();
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Inkstone.Math formulas</title>
            <link rel="stylesheet" href="../../themes/default/assets/css/math.css">
            <style>
            body { font-family: "Noto Serif CJK SC", serif; max-width: 960px; margin: 1em auto; padding: 0 1em; color: #222; }
            h1 { font-size: 1.3em; margin: 0 0 0.5em; }
            section { border-top: 1px solid #ddd; padding: 0.2em 0; }
            h2 { font-size: 0.8em; color: #666; margin: 0.3em 0 0; font-family: sans-serif; font-weight: normal; }
            p { margin: 0.3em 0; }
            </style>
            </head>
            <body>
            <h1>Inkstone.Math: TeX compiled to MathML Core</h1>

            """);
        foreach (var (title, tex, display) in Samples)
        {
            html.Append("<section>\n<h2>").Append(WebUtility.HtmlEncode(title)).Append("</h2>\n");
            var math = compiler.CompileToString(tex, new MathRenderOptions { Display = display });
            html.Append(display ? math : $"<p>Inline: {math} in a sentence.</p>").Append("\n</section>\n");
        }
        html.Append("</body>\n</html>\n");
        return html.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Inkstone.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("repository root (Inkstone.slnx) not found");
    }
}
