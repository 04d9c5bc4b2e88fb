using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Inkstone.Markdown.Kramdown;

/// <summary>
/// Finds kramdown's footer separator in a table (a row that is only <c>|=</c>, <c>|===</c>), takes it out and
/// notes how many rows after it are the footer.
/// </summary>
internal static class TableFooters
{
    private static readonly object Key = new();

    public static int FooterRows(Table table) => table.GetData(Key) is int rows ? rows : 0;

    public static void Apply(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>().ToList())
        {
            for (var i = 1; i < table.Count; i++)
            {
                if (table[i] is TableRow { IsHeader: false } row && IsSeparator(row))
                {
                    table.RemoveAt(i);
                    table.SetData(Key, table.Count - i);
                    break;
                }
            }
        }
    }

    private static bool IsSeparator(TableRow row)
    {
        var text = string.Concat(row.OfType<TableCell>().Select(c => InlineText.Of((c.FirstOrDefault() as LeafBlock)?.Inline))).Trim();
        return text.Length > 0 && text.All(c => c is '=' or ' ' or '|' or ':' or '-') && text.Contains('=', StringComparison.Ordinal);
    }
}
