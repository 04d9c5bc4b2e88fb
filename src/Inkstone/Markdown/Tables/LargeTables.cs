using System.Net;
using System.Text;

namespace Inkstone.Markdown.Tables;

/// <summary>
/// Writes pipe tables of more than <see cref="MaxCells"/> cells as HTML, one line for one line, before Markdig
/// sees them. Markdig keeps a block, an inline container and a literal per cell with their source spans, so a
/// pasted data dump of a million cells (5,000 rows of 200 columns, 2 MB) took about 1 GB; as an HTML block the
/// same table is a few lines of text. Such a table's cells are shown as plain text: emphasis, code and math in
/// them are not read, which the writer is told.
/// </summary>
internal static class LargeTables
{
    /// <summary>Far above any table a reader can read, well below what strains a build.</summary>
    public const int MaxCells = 20_000;

    /// <summary>
    /// The Markdown with every oversized pipe table outside fenced code written as HTML; <paramref name="report"/>
    /// gets each one's first line (1-based, in <paramref name="markdown"/>), rows and columns.
    /// </summary>
    public static string Rewrite(string markdown, Action<int, int, int> report)
    {
        // A table of n cells has about n pipes or more; most posts have far fewer in all.
        if (markdown.AsSpan().Count('|') * 2 < MaxCells)
        {
            return markdown;
        }

        var lines = markdown.Split('\n');
        var changed = false;
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart(' ');
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3];
                continue;
            }

            if (i + 1 >= lines.Length || !lines[i].Contains('|') || !lines[i + 1].Contains('|') || Alignments(lines[i + 1]) is not { } alignments)
            {
                continue;
            }

            var end = i + 2;
            while (end < lines.Length && lines[end].Contains('|') && !string.IsNullOrWhiteSpace(lines[end]))
            {
                end++;
            }

            var rows = end - i - 2;
            if ((long)(rows + 1) * alignments.Count <= MaxCells)
            {
                i = end - 1;
                continue;
            }

            report(i + 1, rows, alignments.Count);
            lines[i] = "<table class=\"table--large\"><thead>" + Row(lines[i], "th", alignments) + "</thead>";
            lines[i + 1] = "<tbody>";
            for (var row = i + 2; row < end; row++)
            {
                lines[row] = Row(lines[row], "td", alignments) + (row == end - 1 ? "</tbody></table>" : "");
            }

            if (rows == 0)
            {
                lines[i + 1] = "<tbody></tbody></table>";
            }

            changed = true;
            i = end - 1;
        }

        return changed ? string.Join('\n', lines) : markdown;
    }

    /// <summary>The column alignments of a delimiter row (<c>|:---|--:|</c>), or null when the line is not one.</summary>
    private static List<string?>? Alignments(string line)
    {
        var cells = Cells(line);
        if (cells.Count == 0)
        {
            return null;
        }

        var alignments = new List<string?>(cells.Count);
        foreach (var cell in cells)
        {
            var dashes = cell.Trim(':');
            if (dashes.Length == 0 || dashes.AsSpan().ContainsAnyExcept('-'))
            {
                return null;
            }

            var left = cell.StartsWith(':');
            var right = cell.EndsWith(':');
            alignments.Add(left && right ? "center" : right ? "right" : left ? "left" : null);
        }

        return alignments;
    }

    private static string Row(string line, string cell, List<string?> alignments)
    {
        var html = new StringBuilder(line.Length * 2).Append("<tr>");
        var cells = Cells(line);
        for (var i = 0; i < cells.Count; i++)
        {
            var align = i < alignments.Count ? alignments[i] : null;
            html.Append('<').Append(cell);
            if (align is not null)
            {
                html.Append(" style=\"text-align: ").Append(align).Append(";\"");
            }

            html.Append('>').Append(WebUtility.HtmlEncode(cells[i].Replace("\\|", "|", StringComparison.Ordinal))).Append("</").Append(cell).Append('>');
        }

        return html.Append("</tr>").ToString();
    }

    /// <summary>A row's cells, split at pipes not escaped with a backslash, without the pipes at either end.</summary>
    private static List<string> Cells(string line)
    {
        var text = line.TrimEnd('\r').Trim();
        if (text.StartsWith('|'))
        {
            text = text[1..];
        }

        if (text.EndsWith('|') && !text.EndsWith("\\|", StringComparison.Ordinal))
        {
            text = text[..^1];
        }

        var cells = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '|' && (i == 0 || text[i - 1] != '\\'))
            {
                cells.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        cells.Add(text[start..].Trim());
        return cells;
    }
}
