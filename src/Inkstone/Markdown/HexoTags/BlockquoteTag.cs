using System.Text.RegularExpressions;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// Hexo's <c>{% blockquote [author[, source]] [link] [source_link_title] %}</c> (also <c>{% quote %}</c>): a quotation
/// whose footer names the author and cites the work, linked when a URL is given. The arguments are read as Hexo reads them.
/// </summary>
internal sealed partial class BlockquoteTag : ITagHandler
{
    public TagShape Shape => TagShape.Block;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var text = string.Join(' ', HexoArguments.Split(tag.Arguments));
        QuotationTagBlock block;
        if (FullCiteWithTitle().Match(text) is { Success: true } full)
        {
            block = new QuotationTagBlock([], full.Groups[1].Value.Trim(), full.Groups[2].Value, full.Groups[3].Value.Trim());
        }
        else if (FullCite().Match(text) is { Success: true } cite)
        {
            block = new QuotationTagBlock([], cite.Groups[1].Value.Trim(), cite.Groups[2].Value);
        }
        else if (AuthorTitle().Match(text) is { Success: true } authorTitle)
        {
            block = new QuotationTagBlock([], authorTitle.Groups[1].Value.Trim(), Title: authorTitle.Groups[2].Value.Trim());
        }
        else
        {
            block = new QuotationTagBlock([], text.Length > 0 ? text : null);
        }

        return run.Blocks.Container(tag, block, body ?? "");
    }

    [GeneratedRegex(@"(\S.*)\s+(https?://\S+)\s+(.+)", RegexOptions.IgnoreCase)]
    private static partial Regex FullCiteWithTitle();

    [GeneratedRegex(@"(\S.*)\s+(https?://\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex FullCite();

    [GeneratedRegex(@"([^,]+),\s*([^,]+)")]
    private static partial Regex AuthorTitle();
}
