using Inkstone.Content;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Inkstone.Markdown.Headings;

/// <summary>
/// Gives every heading an id made from its text, unique within the page. Inkstone's own ids keep Chinese
/// characters (<c>## 建堆</c> gets <c>id="建堆"</c>); a site brought from another engine gets that engine's ids
/// (<see cref="HeadingIdStyle"/>), so that the <c>#anchors</c> people link to keep working.
/// </summary>
internal static class HeadingIdAssigner
{
    public static IReadOnlyList<Heading> Assign(MarkdownDocument document, HeadingIdStyle style = HeadingIdStyle.Inkstone)
    {
        var headings = new List<Heading>();
        var ids = new HeadingIds(style);
        foreach (var block in document.Descendants<HeadingBlock>())
        {
            var text = InlineText.Of(block.Inline);
            var attributes = block.GetAttributes();

            // An id the writer gave ({#id} or a kramdown attribute list) is kept as written.
            var id = attributes.Id is { Length: > 0 } given ? ids.Claim(given) : ids.Next(text);
            attributes.Id = id;
            headings.Add(new Heading(block.Level, text, id) { InToc = !TocExclusion.IsExcluded(block) });
        }

        return headings;
    }
}
