namespace Inkstone.Math.Internal;

internal sealed partial class Parser
{
    /// <summary>
    /// Plain TeX's \bordermatrix{ &amp; c_1 &amp; c_2 \cr r_1 &amp; a &amp; b \cr r_2 &amp; c &amp; d }: the first row labels the columns and
    /// the first column labels the rows, outside the parentheses. One table holds labels and entries, so they line up;
    /// each parenthesis sits in a cell spanning the entry rows beside a zero-width phantom of the entries, which gives
    /// the stretchy operator the height to reach (an operator alone in a table cell has nothing to stretch to).
    /// </summary>
    private MathNode BorderMatrix(Token token)
    {
        var rows = ReadBracedRows(token);
        if (rows.Count < 2)
        {
            throw new MathParseException("\\bordermatrix needs a row of column labels and at least one row of entries.", token.Offset, token.SpanLength,
                "write \\bordermatrix{ & c_1 & c_2 \\cr r_1 & a & b }");
        }
        var columns = 1;
        foreach (var row in rows)
        {
            columns = System.Math.Max(columns, row.Count - 1);
        }
        var body = rows.Count - 1;
        var entries = new List<MathNode>(body);
        for (var r = 1; r < rows.Count; r++)
        {
            entries.Add(new MathNode("mtr", Cells(rows[r], 1, columns)));
        }
        var phantom = new MathNode("mpadded", [new MathNode("mphantom", [new MathNode("mtable", entries, AtomClass.Ord, " class=\"ink-matrix\"")])],
            AtomClass.Ord, " width=\"0\"");

        var header = new List<MathNode> { Cell(rows[0], 0), Empty() };
        header.AddRange(Cells(rows[0], 1, columns));
        header.Add(Empty());
        var table = new List<MathNode>(rows.Count) { new MathNode("mtr", header) };
        for (var r = 1; r < rows.Count; r++)
        {
            var cells = new List<MathNode>(columns + 3) { Cell(rows[r], 0) };
            if (r == 1)
            {
                cells.Add(Fence("(", phantom, body));
            }
            cells.AddRange(Cells(rows[r], 1, columns));
            if (r == 1)
            {
                cells.Add(Fence(")", phantom, body));
            }
            table.Add(new MathNode("mtr", cells));
        }
        return new MathNode("mtable", table, AtomClass.Inner, " class=\"ink-matrix\"");

        static MathNode Empty() => new("mtd", new List<MathNode>());

        static MathNode Cell(List<MathNode> row, int index) =>
            new("mtd", index < row.Count && row[index] is not { Element: "mrow", Children.Count: 0 } ? [row[index]] : new List<MathNode>());

        static List<MathNode> Cells(List<MathNode> row, int from, int count)
        {
            var cells = new List<MathNode>(count);
            for (var c = from; c < from + count; c++)
            {
                cells.Add(Cell(row, c));
            }
            return cells;
        }

        static MathNode Fence(string fence, MathNode phantom, int rows) =>
            new("mtd", [new MathNode("mrow", [new MathNode("mo", fence, fence == "(" ? AtomClass.Open : AtomClass.Close, " stretchy=\"true\" symmetric=\"true\""), phantom])],
                AtomClass.Ord, $" rowspan=\"{rows}\" style=\"vertical-align:middle;padding:0\"");
    }

    /// <summary>Rows of a braced table written the plain TeX way: cells split by &amp;, rows by \cr or \\; a last empty row is dropped.</summary>
    private List<List<MathNode>> ReadBracedRows(Token owner)
    {
        var open = Peek();
        if (!open.IsChar('{'))
        {
            throw new MathParseException($"\\{owner.Name} needs a braced argument.", owner.Offset, owner.SpanLength, $"write \\{owner.Name}{{ a & b \\cr c & d }}");
        }
        _tokens.Next();
        Enter(open);
        _environments++;
        var rows = new List<List<MathNode>>();
        var row = new List<MathNode>();
        while (true)
        {
            row.Add(MathNode.Row(ParseExpression(Stop.Group | Stop.Cell, opener: open)));
            var next = _tokens.Next();
            if (next.IsChar('&'))
            {
                continue;
            }
            var closing = next.IsChar('}');
            if (!closing && next.IsWord("end"))
            {
                throw new MathParseException($"\\end is not allowed in \\{owner.Name}.", next.Offset, next.SpanLength);
            }
            if (!closing)
            {
                SkipOptionalLength();
            }
            var empty = row.Count == 1 && row[0].Element == "mrow" && row[0].Children is { Count: 0 };
            if (!(closing && empty && rows.Count > 0))
            {
                rows.Add(row);
            }
            if (closing)
            {
                break;
            }
            row = [];
        }
        _environments--;
        Exit();
        return rows;
    }
}
