using System.Text;

namespace Inkstone.Content.Notebooks;

/// <summary>The Markdown body a notebook's cells make, written line by line with where each line came from.</summary>
internal sealed class NotebookMarkdown
{
    private readonly StringBuilder _text = new();
    private readonly List<LineOrigin> _lines = [];

    public IReadOnlyList<LineOrigin> Lines => _lines;

    public string Text => _text.ToString();

    /// <summary>One line (without a line break) or several, all placed at <paramref name="origin"/>.</summary>
    public void Line(string text, LineOrigin origin)
    {
        foreach (var line in text.Split('\n'))
        {
            _text.Append(line).Append('\n');
            _lines.Add(origin);
        }
    }

    public void Line(SourceLine line, int cell) => Line(line.Text, new LineOrigin(line.Line, line.Column, cell));

    /// <summary>
    /// A fenced block of literal text (code, terminal output, a formula): the fence is longer than any run of backticks
    /// in the text, so no line of it can close the block early.
    /// </summary>
    public void Fence(string info, IReadOnlyList<SourceLine> lines, int cell, LineOrigin at)
    {
        var longest = 2;
        foreach (var line in lines)
        {
            var run = 0;
            foreach (var c in line.Text)
            {
                run = c == '`' ? run + 1 : 0;
                longest = System.Math.Max(longest, run);
            }
        }

        var fence = new string('`', longest + 1);
        Line("", at);
        Line(fence + info, at);
        foreach (var line in lines)
        {
            Line(line, cell);
        }

        Line(fence, lines.Count > 0 ? new LineOrigin(lines[^1].Line, lines[^1].Column, cell) : at);
        Line("", at);
    }
}
