using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Inkstone.Markdown;

/// <summary>
/// Finds where a post's excerpt ends among its top-level blocks: the <c>&lt;!-- more --&gt;</c> marker (Hexo, Hugo and
/// WordPress spell it alike), else the site's own separator (<see cref="Configuration.SiteConfig.ExcerptSeparator"/>):
/// a blank line, Jekyll's default, ends the excerpt after the first paragraph; any other text is a marker written
/// alone on its line.
/// </summary>
internal static partial class MoreMarker
{
    public static Block? Find(MarkdownDocument document, string? separator = null)
    {
        if (document.OfType<HtmlBlock>().FirstOrDefault(b => Pattern().IsMatch(b.Lines.ToString())) is { } more)
        {
            return more;
        }

        if (separator is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(separator))
        {
            var first = document.OfType<ParagraphBlock>().FirstOrDefault();
            var index = first is null ? -1 : document.IndexOf(first);
            return index >= 0 && index + 1 < document.Count ? document[index + 1] : null;
        }

        var marker = separator.Trim();
        return document.FirstOrDefault(b => b is HtmlBlock or ParagraphBlock && b is LeafBlock leaf && leaf.Lines.ToString().Trim() == marker);
    }

    [GeneratedRegex(@"^\s*<!--\s*more\s*-->\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
