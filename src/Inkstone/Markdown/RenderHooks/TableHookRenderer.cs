using System.Globalization;
using Inkstone.Diagnostics;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>Writes a table (pipe, grid, with kramdown's footer rows) through <c>render/table.liquid</c>.</summary>
internal sealed class TableHookRenderer(RenderHookTemplates hooks, IMarkdownObjectRenderer defaults, DiagnosticBag diagnostics) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            defaults.Write(renderer, table);
            return;
        }

        renderer.EnsureLine();
        var rows = table.OfType<TableRow>().ToList();
        var head = rows.TakeWhile(r => r.IsHeader).Count();
        var foot = System.Math.Min(Kramdown.TableFooters.FooterRows(table), rows.Count - head);
        var widths = table.ColumnDefinitions.Any(c => c.Width != 0.0f && c.Width != 1.0f);
        var model = new Dictionary<string, object?>
        {
            ["attributes_html"] = HtmlCapture.Of(renderer, r => r.WriteAttributes(table)),
            ["columns"] = table.ColumnDefinitions.Select(c => (object?)new Dictionary<string, object?>
            {
                ["align"] = Align(c.Alignment),
                ["width"] = widths ? (System.Math.Round(c.Width * 100) / 100).ToString("0.##", CultureInfo.InvariantCulture) : null,
            }).ToList(),
            ["head_rows"] = rows.Take(head).Select(r => Row(renderer, table, r)).ToList(),
            ["body_rows"] = rows.Skip(head).Take(rows.Count - head - foot).Select(r => Row(renderer, table, r)).ToList(),
            ["foot_rows"] = rows.Skip(rows.Count - foot).Select(r => Row(renderer, table, r)).ToList(),
        };
        HookOutput.WriteBlock(renderer, hooks.Render(RenderHook.Table, model, diagnostics), () => defaults.Write(renderer, table));
    }

    private static object? Row(HtmlRenderer renderer, Table table, TableRow row) => new Dictionary<string, object?>
    {
        ["attributes_html"] = HtmlCapture.Of(renderer, r => r.WriteAttributes(row)),
        ["cells"] = row.OfType<TableCell>().Select((cell, i) => (object?)new Dictionary<string, object?>
        {
            ["header"] = row.IsHeader,
            ["html"] = CellHtml(renderer, cell),
            ["align"] = Align(ColumnOf(table, cell, i)?.Alignment),
            ["colspan"] = cell.ColumnSpan,
            ["rowspan"] = cell.RowSpan,
            ["attributes_html"] = HtmlCapture.Of(renderer, r => r.WriteAttributes(cell)),
        }).ToList(),
    };

    // As Markdig places a cell's alignment: by its column index, else its position, kept within the columns.
    private static TableColumnDefinition? ColumnOf(Table table, TableCell cell, int position)
    {
        var columns = table.ColumnDefinitions;
        if (columns.Count == 0)
        {
            return null;
        }

        var index = cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? position : cell.ColumnIndex;
        return columns[System.Math.Min(index, columns.Count - 1)];
    }

    private static string CellHtml(HtmlRenderer renderer, TableCell cell) => HtmlCapture.AfterOpeningTag(renderer, r =>
    {
        // A cell of one paragraph is written without <p>, as Markdig does.
        var implicitParagraph = r.ImplicitParagraph;
        if (cell.Count == 1)
        {
            r.ImplicitParagraph = true;
        }

        r.Write(cell);
        r.ImplicitParagraph = implicitParagraph;
    });

    private static string? Align(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Left => "left",
        TableColumnAlign.Center => "center",
        TableColumnAlign.Right => "right",
        _ => null,
    };
}
