using System.Net;
using Inkstone.Diagnostics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>
/// Writes a link through <c>render/link.liquid</c> and an image through <c>render/image.liquid</c>, whichever
/// the site overrides. Inside an image's alt text, where Markdig writes only text, the compiled renderer runs.
/// </summary>
internal sealed class LinkHookRenderer(RenderHookTemplates hooks, IMarkdownObjectRenderer defaults, DiagnosticBag diagnostics) : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var hook = link.IsImage ? RenderHook.Image : RenderHook.Link;
        if (!renderer.EnableHtmlForInline || !hooks.Has(hook))
        {
            defaults.Write(renderer, link);
            return;
        }

        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        // The address as Markdig writes it (percent-encoded), unescaped once more so the template's {{ }} escapes it again.
        var destination = WebUtility.HtmlDecode(HtmlCapture.Of(renderer, r => r.WriteEscapeUrl(url)));
        var attributes = HtmlCapture.Of(renderer, r => r.WriteAttributes(link));
        var title = string.IsNullOrEmpty(link.Title) ? null : link.Title;
        Dictionary<string, object?> model;
        if (link.IsImage)
        {
            var properties = link.TryGetAttributes()?.Properties;
            var picture = link.GetData(typeof(Images.Picture)) as Images.Picture;
            model = new Dictionary<string, object?>
            {
                ["src"] = destination,
                ["alt"] = WebUtility.HtmlDecode(HtmlCapture.Of(renderer, r =>
                {
                    r.EnableHtmlForInline = false;
                    r.WriteChildren(link);
                    r.EnableHtmlForInline = true;
                })),
                ["title"] = title,
                ["width"] = properties?.FirstOrDefault(p => p.Key == "width").Value,
                ["height"] = properties?.FirstOrDefault(p => p.Key == "height").Value,
                ["attributes_html"] = attributes,
                ["sources"] = picture?.Sources.Select(s => new Dictionary<string, object?> { ["type"] = s.Type, ["srcset"] = s.Srcset }).ToList() ?? [],
                ["sizes"] = picture?.Sizes,
            };
        }
        else
        {
            model = new Dictionary<string, object?>
            {
                ["destination"] = destination,
                ["title"] = title,
                ["text_html"] = HtmlCapture.Of(renderer, r => r.WriteChildren(link)),
                ["is_external"] = IsExternal(url),
                ["attributes_html"] = attributes,
            };
        }

        HookOutput.WriteInline(renderer, hooks.Render(hook, model, diagnostics), () => defaults.Write(renderer, link));
    }

    private static bool IsExternal(string? url) =>
        url is not null && (url.StartsWith("//", StringComparison.Ordinal)
            || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"));
}
