using System.Net;
using System.Text;
using Inkstone.Diagrams;
using Inkstone.Testing;

namespace Inkstone.Browser.Tests.DiagramLayout;

/// <summary>
/// The comparison page: each sample diagram of <c>tests/Inkstone.Diagrams.Tests/Samples</c> as Inkstone draws it at build time
/// (its SVG with the theme's stylesheets) beside Mermaid's own drawing of the same source, made in the page by the pinned npm
/// <c>mermaid</c>, served to the test browser only, from the test's own routes.
/// </summary>
internal static class DiagramComparisonPage
{
    public const string Origin = "http://diagram-layout.test";

    public static string MermaidFolder => Path.Combine(RepositoryPaths.Root, "tests", "Inkstone.Browser.Tests", "node_modules", "mermaid", "dist");

    public static string SamplesFolder => Path.Combine(RepositoryPaths.Root, "tests", "Inkstone.Diagrams.Tests", "Samples");

    private static string Css => Path.Combine(RepositoryPaths.Root, "themes", "default", "assets", "css");

    public static IReadOnlyList<string> Samples() =>
        Directory.GetFiles(SamplesFolder, "*.mmd").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    public static string Build(IReadOnlyList<string> samples)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Inkstone beside Mermaid</title>
            <link rel="stylesheet" href="/css/main.css">
            <link rel="stylesheet" href="/css/diagram.css">
            <style>
            body { margin: 8px; padding: 0; }
            .case { display: grid; grid-template-columns: 10em minmax(0, 1fr) minmax(0, 1fr); gap: 1em; align-items: start; border-bottom: 1px solid var(--border); padding: 8px 0; }
            .case > .id { font: 12px monospace; color: var(--muted); }
            .side { overflow: hidden; }
            .side svg { max-width: 100%; height: auto; }
            .head { font: 600 14px sans-serif; }
            </style>
            <script src="/mermaid/mermaid.min.js"></script>
            </head><body>
            <div class="case head"><span></span><span>Inkstone (build time)</span><span>Mermaid (in the browser)</span></div>

            """);
        foreach (var name in samples)
        {
            var source = File.ReadAllText(Path.Combine(SamplesFolder, name));
            var result = MermaidRenderer.Render(source, new DiagramOptions { IdPrefix = "ink-" + Path.GetFileNameWithoutExtension(name) });
            html.Append("<div class=\"case\" id=\"").Append(Path.GetFileNameWithoutExtension(name)).Append("\"><span class=\"id\">").Append(name)
                .Append("</span><div class=\"side ink\">").Append(result.Svg ?? "<p class=\"failed\">not drawn</p>")
                .Append("</div><div class=\"side mm\" data-source=\"").Append(WebUtility.HtmlEncode(source)).Append("\"></div></div>\n");
        }

        html.Append("""
            <script>
            mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral", fontFamily: "Liberation Sans, Arial, sans-serif" });
            window.drawn = (async () => {
              const failures = [];
              let n = 0;
              for (const side of document.querySelectorAll(".mm")) {
                try {
                  const { svg } = await mermaid.render("mm" + (n++), side.dataset.source);
                  side.innerHTML = svg;
                } catch (e) {
                  failures.push(side.parentElement.id + ": " + e.message);
                }
              }
              return failures;
            })();
            </script>
            </body></html>
            """);
        return html.ToString();
    }

    /// <summary>The file behind each address the page asks for, or null for any other (which the test refuses).</summary>
    public static string? FileFor(string path)
    {
        if (path.StartsWith("/mermaid/", StringComparison.Ordinal))
        {
            var file = Path.GetFullPath(Path.Combine(MermaidFolder, path["/mermaid/".Length..]));
            return file.StartsWith(MermaidFolder, StringComparison.Ordinal) && File.Exists(file) ? file : null;
        }

        return path switch
        {
            "/css/main.css" => Path.Combine(Css, "main.css"),
            "/css/diagram.css" => Path.Combine(Css, "diagram.css"),
            _ => null,
        };
    }
}
