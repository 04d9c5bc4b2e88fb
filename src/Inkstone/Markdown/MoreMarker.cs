using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Inkstone.Markdown;

/// <summary>Finds the <c>&lt;!-- more --&gt;</c> marker (Hexo, Hugo and WordPress spell it alike) among a post's top-level blocks.</summary>
internal static partial class MoreMarker
{
    public static Block? Find(MarkdownDocument document) =>
        document.OfType<HtmlBlock>().FirstOrDefault(b => Pattern().IsMatch(b.Lines.ToString()));

    [GeneratedRegex(@"^\s*<!--\s*more\s*-->\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
