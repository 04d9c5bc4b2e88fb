using System.Text;

namespace Inkstone.Math.Internal;

internal sealed partial class Parser
{
    private MathNode ParseEnvironment(Token begin)
    {
        var group = ReadRawGroup(begin);
        var (name, nameOffset, nameLength) = group;
        name = name.Trim();
        if (!EnvironmentLayout.All.TryGetValue(name, out var environment))
        {
            var nearest = CommandSuggester.NearestOf(name, EnvironmentLayout.All.Keys);
            throw new MathParseException($"Unknown environment \"{name}\".", nameOffset, nameLength, nearest is null ? "use aligned, cases, matrix or array" : $"did you mean {nearest}?")
            {
                Origin = group.Source,
            };
        }
        if (environment.Starred)
        {
            _unnumberedEnvironment = true;
        }
        Enter(begin);
        _environments++;
        MathNode result;
        if (environment.Kind == EnvironmentKind.Equation)
        {
            var body = ParseExpression(Stop.Cell, opener: begin);
            var next = Peek();
            if (!next.IsWord("end"))
            {
                throw new MathParseException($"{name} holds a single line; use aligned or gather for several.", next.Offset, next.SpanLength);
            }
            ExpectEnd(name);
            result = MathNode.Row(body);
        }
        else
        {
            result = ParseTable(begin, name, environment);
        }
        _environments--;
        Exit();
        return result;
    }

    private void ExpectEnd(string name)
    {
        var end = _tokens.Next();
        var (endName, offset, length) = ReadRawGroup(end);
        if (endName.Trim() != name)
        {
            throw new MathParseException($"\\begin{{{name}}} is closed by \\end{{{endName.Trim()}}}.", offset, length, $"write \\end{{{name}}}");
        }
    }

    private MathNode ParseTable(Token begin, string name, EnvironmentLayout environment)
    {
        List<char>? columns = null;
        List<bool>? lines = null;
        if (environment.Kind == EnvironmentKind.Array)
        {
            (columns, lines) = ReadColumnSpec(begin);
        }
        else if (name.StartsWith("alignat", StringComparison.Ordinal) || name == "alignedat")
        {
            ReadRawGroup(begin);
        }
        else if (name.EndsWith("matrix*", StringComparison.Ordinal) && _tokens.PeekRaw().IsChar('['))
        {
            _tokens.NextRaw();
            var align = _tokens.NextRaw();
            columns = [align.Kind == TokenKind.Char ? align.Source[align.Start] : 'c'];
            if (!_tokens.NextRaw().IsChar(']'))
            {
                throw new MathParseException("Expected ] after the column alignment.", align.Offset, align.SpanLength);
            }
        }
        var savedRow = _row;
        var rows = new List<List<MathNode>>();
        var rowNumbering = new List<RowNumbering?>();
        var rules = new List<bool>();
        var anyRowTag = false;
        while (true)
        {
            var ruleAbove = SkipHlines();
            var row = new List<MathNode>();
            var numbering = environment.Numbered ? new RowNumbering() : null;
            _row = numbering ?? savedRow;
            while (true)
            {
                var column = row.Count;
                var leadingOrd = environment.Kind == EnvironmentKind.Align && column % 2 == 1;
                row.Add(MathNode.Row(ParseExpression(Stop.Cell, leadingOrd, begin)));
                var next = Peek();
                if (next.IsChar('&'))
                {
                    _tokens.Next();
                    continue;
                }
                break;
            }
            var terminator = _tokens.Next();
            var isEnd = terminator.IsWord("end");
            if (!isEnd)
            {
                SkipOptionalLength();
            }
            // A final \\ before \end does not start a row.
            var empty = row.Count == 1 && row[0].Element == "mrow" && row[0].Children is { Count: 0 };
            if (!(isEnd && empty && rows.Count > 0))
            {
                rows.Add(row);
                rowNumbering.Add(numbering);
                rules.Add(ruleAbove);
                anyRowTag |= numbering?.Tag is not null;
            }
            else if (ruleAbove && rules.Count > 0)
            {
                rules.Add(true);
            }
            if (isEnd)
            {
                _tokens.PushBack(terminator);
                break;
            }
        }
        _row = savedRow;
        ExpectEnd(name);
        if (anyRowTag)
        {
            HasRowTags = true;
        }
        return BuildTable(environment, rows, rowNumbering, rules, columns, lines, anyRowTag);
    }

    /// <summary>\substack{i<j \\ j<k}: centred lines in script size, as under a big operator.</summary>
    private MathNode Substack(Token token)
    {
        var open = Peek();
        if (!open.IsChar('{'))
        {
            throw new MathParseException("\\substack needs a braced argument.", token.Offset, token.SpanLength, "write \\substack{a \\\\ b}");
        }
        _tokens.Next();
        Enter(open);
        _environments++;
        var rows = new List<List<MathNode>>();
        while (true)
        {
            rows.Add([MathNode.Row(ParseExpression(Stop.Group | Stop.Cell, opener: open))]);
            var next = _tokens.Next();
            if (next.IsChar('}'))
            {
                break;
            }
            if (next.IsChar('&') || next.IsWord("end"))
            {
                throw new MathParseException($"{next.Text} is not allowed in \\substack.", next.Offset, next.SpanLength);
            }
        }
        _environments--;
        Exit();
        var numbering = rows.ConvertAll(_ => (RowNumbering?)null);
        var rules = rows.ConvertAll(_ => false);
        return BuildTable(EnvironmentLayout.All["subarray"], rows, numbering, rules, ['c'], null, tagged: false);
    }

    private bool SkipHlines()
    {
        var found = false;
        while (Peek() is var token && token.Kind == TokenKind.ControlWord && Lookup(token, out var command) && command.Kind == CommandKind.Hline)
        {
            _tokens.Next();
            found = true;
        }
        return found;
    }

    private (List<char> Columns, List<bool> Lines) ReadColumnSpec(Token begin)
    {
        var (spec, offset, length) = ReadRawGroup(begin);
        var columns = new List<char>();
        var lines = new List<bool> { false };
        foreach (var c in spec)
        {
            switch (c)
            {
                case 'l' or 'c' or 'r':
                    columns.Add(c);
                    lines.Add(false);
                    break;
                case '|' or ':':
                    lines[^1] = true;
                    break;
                case ' ':
                    break;
                default:
                    throw new MathParseException($"Unknown column type '{c}' in the array specification.", offset, length, "use l, c, r and |");
            }
        }
        if (columns.Count == 0)
        {
            throw new MathParseException("The array needs at least one column (l, c or r).", offset, length);
        }
        return (columns, lines);
    }

    private MathNode BuildTable(EnvironmentLayout environment, List<List<MathNode>> rows, List<RowNumbering?> numbering, List<bool> rules,
        List<char>? columns, List<bool>? lines, bool tagged)
    {
        var tableRows = new List<MathNode>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<MathNode>(rows[r].Count + 2);
            for (var c = 0; c < rows[r].Count; c++)
            {
                var align = environment.Kind switch
                {
                    EnvironmentKind.Align => c % 2 == 0 ? 'r' : 'l',
                    EnvironmentKind.Cases => 'l',
                    EnvironmentKind.Gather => 'c',
                    _ => columns is null ? 'c' : columns[System.Math.Min(c, columns.Count - 1)],
                };
                var classes = new StringBuilder();
                if (align != 'c')
                {
                    classes.Append(align == 'l' ? "ink-l" : "ink-r");
                }
                if (lines is not null && c < lines.Count && lines[c])
                {
                    classes.Append(classes.Length > 0 ? " ink-vl" : "ink-vl");
                }
                if (lines is not null && columns is not null && c == columns.Count - 1 && lines[^1])
                {
                    classes.Append(classes.Length > 0 ? " ink-vr" : "ink-vr");
                }
                if (rules[r])
                {
                    classes.Append(classes.Length > 0 ? " ink-ht" : "ink-ht");
                }
                if (r == rows.Count - 1 && rules.Count > rows.Count)
                {
                    classes.Append(classes.Length > 0 ? " ink-hb" : "ink-hb");
                }
                var strut = Strut(environment);
                cells.Add(new MathNode("mtd", strut is null ? [rows[r][c]] : [new MathNode("mspace", (string?)null, AtomClass.None, strut), rows[r][c]],
                    AtomClass.Ord, classes.Length == 0 ? null : $" class=\"{classes}\""));
            }
            var rowNumbering = numbering[r];
            if (tagged)
            {
                var tag = rowNumbering?.Tag is { } text && !rowNumbering.NoNumber ? TagNode(text, rowNumbering.Bare) : null;
                cells.Add(new MathNode("mtd", tag is null ? new List<MathNode>() : [tag], AtomClass.Ord, " class=\"ink-tag\""));
            }
            var id = rowNumbering?.Label is { } label ? $" id=\"{Escape(IdFor(label))}\"" : null;
            tableRows.Add(new MathNode("mtr", cells, AtomClass.Ord, id));
        }
        var kind = environment.Kind switch
        {
            EnvironmentKind.Align => environment.Tight ? "ink-align ink-alignat" : "ink-align",
            EnvironmentKind.Cases => "ink-cases",
            EnvironmentKind.Gather => "ink-gather",
            EnvironmentKind.Array => environment.Small ? "ink-subarray" : "ink-array",
            _ => environment.Small ? "ink-small" : "ink-matrix",
        };
        var attributes = new StringBuilder();
        if (environment.Display)
        {
            attributes.Append(" displaystyle=\"true\"");
        }
        if (environment.Small)
        {
            attributes.Append(" scriptlevel=\"1\"");
        }
        attributes.Append(" class=\"").Append(kind).Append(tagged ? " ink-row-tags\"" : "\"");
        var table = new MathNode("mtable", tableRows, AtomClass.Ord, attributes.ToString());
        if (environment.Open.Length == 0 && environment.Close.Length == 0)
        {
            return table;
        }
        // cases is \left\{ ... \right. and rcases \left. ... \right\}: the missing side is TeX's null delimiter (0.12em).
        var children = new List<MathNode>(3);
        children.Add(environment.Open.Length > 0
            ? MathNode.StretchyFence(environment.Open, AtomClass.Open, " fence=\"true\" form=\"prefix\" stretchy=\"true\"")
            : Spacing.Space("0.12em"));
        children.Add(table);
        children.Add(environment.Close.Length > 0
            ? MathNode.StretchyFence(environment.Close, AtomClass.Close, " fence=\"true\" form=\"postfix\" stretchy=\"true\"")
            : Spacing.Space("0.12em"));
        return new MathNode("mrow", children, AtomClass.Inner);
    }

    /// <summary>
    /// TeX spaces the rows of an array by struts (70 % and 30 % of the baseline skip, 1.2em, times \arraystretch), not by
    /// their content, and cases stretches them by 1.2. A browser table row is as tall as its content, so each cell carries
    /// the strut as an mspace of that height and depth. amsmath's aligned and gathered add \jot (0.3em) to every row, however
    /// tall: that is math.css's padding of their cells, half above and half below.
    /// </summary>
    private static string? Strut(EnvironmentLayout environment) => environment.Small ? SmallStrut(environment) : environment.Kind switch
    {
        EnvironmentKind.Cases => " height=\"1.008em\" depth=\"0.432em\"",
        EnvironmentKind.Matrix or EnvironmentKind.Array or EnvironmentKind.Align or EnvironmentKind.Gather => " height=\"0.84em\" depth=\"0.36em\"",
        _ => null,
    };

    /// <summary>
    /// smallmatrix's rows, in em of its script size, as KaTeX sets them (0.952em apart: 70 % above the baseline, 30 %
    /// below); subarray's lines keep the script's own pitch.
    /// </summary>
    private static string? SmallStrut(EnvironmentLayout environment) =>
        environment.Kind == EnvironmentKind.Matrix ? " height=\"0.666em\" depth=\"0.286em\"" : null;

    internal static MathNode TagNode(string tag, bool bare) => new("mtext", bare ? tag : "(" + tag + ")");
}
