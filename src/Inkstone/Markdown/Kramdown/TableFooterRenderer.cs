using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Kramdown;

/// <summary>
/// Writes a table as Markdig does, and for one with kramdown footer rows moves its last rows from
/// <c>&lt;tbody&gt;</c> into <c>&lt;tfoot&gt;</c>, so a footer looks like any other table row.
/// </summary>
internal sealed class TableFooterRenderer : HtmlObjectRenderer<Table>
{
    private readonly HtmlTableRenderer _table = new();

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var footer = TableFooters.FooterRows(table);
        if (footer == 0 || !renderer.EnableHtmlForBlock)
        {
            ((IMarkdownObjectRenderer)_table).Write(renderer, table);
            return;
        }

        var writer = renderer.Writer;
        var captured = new StringWriter();
        renderer.Writer = captured;
        ((IMarkdownObjectRenderer)_table).Write(renderer, table);
        renderer.Writer = writer;
        var html = captured.ToString();

        // Rows are written one "<tr" per line; the footer starts at the footer's first row, counted from the end.
        var start = html.Length;
        for (var i = 0; i < footer; i++)
        {
            start = html.LastIndexOf("<tr", start - 1, StringComparison.Ordinal);
        }

        var bodyEnd = html.LastIndexOf("</tbody>", StringComparison.Ordinal);
        var rows = html[start..bodyEnd];
        var body = html[..start];
        var opensBody = body.EndsWith("<tbody>\n", StringComparison.Ordinal);
        renderer.Write(opensBody ? body[..^"<tbody>\n".Length] : body + "</tbody>\n");
        renderer.Write("<tfoot>\n" + rows + "</tfoot>" + html[(bodyEnd + "</tbody>".Length)..]);
    }
}
