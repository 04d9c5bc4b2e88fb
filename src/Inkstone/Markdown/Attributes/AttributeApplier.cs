using Inkstone.Diagnostics;
using Inkstone.Markdown.Headings;
using Inkstone.Markdown.Kramdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Attributes;

/// <summary>
/// Gives each attribute list's attributes to its element: a span list to the element right before it (<c>*a*{: .x}</c>,
/// a link, an image) or, at the end of a paragraph or heading, to that block; a kramdown block IAL to the block
/// before it, or after a blank line to the block after it, with the ALDs it names. <c>{:toc}</c> on a list makes it
/// the table of contents, and the class <c>no_toc</c> keeps a heading out of it. An attribute that is not safe is
/// left out with a warning at the list.
/// </summary>
internal static class AttributeApplier
{
    public static void Apply(MarkdownDocument document, string markdown, string path, int firstBodyLine, DiagnosticBag diagnostics)
    {
        var blocks = document.Descendants<AttributeBlock>().ToList();
        var definitions = blocks.Where(b => b.DefinedName is not null)
            .GroupBy(b => b.DefinedName!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Attributes, StringComparer.Ordinal);
        void Report(MarkdownObject list, string name) =>
            diagnostics.Warning(DiagnosticIds.UnsafeAttribute, new SourceLocation(path, list.Line + firstBodyLine, list.Column + 1),
                $"The attribute '{name}' is left out: an attribute list may set classes, an id and descriptive attributes, never script, styles or addresses.",
                "Give the element a class and style the class in the site's stylesheet.");

        foreach (var span in document.Descendants<AttributeSpanInline>().ToList())
        {
            if (SpanTarget(span) is { } target)
            {
                span.Remove();
                Set(target, Resolve(span.Attributes, definitions), span, Report);
            }
            else
            {
                span.ReplaceBy(new LiteralInline(span.Source) { Span = span.Span, Line = span.Line, Column = span.Column });
            }
        }

        foreach (var block in blocks)
        {
            var parent = block.Parent!;
            var index = parent.IndexOf(block);
            parent.RemoveAt(index);
            if (block.DefinedName is not null)
            {
                continue;
            }

            var before = index > 0 ? parent[index - 1] : null;
            var target = before is not null && !(before is AttributeBlock) && Adjacent(markdown, before, block) ? before : index < parent.Count ? parent[index] : null;
            if (target is null or AttributeBlock)
            {
                continue;
            }

            var attributes = Resolve(block.Attributes, definitions);
            if (target is ListBlock list && block.Attributes.References.Contains("toc"))
            {
                parent[parent.IndexOf(list)] = new TocBlock { Numbered = list.IsOrdered, Line = list.Line, Column = list.Column, Span = list.Span };
                continue;
            }

            Set(target, attributes, block, Report);
        }
    }

    /// <summary>
    /// The element a span list belongs to: the element right before it; at the end of a heading, the heading (in
    /// kramdown only <c>{#id}</c>); on the last line of a paragraph by itself, the paragraph. Null when it stands in
    /// text, where both converters leave it as text.
    /// </summary>
    private static MarkdownObject? SpanTarget(AttributeSpanInline span)
    {
        var before = span.PreviousSibling;
        if (!span.AfterSpace && before is not null and not LiteralInline and not LineBreakInline)
        {
            return before;
        }

        for (var after = span.NextSibling; after is not null; after = after.NextSibling)
        {
            if (!(after is LineBreakInline || (after is LiteralInline literal && literal.Content.ToString().Trim().Length == 0)))
            {
                return null;
            }
        }

        var block = span.Parent?.ParentBlock;
        var owner = block switch
        {
            HeadingBlock when !span.Kramdown || span.Source.StartsWith("{#", StringComparison.Ordinal) => block,
            ParagraphBlock when before is LineBreakInline => block,
            _ => null,
        };

        // The space or line break before it would otherwise end the block's text.
        if (owner is not null && before is LiteralInline text)
        {
            text.Content = new Markdig.Helpers.StringSlice(text.Content.ToString().TrimEnd());
        }
        else if (owner is not null && before is LineBreakInline)
        {
            before.Remove();
        }

        return owner;
    }

    /// <summary>Whether <paramref name="list"/> is on the line right after <paramref name="block"/>, with no blank line between.</summary>
    private static bool Adjacent(string markdown, Block block, Block list)
    {
        var end = System.Math.Min(block.Span.End + 1, markdown.Length);
        var start = System.Math.Min(list.Span.Start, markdown.Length);
        return end >= start || markdown.AsSpan(end, start - end).Count('\n') <= 1;
    }

    private static AttributeList Resolve(AttributeList list, Dictionary<string, AttributeList> definitions)
    {
        var resolved = AttributeList.Empty;
        foreach (var name in list.References)
        {
            if (definitions.TryGetValue(name, out var defined))
            {
                resolved = defined.Over(resolved);
            }
        }

        return list.Over(resolved) with { References = list.References };
    }

    private static void Set(MarkdownObject target, AttributeList list, MarkdownObject at, Action<MarkdownObject, string> report)
    {
        var attributes = target.GetAttributes();
        foreach (var name in list.Classes)
        {
            if (name == "no_toc" && target is HeadingBlock heading)
            {
                TocExclusion.Exclude(heading);
            }

            attributes.AddClass(name);
        }

        if (list.Id is not null)
        {
            attributes.Id = list.Id;
        }

        foreach (var (name, value) in list.Pairs)
        {
            if (name == "id")
            {
                attributes.Id = value;
            }
            else if (name == "class")
            {
                foreach (var written in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    attributes.AddClass(written);
                }
            }
            else if (AttributeSafety.Allows(name, value))
            {
                attributes.AddPropertyIfNotExist(name, value);
            }
            else
            {
                report(at, name);
            }
        }
    }
}
