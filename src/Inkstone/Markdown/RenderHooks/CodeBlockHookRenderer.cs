using System.Net;
using Inkstone.Diagnostics;
using Inkstone.Markdown.CodeBlocks;
using Inkstone.Markdown.Math;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>
/// Writes a fenced code block through <c>render/codeblock.liquid</c>, and a <c>```math</c> fence through
/// <c>render/math.liquid</c>, whichever of the two the site overrides; anything else as the compiled renderer does.
/// </summary>
internal sealed class CodeBlockHookRenderer(RenderHookTemplates hooks, IMarkdownObjectRenderer defaults, DiagnosticBag diagnostics) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (block.GetData(typeof(RenderedMath)) is RenderedMath math && hooks.Has(RenderHook.Math))
        {
            HookOutput.WriteBlock(renderer, hooks.Render(RenderHook.Math, MathHookRenderer.Model(math), diagnostics), () => defaults.Write(renderer, block));
        }
        else if (block.GetData(typeof(CodeBlockData)) is CodeBlockData data && block.GetData(typeof(RenderedMath)) is null && hooks.Has(RenderHook.CodeBlock))
        {
            HookOutput.WriteBlock(renderer, hooks.Render(RenderHook.CodeBlock, Model(data), diagnostics), () => defaults.Write(renderer, block));
        }
        else
        {
            defaults.Write(renderer, block);
        }
    }

    private static Dictionary<string, object?> Model(CodeBlockData data)
    {
        var info = data.Info;
        var lines = new List<object?>(data.Lines.Count);
        for (var i = 0; i < data.Lines.Count; i++)
        {
            var mark = i < data.Marks.Count ? data.Marks[i] : DiffMark.None;
            lines.Add(new Dictionary<string, object?>
            {
                ["number"] = info.StartLine + i,
                ["html"] = data.Lines[i],
                ["text"] = WebUtility.HtmlDecode(StripTags(data.Lines[i])),
                ["highlighted"] = info.HighlightedLines.Contains(i + 1),
                ["mark"] = mark switch { DiffMark.Inserted => "inserted", DiffMark.Deleted => "deleted", _ => null },
            });
        }

        return new Dictionary<string, object?>
        {
            ["language"] = data.LanguageName,
            ["title"] = info.Title,
            ["link"] = info.Link,
            ["link_text"] = info.LinkText ?? info.Link,
            ["line_numbers"] = info.LineNumbers,
            ["start_line"] = info.StartLine,
            ["highlighted_lines"] = info.HighlightedLines.ToList(),
            ["diff"] = info.Diff,
            ["tab"] = info.Tab,
            ["lines"] = lines,
        };
    }

    // The highlighter writes only spans, so a line's text is its HTML without them.
    private static string StripTags(string html)
    {
        if (!html.Contains('<'))
        {
            return html;
        }

        var text = new System.Text.StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
