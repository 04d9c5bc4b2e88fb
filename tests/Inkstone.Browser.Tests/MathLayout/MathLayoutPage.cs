using System.Net;
using System.Text;
using Inkstone.Math;
using Inkstone.Testing;

namespace Inkstone.Browser.Tests.MathLayout;

/// <summary>
/// The comparison page: each formula once as Inkstone writes it (MathML with the theme's math.css and its Latin
/// Modern Math) and once as KaTeX draws it (HTML output, its CSS and fonts from the pinned npm package), side by
/// side in one Chromium page. Display formulas are set on a line (not centred in a block) in both, so a probe
/// after each gives the formula's baseline; nothing else of either stylesheet is changed.
/// </summary>
internal static class MathLayoutPage
{
    public const string Origin = "http://math-layout.test";

    public static string KatexFolder => Path.Combine(RepositoryPaths.Root, "tests", "Inkstone.Browser.Tests", "node_modules", "katex", "dist");

    private static string Theme => Path.Combine(RepositoryPaths.Root, "themes", "default", "assets");

    public static string Build(IReadOnlyList<MathLayoutCase> cases)
    {
        var compiler = new MathCompiler();
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Inkstone beside KaTeX</title>
            <link rel="stylesheet" href="/css/math.css">
            <link rel="stylesheet" href="/katex/katex.min.css">
            <style>
            body { font: 20px/1.5 serif; margin: 8px; background: #fff; color: #000; }
            .case { display: grid; grid-template-columns: 3.5em minmax(0, 1fr) minmax(0, 1fr); align-items: center; column-gap: 1em; border-bottom: 1px solid #ddd; padding: 6px 0; }
            .case > .id { font: 12px monospace; color: #666; }
            .side { white-space: nowrap; overflow: hidden; }
            .probe { display: inline-block; width: 0; height: 0; }
            /* Display formulas on a line, so the probe shares their baseline. */
            .ink math[display="block"] { display: inline math; margin: 0; }
            .kx .katex-display, .kx .katex-display > .katex, .kx .katex-display > .katex > .katex-html { display: inline; margin: 0; }
            /* KaTeX's 1.21em made the theme's 1.1em, so the two look alike in screenshots (measures are in em anyway). */
            .kx .katex { font-size: 1.1em; }
            </style>
            <script src="/katex/katex.min.js"></script>
            </head><body>

            """);
        foreach (var formula in cases)
        {
            var options = formula.Display ? MathRenderOptions.Block : MathRenderOptions.Inline;
            var mathml = compiler.CompileToString(formula.Tex, options);
            html.Append("<div class=\"case\" id=\"").Append(formula.Id).Append("\"><span class=\"id\">").Append(formula.Id)
                .Append("</span><div class=\"side ink\">").Append(mathml).Append("<span class=\"probe\"></span></div>")
                .Append("<div class=\"side kx\" data-display=\"").Append(formula.Display ? "1" : "0").Append("\" data-tex=\"")
                .Append(WebUtility.HtmlEncode(formula.Tex)).Append("\"></div></div>\n");
        }

        html.Append("""
            <script>
            for (const side of document.querySelectorAll(".kx")) {
              katex.render(side.dataset.tex, side, { displayMode: side.dataset.display === "1", output: "html", throwOnError: false, strict: false, trust: false });
              const probe = document.createElement("span");
              probe.className = "probe";
              side.appendChild(probe);
            }
            </script>
            </body></html>
            """);
        return html.ToString();
    }

    /// <summary>The file behind each address the page asks for, or null for any other (which the test refuses).</summary>
    public static string? FileFor(string path)
    {
        if (path.StartsWith("/katex/", StringComparison.Ordinal))
        {
            var file = Path.GetFullPath(Path.Combine(KatexFolder, path["/katex/".Length..]));
            return file.StartsWith(KatexFolder, StringComparison.Ordinal) && File.Exists(file) ? file : null;
        }

        return path switch
        {
            "/css/math.css" => Path.Combine(Theme, "css", "math.css"),
            "/fonts/latinmodern-math.woff2" => Path.Combine(Theme, "fonts", "latinmodern-math.woff2"),
            "/fonts/lmroman10-italic.woff2" => Path.Combine(Theme, "fonts", "lmroman10-italic.woff2"),
            _ => null,
        };
    }

    public static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".css" => "text/css",
        ".js" => "text/javascript",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".ttf" => "font/ttf",
        _ => "application/octet-stream",
    };
}
