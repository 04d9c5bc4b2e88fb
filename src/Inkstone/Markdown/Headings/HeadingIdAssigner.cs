using Inkstone.Content;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Inkstone.Markdown.Headings;

/// <summary>
/// Gives every heading an id made from its text, keeping Chinese characters (<c>## 建堆</c> gets
/// <c>id="建堆"</c>) and made unique within the page (<c>-1</c>, <c>-2</c> for repeats).
/// </summary>
internal static class HeadingIdAssigner
{
    public static IReadOnlyList<Heading> Assign(MarkdownDocument document)
    {
        var headings = new List<Heading>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Descendants<HeadingBlock>())
        {
            var text = InlineText.Of(block.Inline);
            var baseId = Slugifier.Slugify(text);
            if (baseId.Length == 0)
            {
                baseId = "section";
            }

            var id = baseId;
            for (var n = 1; !used.Add(id); n++)
            {
                id = $"{baseId}-{n}";
            }

            block.GetAttributes().Id = id;
            headings.Add(new Heading(block.Level, text, id));
        }

        return headings;
    }
}
