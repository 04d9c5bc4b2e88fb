using System.Text;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Limits;

/// <summary>
/// A table of more than 20,000 cells (a pasted data dump) is written as HTML before Markdown reads it, its cells
/// as plain text, with a warning at its first line; a table a reader can read is Markdown as ever.
/// </summary>
public sealed class LargeTableTests
{
    private static string Site(string body) => $"""
        -- inkstone.yml --
        title: 表
        base_url: https://example.org/
        -- content/posts/data.md --
        ---
        title: 数据
        date: 2025-01-01
        ---
        前言。

        {body}
        """;

    private static string Table(int rows, int columns, Func<int, int, string> cell)
    {
        var text = new StringBuilder("| ").AppendJoin(" | ", Enumerable.Range(0, columns).Select(c => $"列{c}")).Append(" |\n|");
        text.AppendJoin('|', Enumerable.Range(0, columns).Select(c => c == 1 ? "--:" : c == 2 ? ":-:" : "---")).Append("|\n");
        for (var row = 0; row < rows; row++)
        {
            text.Append("| ").AppendJoin(" | ", Enumerable.Range(0, columns).Select(c => cell(row, c))).Append(" |\n");
        }

        return text.ToString();
    }

    [Fact]
    public void A_table_of_more_than_twenty_thousand_cells_is_html_with_plain_cells_and_a_warning_at_its_line()
    {
        var table = Table(1000, 30, (row, column) => row == 0 && column == 0 ? "*a* \\| <b>" : $"{row}.{column}");

        var built = BuiltSite.Build(Site(table));

        var warning = Assert.Single(built.Diagnostics);
        Assert.Equal((DiagnosticIds.TableTooLarge, Severity.Warning, 7, 1), (warning.Id, warning.Severity, warning.Location.Line, warning.Location.Column));
        Assert.Contains("1,000 rows of 30 columns", warning.Message, StringComparison.Ordinal);
        var page = Html.Parse(built.File("posts/data/index.html"));
        var rendered = page.One("table.table--large");
        Assert.Equal(30, rendered.QuerySelectorAll("thead th").Length);
        Assert.Equal(1000, rendered.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("*a* | <b>", rendered.QuerySelector("tbody td")!.TextContent);
        Assert.Equal("text-align: right;", rendered.QuerySelectorAll("tbody tr:last-child td")[1].GetAttribute("style"));
        Assert.Equal("text-align: center;", rendered.QuerySelectorAll("thead th")[2].GetAttribute("style"));
        Assert.Equal("999.29", rendered.QuerySelectorAll("tbody tr:last-child td")[29].TextContent);
    }

    [Fact]
    public void A_table_a_reader_can_read_stays_markdown()
    {
        var built = BuiltSite.Build(Site(Table(100, 10, (row, column) => row == 0 && column == 0 ? "**粗**" : "x")));

        Assert.Empty(built.Diagnostics);
        var page = Html.Parse(built.File("posts/data/index.html"));
        Assert.Empty(page.All("table.table--large"));
        Assert.Equal("粗", page.One(".e-content table tbody td strong").TextContent);
    }

    [Fact]
    public void A_large_table_inside_fenced_code_is_code()
    {
        var built = BuiltSite.Build(Site("```text\n" + Table(1000, 30, (_, _) => "1") + "```"));

        Assert.Empty(built.Diagnostics);
        var page = Html.Parse(built.File("posts/data/index.html"));
        Assert.Empty(page.All("table"));
        Assert.Contains("| 列0 |", page.One(".e-content pre").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_larger_than_a_feed_reader_shows_is_carried_in_the_feeds_by_its_excerpt_and_a_link()
    {
        var built = BuiltSite.Build(Site(Table(4000, 30, (row, column) => $"{row}.{column}")));

        foreach (var feed in new[] { "atom.xml", "rss.xml", "feed.json" })
        {
            var text = built.File(feed);
            Assert.True(text.Length < 100_000, $"{feed} is {text.Length:N0} characters.");
            Assert.Contains("前言", text, StringComparison.Ordinal);
            Assert.Contains("https://example.org/posts/data/", text, StringComparison.Ordinal);
        }

        Assert.Equal(4000, Html.Parse(built.File("posts/data/index.html")).All("table.table--large tbody tr").Count);
    }
}
